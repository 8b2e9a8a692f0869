import { stringify } from 'csv-stringify/sync';
import type { AnalysisReport } from '../../analysis/analysisReport';
import type { ExportedCase } from '../../analysis/exportedCases';
import { periodText } from '../../analysis/reportPeriod';
import { redactText, REDACTED } from '../../logging/redact';
import { dayIn, isoDay, SWEDISH_TIME_ZONE } from '../../domain/calendar';
import type { Unit } from '../../organisation/organisationTypes';
import { figureRows, type FigureRow } from './analysisFigures';
import { AREA_LABEL, CHANNEL_LABEL, KIND_LABEL, ON_BEHALF_LABEL, STATUS_LABEL } from './labels';

/**
 * The report's exports as CSV for Excel: UTF-8 with a byte order mark (so Excel reads å, ä, ö right), fields
 * separated by semicolons and decimals written with a comma (what Excel expects with Swedish settings), CRLF line
 * ends. Written by csv-stringify, which quotes what needs quoting.
 */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
const BOM = '\uFEFF';

function csv(rows: readonly (readonly (string | number | null)[])[]): string {
  return BOM + stringify(rows as (string | number | null)[][], { delimiter: ';', record_delimiter: 'windows' });
}

/** "45,5": a share as a percentage with one decimal, decimal comma; empty when there is nothing to count. */
export function percentCell(share: number | null): string {
  return share === null ? '' : (Math.round(share * 1000) / 10).toFixed(1).replace('.', ',');
}

/** The report's figures, one row each: section, what, this period, the same period a year earlier. */
export function figuresCsv(report: AnalysisReport): string {
  const value = (r: FigureRow, v: number | null) => (v === null ? '' : r.measure === 'share' ? percentCell(v) : v);
  const rows = figureRows(report).map((r) => [r.section, r.label, value(r, r.current), value(r, r.previous)]);
  return csv([['Avsnitt', 'Vad', periodText(report.current.period), periodText(report.previous.period)], ...rows]);
}

/** What a resident wrote, with anything that looks like a personnummer, phone number or e-mail address masked. */
export function maskFreeText(text: string | null): string {
  return text === null ? '' : redactText(text).split(REDACTED).join('[maskerat]');
}

/**
 * The period's cases, pseudonymised: a running number in the file instead of the case number, no name, phone,
 * e-mail, address or personnummer; the texts only when the exporter may read them (`withTexts`), masked.
 */
export function casesCsv(cases: readonly ExportedCase[], units: ReadonlyMap<number, Pick<Unit, 'name'>>, withTexts: boolean): string {
  const header = ['Löpnummer', 'Registrerat', 'Slag', 'Verksamhetsområde', 'Enhet', 'Kanal', 'Kategorier', 'För vems räkning', 'Allvarligt', 'Status', 'Dagar till besked', 'Dagar till svar'];
  const textHeader = ['Vad hände', 'När och var', 'Följder'];
  const rows = cases.map((c, i) => {
    const row: (string | number | null)[] = [
      i + 1,
      isoDay(dayIn(SWEDISH_TIME_ZONE, c.registeredAt)),
      KIND_LABEL[c.kind as keyof typeof KIND_LABEL] ?? c.kind,
      AREA_LABEL[c.area as keyof typeof AREA_LABEL] ?? c.area,
      c.unitId === null ? '' : (units.get(c.unitId)?.name ?? `Enhet ${c.unitId}`),
      CHANNEL_LABEL[c.channel as keyof typeof CHANNEL_LABEL] ?? c.channel,
      c.categories.join(', '),
      c.onBehalf ? (ON_BEHALF_LABEL[c.onBehalf as keyof typeof ON_BEHALF_LABEL] ?? c.onBehalf) : '',
      c.serious ? 'ja' : 'nej',
      STATUS_LABEL[c.status as keyof typeof STATUS_LABEL] ?? c.status,
      c.newsDays,
      c.answerDays,
    ];
    if (withTexts) row.push(maskFreeText(c.texts?.what ?? null), maskFreeText(c.texts?.whenWhere ?? null), maskFreeText(c.texts?.consequences ?? null));
    return row;
  });
  return csv([withTexts ? [...header, ...textHeader] : header, ...rows.map((r) => r.map((v) => (v === null ? '' : v)))]);
}


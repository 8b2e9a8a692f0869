import type { AnalysisReport, PeriodReport } from '../../analysis/analysisReport';
import type { CountRow, Dimension } from '../../analysis/periodFigures';
import { intakeStepLabel } from '../../analysis/intakeStepLabels';
import type { PromiseFigures } from '../../analysis/statistics';
import { AREA_LABEL, CHANNEL_LABEL, KIND_LABEL, LEVEL_LABEL, ON_BEHALF_LABEL } from './labels';

/** What a figure is: a count, whole days, or a share (0–1). Pages and files write each their own way. */
export type Measure = 'count' | 'days' | 'share';

/** One figure of the report, this period and a year earlier: the rows of the CSV and of the page's tables. */
export interface FigureRow {
  section: string;
  label: string;
  measure: Measure;
  current: number | null;
  previous: number | null;
}

/** The sections counted by one dimension, in the order the report shows them, with their Swedish names. */
export const DIMENSION_SECTIONS: readonly { dimension: Exclude<Dimension, 'unit'>; section: string; labelHeader: string }[] = [
  { dimension: 'kind', section: 'Slag', labelHeader: 'Slag' },
  { dimension: 'area', section: 'Verksamhetsområde', labelHeader: 'Verksamhetsområde' },
  { dimension: 'channel', section: 'Kanal', labelHeader: 'Kanal' },
  { dimension: 'category', section: 'Kategori', labelHeader: 'Kategori' },
  { dimension: 'onBehalf', section: 'För vems räkning', labelHeader: 'För vems räkning' },
  { dimension: 'serious', section: 'Allvarliga', labelHeader: 'Allvarligt' },
  { dimension: 'month', section: 'Per månad', labelHeader: 'Månad' },
];

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** The words for a dimension's value ("Klagomål", "Telefon (menyn)", "mars 2026"). */
export function valueLabel(dimension: Dimension, value: string | null): string {
  if (value === null) return 'Inte angivet';
  switch (dimension) {
    case 'kind':
      return KIND_LABEL[value as keyof typeof KIND_LABEL] ?? value;
    case 'area':
      return AREA_LABEL[value as keyof typeof AREA_LABEL] ?? value;
    case 'channel':
      return CHANNEL_LABEL[value as keyof typeof CHANNEL_LABEL] ?? value;
    case 'onBehalf':
      return ON_BEHALF_LABEL[value as keyof typeof ON_BEHALF_LABEL] ?? value;
    case 'serious':
      return value === 'true' ? 'Allvarliga' : 'Övriga';
    case 'month': {
      const [year, month] = value.split('-');
      return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
    }
    default:
      return value;
  }
}

/** A month a year later ("2025-03" → "2026-03"): months of the two periods are paired by it. */
const yearLater = (month: string) => `${Number(month.slice(0, 4)) + 1}${month.slice(4)}`;

/**
 * A dimension's values in both periods, paired: every value met in either, this period's order first. Months pair
 * with the same month a year earlier and are named by this period's.
 */
export function pairedCounts(dimension: Dimension, current: readonly CountRow[], previous: readonly CountRow[]): { value: string | null; label: string; current: number; previous: number }[] {
  const key = (row: CountRow) => (dimension === 'month' && row.value ? yearLater(row.value) : row.value);
  const before = new Map(previous.map((r) => [key(r), r.cases]));
  const rows = current.map((r) => ({ value: r.value, current: r.cases, previous: before.get(r.value) ?? 0 }));
  const seen = new Set(current.map((r) => r.value));
  for (const r of previous) if (!seen.has(key(r))) rows.push({ value: key(r), current: 0, previous: r.cases });
  if (dimension === 'month') rows.sort((a, b) => String(a.value).localeCompare(String(b.value)));
  return rows.map((r) => ({ ...r, label: valueLabel(dimension, r.value) }));
}

function promiseRows(section: string, current: PromiseFigures, previous: PromiseFigures): FigureRow[] {
  const row = (label: string, measure: Measure, pick: (p: PromiseFigures) => number | null): FigureRow => ({ section, label, measure, current: pick(current), previous: pick(previous) });
  return [
    row('Median (dagar)', 'days', (p) => p.medianDays),
    row('90:e percentilen (dagar)', 'days', (p) => p.p90Days),
    row('Andel inom 14 dagar', 'share', (p) => p.within14Days),
    row('Andel inom fyra veckor', 'share', (p) => p.withinFourWeeks),
    row('Givna', 'count', (p) => p.done),
  ];
}

/** Who gave up during the intake, per channel and step, both periods paired. */
export function gaveUpRows(current: PeriodReport, previous: PeriodReport): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const channel of ['phone', 'chat'] as const) {
    const section = `Avbröt innan ärendet var klart: ${CHANNEL_LABEL[channel]}`;
    const at = (r: PeriodReport) => new Map(r.figures.gaveUp.filter((g) => g.channel === channel).map((g) => [g.step, g.conversations]));
    const now = at(current);
    const before = at(previous);
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    rows.push({ section, label: 'Avslutade samtal och chattar', measure: 'count', current: current.figures.conversations[channel], previous: previous.figures.conversations[channel] });
    rows.push({ section, label: 'Avbröt', measure: 'count', current: total(now), previous: total(before) });
    for (const step of new Set([...now.keys(), ...before.keys()])) {
      rows.push({ section, label: `vid ${intakeStepLabel(step)}`, measure: 'count', current: now.get(step) ?? 0, previous: before.get(step) ?? 0 });
    }
  }
  return rows;
}

/** Every figure of the report, in the order the CSV lists them. */
export function figureRows(report: AnalysisReport): FigureRow[] {
  const { current, previous } = report;
  const rows: FigureRow[] = [
    { section: 'Ärenden', label: 'Registrerade', measure: 'count', current: current.figures.cases, previous: previous.figures.cases },
    { section: 'Ärenden', label: 'Öppna nu', measure: 'count', current: current.figures.open, previous: previous.figures.open },
    { section: 'Ärenden', label: 'Försenade nu', measure: 'count', current: current.figures.overdue, previous: previous.figures.overdue },
  ];
  for (const { dimension, section } of DIMENSION_SECTIONS) {
    for (const p of pairedCounts(dimension, current.figures.by[dimension], previous.figures.by[dimension])) {
      rows.push({ section, label: p.label, measure: 'count', current: p.current, previous: p.previous });
    }
  }
  for (const u of report.units) {
    rows.push({ section: 'Enhet (med enheterna under)', label: u.level ? `${u.name} (${LEVEL_LABEL[u.level]})` : u.name, measure: 'count', current: u.cases, previous: u.previous });
  }
  rows.push(...promiseRows('Tid till besked', current.news, previous.news), ...promiseRows('Tid till svar', current.answer, previous.answer));
  const cb = (label: string, pick: (r: PeriodReport) => number): FigureRow => ({ section: 'Återuppringningar', label, measure: 'count', current: pick(current), previous: pick(previous) });
  rows.push(cb('Begärda', (r) => r.figures.callbacks.requested), cb('Nådde invånaren', (r) => r.figures.callbacks.reached), cb('Misslyckades', (r) => r.figures.callbacks.failed));
  rows.push(...gaveUpRows(current, previous));
  return rows;
}

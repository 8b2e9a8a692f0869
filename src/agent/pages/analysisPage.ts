import type { AnalysisReport } from '../../analysis/analysisReport';
import { isoDay } from '../../domain/calendar';
import { periodText, type ReportPeriod } from '../../analysis/reportPeriod';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_ROUTE } from '../agentRoutes';
import { DIMENSION_SECTIONS, figureRows, gaveUpRows, pairedCounts, type FigureRow } from './analysisFigures';
import { textInput } from './caseFormFields';
import { formatDateTime, isoOf } from './format';
import { html, type Html } from './html';
import { dataTable, page } from './layout';
import { barChart } from './svgCharts';

export interface AnalysisView {
  /** The dates as typed in the form (kept as typed when they were wrong). */
  form: { from: string; to: string };
  report: AnalysisReport | null;
  /** What was wrong with the dates, said on the page (400). */
  problem: string | null;
  /** May the reader have the cases' texts in the export (a role that reads cases)? */
  withTexts: boolean;
}

const count = (n: number) => n.toLocaleString('sv-SE');

/** A figure as the page writes it: "1 234", "9 dagar", "45,5 %", or a dash when there is nothing to count. */
export function formatFigure(row: Pick<FigureRow, 'measure'>, value: number | null): string {
  if (value === null) return '–';
  switch (row.measure) {
    case 'count':
      return count(value);
    case 'days':
      return value === 1 ? '1 dag' : `${count(value)} dagar`;
    case 'share':
      return `${(Math.round(value * 1000) / 10).toFixed(1).replace('.', ',')} %`;
  }
}

/** A table's id from its caption (ASCII, for the region that names it): "Tid till besked" → "tabell-tid-till-besked". */
function tableId(caption: string): string {
  return `tabell-${caption.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

function figureTable(caption: string, rows: readonly FigureRow[], report: AnalysisReport, opts: { depths?: readonly number[] } = {}): Html {
  return dataTable(tableId(caption), caption, html`
  <thead><tr><th scope="col">Vad</th><th scope="col">${periodText(report.current.period)}</th><th scope="col">${periodText(report.previous.period)}</th></tr></thead>
  <tbody>${rows.map(
    (r, i) => html`<tr><th scope="row" class="${`depth-${Math.min(opts.depths?.[i] ?? 0, 3)}`}">${r.label}</th><td>${formatFigure(r, r.current)}</td><td>${formatFigure(r, r.previous)}</td></tr>`,
  )}</tbody>`, { className: 'figures' });
}

function exportQuery(period: ReportPeriod): string {
  return new URLSearchParams({ from: isoDay(period.from), to: isoDay(period.to) }).toString();
}

function reportBody(report: AnalysisReport, withTexts: boolean): Html {
  const { current, previous } = report;
  const series = { current: periodText(current.period), previous: periodText(previous.period) };
  const rows = figureRows(report);
  const section = (name: string) => rows.filter((r) => r.section === name);
  const query = exportQuery(current.period);
  return html`
<p class="report-period">Period ${series.current}, jämförd med samma period ett år tidigare (${series.previous}). Öppna och försenade ärenden räknas
  <time datetime="${isoOf(report.madeAt)}">${formatDateTime(report.madeAt)}</time>. Ett ärende räknas efter dagen det registrerades; påbörjade
  ärenden som aldrig blev klara räknas bland dem som avbröt.</p>
<ul class="exports no-print">
  <li><a href="${AGENT_ROUTE.analysisFigures}?${query}" download>Ladda ned siffrorna (CSV)</a></li>
  <li><a href="${AGENT_ROUTE.analysisCases}?${query}" download>Ladda ned ärendena, pseudonymiserade (CSV)</a>${withTexts ? ' – med vad invånarna skrev, personnummer, telefonnummer och e-post maskerade' : ' – utan vad invånarna skrev'}</li>
</ul>
<p class="hint no-print">Filerna är i UTF-8 med semikolon mellan fälten och decimalkomma, så att Excel med svenska inställningar öppnar dem rätt. Varje nedladdning sparas i läsloggen. Skriv ut sidan (Ctrl+P) för nämnden: menyer och formulär tas då bort.</p>

<h2 id="summary">Sammanfattning</h2>
${figureTable('Ärenden under perioden', section('Ärenden'), report)}

${DIMENSION_SECTIONS.map(({ dimension, section: name, labelHeader }) => {
  const paired = pairedCounts(dimension, current.figures.by[dimension], previous.figures.by[dimension]);
  return html`<section class="report-section" aria-labelledby="h-${dimension}">
<h2 id="h-${dimension}">${name}</h2>
${barChart({ id: `chart-${dimension}`, title: `Ärenden per ${labelHeader.toLowerCase()}`, labelHeader, series, bars: paired.map((p) => ({ label: p.label, value: p.current, previous: p.previous })) })}
</section>`;
})}

<section class="report-section" aria-labelledby="h-units">
<h2 id="h-units">Enheter</h2>
<p>Varje enhet med sina egna ärenden och ärendena hos enheterna under den (enhet, verksamhet, sektor).</p>
${figureTable('Ärenden per ansvarig enhet, uppräknat längs organisationen', section('Enhet (med enheterna under)'), report, { depths: report.units.map((u) => u.depth) })}
</section>

<section class="report-section" aria-labelledby="h-promises">
<h2 id="h-promises">Tid till besked och svar</h2>
<p>Från registrering till dess att beskedet om vad som händer, och svaret, nådde invånaren, i hela dagar. Andelarna räknas av de ärenden där beskedet eller svaret har getts eller borde ha getts.</p>
${figureTable('Tid till besked', section('Tid till besked'), report)}
${figureTable('Tid till svar', section('Tid till svar'), report)}
${barChart({
  id: 'chart-promises',
  title: 'Andel besked och svar i tid',
  labelHeader: 'Löfte',
  series,
  format: (v) => `${v} %`,
  bars: [
    { label: 'Besked inom 14 dagar', value: pct(current.news.within14Days), previous: pct(previous.news.within14Days) },
    { label: 'Svar inom fyra veckor', value: pct(current.answer.withinFourWeeks), previous: pct(previous.answer.withinFourWeeks) },
  ],
})}
</section>

<section class="report-section" aria-labelledby="h-callbacks">
<h2 id="h-callbacks">Återuppringningar</h2>
${figureTable('Återuppringningar som begärdes under perioden', section('Återuppringningar'), report)}
</section>

<section class="report-section" aria-labelledby="h-gave-up">
<h2 id="h-gave-up">Avbröt innan ärendet var klart</h2>
<p>Samtal och chattar som slutade innan ärendet var registrerat (invånaren lade på eller lämnade), och vid vilken fråga.</p>
${(['Telefon (menyn)', 'Chatt'] as const).map((channel) => {
  const name = `Avbröt innan ärendet var klart: ${channel}`;
  return figureTable(channel, gaveUpRows(current, previous).filter((r) => r.section === name), report, {
    depths: gaveUpRows(current, previous).filter((r) => r.section === name).map((r) => (r.label.startsWith('vid ') ? 1 : 0)),
  });
})}
</section>`;
}

/** A share as whole percent for the chart (0 when nothing was counted: the table says "–"). */
const pct = (share: number | null) => (share === null ? 0 : Math.round(share * 100));

/** The quality analyst's report (compilation and analysis, SOSFS 2011:9): a period's figures beside a year earlier. */
export function analysisPage(session: AgentSession, v: AnalysisView): string {
  return page(session, {
    title: 'Analys av synpunkter och klagomål',
    current: AGENT_ROUTE.analysis,
    body: html`
<form class="search no-print" method="get" action="${AGENT_ROUTE.analysis}" aria-label="Välj period">
  ${v.problem ? html`<div class="form-status" role="alert"><p>${v.problem}</p></div>` : ''}
  ${textInput('from', 'Från och med dag', v.form.from, { type: 'date', hint: 'Till exempel 2026-01-01.' })}
  ${textInput('to', 'Till och med dag', v.form.to, { type: 'date' })}
  <button type="submit">Visa rapporten</button>
</form>
${v.report ? reportBody(v.report, v.withTexts) : ''}`,
  });
}

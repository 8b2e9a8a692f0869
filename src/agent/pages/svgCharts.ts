import { html, type Html } from './html';
import { dataTable } from './layout';

/** One bar of a chart: this period's value, and the same period a year earlier beside it when compared. */
export interface ChartBar {
  label: string;
  value: number;
  previous?: number;
}

export interface BarChart {
  /** Unique on the page: names the chart's title and description for aria-labelledby and aria-describedby. */
  id: string;
  title: string;
  /** The column header of the labels in the data table ("Slag", "Månad"). */
  labelHeader: string;
  /** The series' names: "2026-01-01–2026-06-30" and, when compared, the year before. */
  series: { current: string; previous?: string };
  bars: readonly ChartBar[];
  /** How a value is written ("12", "45 %"); whole numbers by default. */
  format?: (value: number) => string;
}

const WIDTH = 640;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 70;
const BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
const BAR_HEIGHT = 14;
const GAP = 10;
const LEGEND_HEIGHT = 24;
/** Labels longer than this are cut in the drawing (the table beside it has them whole). */
const LABEL_CHARS = 28;

const wholeNumber = (n: number) => n.toLocaleString('sv-SE');
const cut = (label: string) => (label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label);

/** The bar's length in the drawing: proportional to the largest value, at least a sliver for any value above 0. */
export function barLength(value: number, largest: number): number {
  if (largest <= 0 || value <= 0) return 0;
  return Math.max(1, Math.round((value / largest) * BAR_AREA));
}

/** The sentence a screen reader hears for the drawing; the numbers are in the table that follows it. */
export function chartDescription(chart: BarChart): string {
  const format = chart.format ?? wholeNumber;
  if (chart.bars.length === 0) return `${chart.title}: inga ärenden under perioden.`;
  const top = chart.bars.reduce((a, b) => (b.value > a.value ? b : a));
  const compared = chart.series.previous ? ` Ljusa staplar visar samma period ett år tidigare (${chart.series.previous}).` : '';
  return `Liggande stapeldiagram med ${chart.bars.length} staplar för ${chart.series.current}. Störst: ${top.label}, ${format(top.value)}.${compared} Alla värden finns i tabellen under diagrammet.`;
}

/**
 * A horizontal bar chart drawn on the server as SVG, accessible: role="img" named by its <title> and described by
 * its <desc> (both referenced by id, which screen readers follow more reliably than the elements alone), followed by the same figures as a real table (what a screen reader, a keyboard user and the printed
 * page rely on). No script, no canvas.
 */
export function barChart(chart: BarChart): Html {
  const format = chart.format ?? wholeNumber;
  const compared = chart.series.previous !== undefined;
  const perBar = compared ? 2 * BAR_HEIGHT + 2 : BAR_HEIGHT;
  const largest = Math.max(0, ...chart.bars.flatMap((b) => [b.value, b.previous ?? 0]));
  const height = LEGEND_HEIGHT + chart.bars.length * (perBar + GAP) + GAP;
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  const rows = chart.bars.map((bar, i) => {
    const y = LEGEND_HEIGHT + GAP + i * (perBar + GAP);
    const current = barLength(bar.value, largest);
    const previous = barLength(bar.previous ?? 0, largest);
    return html`<g>
  <text class="chart-label" x="${LABEL_WIDTH - 8}" y="${y + perBar / 2 + 4}" text-anchor="end">${cut(bar.label)}</text>
  <rect class="bar-current" x="${LABEL_WIDTH}" y="${y}" width="${current}" height="${BAR_HEIGHT}"></rect>
  <text class="chart-value" x="${LABEL_WIDTH + current + 4}" y="${y + BAR_HEIGHT - 3}">${format(bar.value)}</text>
  ${compared
    ? html`<rect class="bar-previous" x="${LABEL_WIDTH}" y="${y + BAR_HEIGHT + 2}" width="${previous}" height="${BAR_HEIGHT}"></rect>
  <text class="chart-value" x="${LABEL_WIDTH + previous + 4}" y="${y + 2 * BAR_HEIGHT - 1}">${format(bar.previous ?? 0)}</text>`
    : ''}
</g>`;
  });
  const legend = html`<g class="chart-legend">
  <rect class="bar-current" x="${LABEL_WIDTH}" y="4" width="12" height="12"></rect><text x="${LABEL_WIDTH + 18}" y="14">${chart.series.current}</text>
  ${compared ? html`<rect class="bar-previous" x="${LABEL_WIDTH + 220}" y="4" width="12" height="12"></rect><text x="${LABEL_WIDTH + 238}" y="14">${chart.series.previous}</text>` : ''}
</g>`;
  return html`<figure class="chart" id="${chart.id}">
<svg role="img" aria-labelledby="${titleId}" aria-describedby="${descId}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${chart.title}</title>
<desc id="${descId}">${chartDescription(chart)}</desc>
${legend}
${rows}
</svg>
${dataTable(`${chart.id}-table`, chart.title, html`
  <thead><tr><th scope="col">${chart.labelHeader}</th><th scope="col">${chart.series.current}</th>${compared ? html`<th scope="col">${chart.series.previous}</th>` : ''}</tr></thead>
  <tbody>${chart.bars.length === 0
    ? html`<tr><td colspan="${compared ? 3 : 2}">Inga ärenden under perioden.</td></tr>`
    : chart.bars.map((b) => html`<tr><th scope="row">${b.label}</th><td>${format(b.value)}</td>${compared ? html`<td>${format(b.previous ?? 0)}</td>` : ''}</tr>`)}</tbody>`, { className: 'chart-data' })}
</figure>`;
}

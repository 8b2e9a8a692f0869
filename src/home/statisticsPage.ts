import { html, type Html } from '../agent/pages/html';
import { CASE_KINDS, type CaseKind, type Language, type ServiceArea } from '../domain';
import { HOME_ROUTE } from './homeRoutes';
import { publicPage } from './publicPage';
import type { HalfYear } from './halfYears';
import { publishedCount } from './suppression';
import { STATISTICS_TEXT, type StatisticsText } from './statisticsText';

export type AreaAndKind = `${ServiceArea}/${CaseKind}`;

/** One half-year's counts, per area and kind (zero where none). */
export interface HalfYearFigures {
  period: HalfYear;
  current: boolean;
  counts: ReadonlyMap<AreaAndKind, number>;
}

export function areaAndKind(area: ServiceArea, kind: CaseKind): AreaAndKind {
  return `${area}/${kind}`;
}

const NUMBER_LOCALE: Readonly<Record<Language, string>> = { sv: 'sv-SE', en: 'en-GB', fi: 'fi-FI' };

/** GET /statistik: a table per half-year, areas down and kinds across; small counts shown as "< 5". */
export function statisticsPage(language: Language, languages: readonly Language[], areas: readonly ServiceArea[], figures: readonly HalfYearFigures[]): string {
  const t = STATISTICS_TEXT[language];
  const numbers = new Intl.NumberFormat(NUMBER_LOCALE[language]);
  const cell = (count: number) => {
    const shown = publishedCount(count);
    return shown.kind === 'fewerThan' ? `< ${shown.value}` : numbers.format(shown.value);
  };
  return publicPage({
    language,
    languages,
    title: t.title,
    mainClass: null,
    inLanguage: (other) => ({ href: `${HOME_ROUTE.statistics}?lang=${other}`, name: STATISTICS_TEXT[other].inThisLanguage }),
    content: html`<p class="intro">${t.intro}</p>
<p>${t.suppression}</p>
${figures.map((f) => halfYearTable(t, areas, f, cell))}
<p>${t.updated}</p>
<p><a href="${`${HOME_ROUTE.home}?lang=${language}`}">${t.home}</a></p>`,
  });
}

function halfYearTable(t: StatisticsText, areas: readonly ServiceArea[], f: HalfYearFigures, cell: (n: number) => string): Html {
  const heading = t.half(f.period.year, f.period.half, f.current);
  const id = `h${f.period.year}-${f.period.half}`;
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
<table aria-labelledby="${id}">
<thead><tr><th scope="col">${t.area}</th>${CASE_KINDS.map((k) => html`<th scope="col">${t.kinds[k]}</th>`)}</tr></thead>
<tbody>
${areas.map((area) => html`<tr><th scope="row">${t.areas[area]}</th>${CASE_KINDS.map((k) => html`<td>${cell(f.counts.get(areaAndKind(area, k)) ?? 0)}</td>`)}</tr>
`)}</tbody>
</table>
</section>
`;
}

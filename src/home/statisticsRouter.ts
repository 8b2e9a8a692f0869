import { Router } from 'express';
import type { Database } from '../db/database';
import { DEFAULT_LANGUAGE, SERVICE_AREAS, type Language, type ServiceArea } from '../domain';
import { caseCountsByAreaAndKind } from '../register/caseCounts';
import { PUBLIC_PAGE_POLICY, pageLanguage } from './publicPage';
import { HOME_ROUTE } from './homeRoutes';
import { lastHalfYears } from './halfYears';
import { areaAndKind, statisticsPage, type AreaAndKind, type HalfYearFigures } from './statisticsPage';

/** The current half-year and the three before it: two years, as municipalities compare. */
const HALF_YEARS_SHOWN = 4;
/** Counted again at most this often per instance, however many read the page. */
const FRESH_FOR_MS = 60 * 60 * 1000;

export interface StatisticsDeps {
  db: Database;
  clock: () => Date;
  languages: readonly Language[];
  /** The areas the menus offer, in their order; another area appears only when it has cases. */
  serviceAreas: readonly ServiceArea[];
}

/** GET /statistik: public counts per service area and kind per half-year, small counts suppressed, counted once an hour. */
export function statisticsRouter(deps: StatisticsDeps): Router {
  const router = Router();
  let cached: { at: number; pages: Promise<Partial<Record<Language, string>>> } | null = null;

  const pages = (): Promise<Partial<Record<Language, string>>> => {
    const now = deps.clock();
    if (cached && now.getTime() - cached.at < FRESH_FOR_MS) return cached.pages;
    const counting = render(deps, now);
    // A failed count is not kept: the next reader tries again.
    counting.catch(() => (cached = null));
    cached = { at: now.getTime(), pages: counting };
    return counting;
  };

  router.get(HOME_ROUTE.statistics, async (req, res) => {
    const rendered = await pages();
    res.setHeader('Content-Security-Policy', PUBLIC_PAGE_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Vary', 'Accept-Language');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('html').send(rendered[pageLanguage(req, deps.languages)] ?? rendered[DEFAULT_LANGUAGE]);
  });
  return router;
}

async function render(deps: StatisticsDeps, now: Date): Promise<Partial<Record<Language, string>>> {
  const periods = lastHalfYears(now, HALF_YEARS_SHOWN);
  const figures: HalfYearFigures[] = [];
  const seen = new Set<ServiceArea>();
  for (const [i, period] of periods.entries()) {
    const counts = new Map<AreaAndKind, number>();
    for (const row of await caseCountsByAreaAndKind(deps.db, period.from, period.to)) {
      counts.set(areaAndKind(row.area, row.kind), row.count);
      seen.add(row.area);
    }
    figures.push({ period, current: i === 0, counts });
  }
  const areas = [...deps.serviceAreas, ...SERVICE_AREAS.filter((a) => seen.has(a) && !deps.serviceAreas.includes(a))];
  return Object.fromEntries(deps.languages.map((l) => [l, statisticsPage(l, deps.languages, areas, figures)]));
}

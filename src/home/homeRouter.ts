import { Router } from 'express';
import { DEFAULT_LANGUAGE, type Language } from '../domain';
import { homePage } from './homePage';
import { HOME_ROUTE } from './homeRoutes';
import { PUBLIC_PAGE_POLICY, pageLanguage } from './publicPage';


/** GET / (Swedish, English by ?lang=en or the browser's Accept-Language) and GET /favicon.ico (no icon: 204). */
export function homeRouter(languages: readonly Language[]): Router {
  const router = Router();
  const pages = Object.fromEntries(languages.map((l) => [l, homePage(l, languages)])) as Partial<Record<Language, string>>;
  router.get(HOME_ROUTE.home, (req, res) => {
    res.setHeader('Content-Security-Policy', PUBLIC_PAGE_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Vary', 'Accept-Language');
    res.type('html').send(pages[pageLanguage(req, languages)] ?? pages[DEFAULT_LANGUAGE]);
  });
  // Browsers ask for it on every site; a 204 keeps the 404 out of their consoles and the log.
  router.get(HOME_ROUTE.favicon, (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.status(204).end();
  });
  return router;
}

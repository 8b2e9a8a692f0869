import { Router, type Request } from 'express';
import { DEFAULT_LANGUAGE, type Language } from '../domain';
import { homePage } from './homePage';
import { HOME_ROUTE } from './homeRoutes';

/** Only its own style sheet: the page has no script, no form and no reason to be framed. */
const PAGE_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** GET / (Swedish, English by ?lang=en or the browser's Accept-Language) and GET /favicon.ico (no icon: 204). */
export function homeRouter(languages: readonly Language[]): Router {
  const router = Router();
  const pages = Object.fromEntries(languages.map((l) => [l, homePage(l, languages)])) as Partial<Record<Language, string>>;
  router.get(HOME_ROUTE.home, (req, res) => {
    res.setHeader('Content-Security-Policy', PAGE_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Vary', 'Accept-Language');
    res.type('html').send(pages[languageOf(req, languages)] ?? pages[DEFAULT_LANGUAGE]);
  });
  // Browsers ask for it on every site; a 204 keeps the 404 out of their consoles and the log.
  router.get(HOME_ROUTE.favicon, (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.status(204).end();
  });
  return router;
}

/** ?lang= first (the page's own links), then the browser's preference, among the languages offered; Swedish otherwise. */
function languageOf(req: Request, languages: readonly Language[]): Language {
  const offered = languages as readonly string[];
  const asked = typeof req.query === 'object' && req.query !== null ? req.query.lang : undefined;
  if (typeof asked === 'string' && offered.includes(asked)) return asked as Language;
  const preferred = req.acceptsLanguages(...languages);
  return typeof preferred === 'string' && offered.includes(preferred) ? (preferred as Language) : DEFAULT_LANGUAGE;
}

import { Router, type Request } from 'express';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../domain';
import { homePage } from './homePage';
import { HOME_ROUTE } from './homeRoutes';

/** Only its own style sheet: the page has no script, no form and no reason to be framed. */
const PAGE_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** GET / (Swedish, English by ?lang=en or the browser's Accept-Language) and GET /favicon.ico (no icon: 204). */
export function homeRouter(): Router {
  const router = Router();
  const pages: Record<Language, string> = { sv: homePage('sv'), en: homePage('en') };
  router.get(HOME_ROUTE.home, (req, res) => {
    res.setHeader('Content-Security-Policy', PAGE_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Vary', 'Accept-Language');
    res.type('html').send(pages[languageOf(req)]);
  });
  // Browsers ask for it on every site; a 204 keeps the 404 out of their consoles and the log.
  router.get(HOME_ROUTE.favicon, (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.status(204).end();
  });
  return router;
}

/** ?lang=sv|en first (the page's own link), then the browser's preference; Swedish otherwise. */
function languageOf(req: Request): Language {
  const asked = typeof req.query === 'object' && req.query !== null ? req.query.lang : undefined;
  if (typeof asked === 'string' && (LANGUAGES as readonly string[]).includes(asked)) return asked as Language;
  const preferred = req.acceptsLanguages(...LANGUAGES);
  return typeof preferred === 'string' && (LANGUAGES as readonly string[]).includes(preferred) ? (preferred as Language) : DEFAULT_LANGUAGE;
}

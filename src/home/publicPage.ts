import type { Request } from 'express';
import { DEFAULT_LANGUAGE, type Language } from '../domain';

/** Only their own style sheet: the public pages have no script, no form and no reason to be framed. */
export const PUBLIC_PAGE_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** A public page's language: ?lang= first (the page's own links), then the browser's preference, among the languages offered; Swedish otherwise. */
export function pageLanguage(req: Request, languages: readonly Language[]): Language {
  const offered = languages as readonly string[];
  const asked = typeof req.query === 'object' && req.query !== null ? req.query.lang : undefined;
  if (typeof asked === 'string' && offered.includes(asked)) return asked as Language;
  const preferred = req.acceptsLanguages(...languages);
  return typeof preferred === 'string' && offered.includes(preferred) ? (preferred as Language) : DEFAULT_LANGUAGE;
}

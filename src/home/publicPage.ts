import type { Request } from 'express';
import { html, type Html } from '../agent/pages/html';
import { CHAT_ROUTE } from '../channels/chat/chatRoutes';
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

/** A public page in the chat page's style: its heading, links to the same page in the other languages, then content. */
export function publicPage(page: {
  language: Language;
  languages: readonly Language[];
  title: string;
  /** The chat page's layout of one screen (the front page), or a page that grows and scrolls (null). */
  mainClass: string | null;
  /** This page's address in another language, and that language's own name for it ("In English"). */
  inLanguage: (other: Language) => { href: string; name: string };
  content: Html;
}): string {
  const others = page.languages.filter((l) => l !== page.language).map((l) => ({ language: l, ...page.inLanguage(l) }));
  return html`<!doctype html>
<html lang="${page.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<link rel="stylesheet" href="${CHAT_ROUTE.pageStyle}">
</head>
<body class="standalone">
<main${page.mainClass ? html` class="${page.mainClass}"` : ''}>
<header class="chat-header">
<h1>${page.title}</h1>
${others.map((o) => html`<a class="language" href="${o.href}" lang="${o.language}" hreflang="${o.language}">${o.name}</a>`)}
</header>
${page.content}
</main>
</body>
</html>
`.value;
}

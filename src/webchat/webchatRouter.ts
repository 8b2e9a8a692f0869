import fs from 'node:fs';
import path from 'node:path';
import { Router, type Response } from 'express';
import { z } from 'zod';
import { CHAT_ROUTE, CHAT_STATUS } from '../channels/chat/chatRoutes';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../domain';
import { chatPage, type ChatPageOptions } from './chatPage';

const ASSETS = path.join(__dirname, 'assets');
/** Links and the widget set these; anything else (repeated, nested, unknown) falls back to the plain page, never an error. */
const pageQuery = z.object({ lang: z.enum(LANGUAGES).catch(DEFAULT_LANGUAGE), embed: z.literal('1').optional().catch(undefined) });

export type WebchatOptions = ChatPageOptions;

/**
 * Only this service's own scripts and styles, and only its own API; any site may frame the page (the widget).
 * A message can never run as code: the client puts it on the page as text, and no inline script is allowed.
 */
const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

interface Asset {
  body: string;
  type: string;
}

/** GET /chat (the resident's page), the page's script and style, and /chat/widget.js for municipal sites. */
export function webchatRouter(options: WebchatOptions): Router {
  const router = Router();
  const assets: Record<string, Asset> = {
    [CHAT_ROUTE.pageScript]: { body: read('chat.js'), type: 'text/javascript; charset=utf-8' },
    [CHAT_ROUTE.attachScript]: { body: read('attach.js'), type: 'text/javascript; charset=utf-8' },
    [CHAT_ROUTE.pageStyle]: { body: read('chat.css'), type: 'text/css; charset=utf-8' },
    [CHAT_ROUTE.widget]: { body: read('widget.js'), type: 'text/javascript; charset=utf-8' },
  };
  // Only the languages offered; any other asked for gets the Swedish page.
  const pages = Object.fromEntries(
    options.languages.map((l) => [l, { standalone: chatPage(l, false, options), embedded: chatPage(l, true, options) }]),
  ) as Partial<Record<Language, { standalone: string; embedded: string }>>;

  router.get(CHAT_ROUTE.page, (req, res) => {
    const query = pageQuery.parse(typeof req.query === 'object' && req.query !== null ? req.query : {});
    res.setHeader('Content-Security-Policy', PAGE_POLICY);
    res.setHeader('Referrer-Policy', 'no-referrer');
    const page = pages[query.lang] ?? pages[DEFAULT_LANGUAGE]!;
    noSniff(res).type('html').send(page[query.embed ? 'embedded' : 'standalone']);
  });
  for (const [route, asset] of Object.entries(assets)) {
    router.get(route, (_req, res) => {
      // Municipal sites load the widget from another origin.
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      res.setHeader('Cache-Control', 'public, max-age=300');
      noSniff(res).status(CHAT_STATUS.ok).type(asset.type).send(asset.body);
    });
  }
  return router;
}

function read(name: string): string {
  return fs.readFileSync(path.join(ASSETS, name), 'utf8');
}

function noSniff(res: Response): Response {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  return res;
}

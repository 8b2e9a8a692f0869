import fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DIRECT_LINE } from './chat';

/** What the helpers read of the page: the callbacks given to waitForFunction() run there. */
declare const document: { querySelectorAll(selector: string): { length: number } };

// The package's exports map names no dist/ file: the bundle is read from the installed package's folder.
const WEBCHAT_BUNDLE = path.resolve(__dirname, '../../node_modules/botframework-webchat/dist/webchat.js');

export interface MunicipalSite {
  /** The site's front page, with the chat widget's one tag (ends in "/"). */
  url: string;
  /** A page with Microsoft's Web Chat, unchanged and on its defaults, pointed at the service's Direct Line. */
  webChatUrl: string;
  close(): Promise<void>;
}

/** A municipal site on another origin (localhost, where the service is on 127.0.0.1) that adds the chat. */
export async function startMunicipalSite(serviceUrl: string): Promise<MunicipalSite> {
  const bundle = fs.readFileSync(WEBCHAT_BUNDLE);
  const server = createServer((req, res) => {
    if (req.url === '/webchat.js') {
      res.setHeader('content-type', 'text/javascript');
      return void res.end(bundle);
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(req.url === '/webchat' ? webChatPage(serviceUrl) : widgetPage(serviceUrl));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://localhost:${(server.address() as AddressInfo).port}/`;
  return { url, webChatUrl: `${url}webchat`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function widgetPage(serviceUrl: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kommunen – Kontakta oss</title></head>
<body><header><a href="/">Kommunen</a></header><main><h1>Kontakta oss</h1><p>Här kan du lämna synpunkter och klagomål.</p></main>
<script src="${serviceUrl}/chat/widget.js" data-lang="sv" defer></script></body></html>`;
}

function webChatPage(serviceUrl: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kommunen</title><style>html, body, #webchat { height: 100%; margin: 0 }</style></head>
<body><div id="webchat" role="main"></div><script src="/webchat.js"></script><script>
fetch(${JSON.stringify(`${serviceUrl}${DIRECT_LINE}/tokens/generate`)}, { method: 'POST' })
  .then((r) => r.json())
  .then(({ token }) => window.WebChat.renderWebChat(
    { directLine: window.WebChat.createDirectLine({ token, domain: ${JSON.stringify(`${serviceUrl}${DIRECT_LINE}`)} }), locale: 'sv-SE' },
    document.getElementById('webchat'),
  ));
</script></body></html>`;
}

/** Presses one of Web Chat's suggested actions (not its own send button, also "Skicka" in Swedish). */
export async function pressInWebChat(page: Page, label: string): Promise<void> {
  const button = page.locator('.webchat__suggested-actions').getByRole('button', { name: label, exact: true }).last();
  await button.waitFor({ timeout: 20_000 });
  await tillItShows(page, () => button.click(), `the button "${label}"`);
}

/** Types in Web Chat's send box and sends with Enter. */
export async function typeInWebChat(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}

/**
 * Web Chat scrolls new activities into view and takes a staged file a moment after it is picked: a click in
 * between can miss. An action counts once the resident's activity shows in the transcript; else it is tried again.
 */
export async function tillItShows(page: Page, act: () => Promise<void>, what: string): Promise<void> {
  const before = await page.locator('.webchat__basic-transcript__activity').count();
  for (let attempt = 0; attempt < 4; attempt++) {
    await act();
    const took = await page
      .waitForFunction((n) => document.querySelectorAll('.webchat__basic-transcript__activity').length > n, before, { timeout: 5_000 })
      .then(() => true, () => false);
    if (took) return;
  }
  throw new Error(`${what} did not take`);
}

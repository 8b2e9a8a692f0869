import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { AGENT_PASSWORD } from './agentClient';

/**
 * The browser tests' shared helpers: Debian's Chromium (launched as test/support/chromium.ts does) and an
 * accessibility check against WCAG 2.1 A and AA.
 */
export { CHROMIUM_PATH, launchChromium as launchBrowser } from './chromium';

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The page's accessibility violations, one line each ("rule: selector, selector"), for toEqual([]). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * A new browser context signed in to the workspace through its login page, as the account named, on the role's
 * first page; `viewport` for a window of another size (320 px wide for reflow).
 */
export async function signedInPage(browser: Browser, serviceUrl: string, username: string, options: { viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'sv-SE', ...options })).newPage();
  await page.goto(`${serviceUrl}/agent/login`);
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(AGENT_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return page;
}

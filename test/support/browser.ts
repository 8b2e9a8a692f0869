import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

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

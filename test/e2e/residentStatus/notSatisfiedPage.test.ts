import type { Browser } from 'playwright-core';
import { registerCase } from '../../../src/intake/registration';
import { notSatisfiedLinks } from '../../../src/residentStatus/linkSigning';
import { axeViolations, launchBrowser } from '../../support/browser';
import { deadlinesNow } from '../../support/calendar';
import { phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { threeRungLadder } from '../../support/units';
import { OPEN, PUBLIC_URL, startVoiceService, type VoiceService } from '../../support/voice';

const SECRET = 'a-resident-link-secret-for-the-page-test-0123';

let t: TestDatabase;
let service: VoiceService;
let browser: Browser;
let norr: number;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ norr } = await threeRungLadder(t.db));
  service = await startVoiceService(t.url, OPEN, { RESIDENT_LINK_SECRET: SECRET });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await t?.drop();
});

async function answeredCase(): Promise<string> {
  const { case: c } = await registerCase(t.db, phoneComplaint({ callback: null }), 'resident:phone', deadlinesNow(), { workspaceUrl: null, seriousCasesEmail: null });
  await t.db.query(`UPDATE cases SET unit_id = $2, status = 'answered', answer_given_at = now() WHERE id = $1`, [c.id, norr]);
  return c.reference;
}

const pathOf = (link: string) => link.slice(PUBLIC_URL.length);

describe('the not-satisfied page', () => {
  it('is accessible in Swedish and English, is sent by keyboard, and its answer and refusals are accessible too', async () => {
    const reference = await answeredCase();
    const link = notSatisfiedLinks({ secret: SECRET, publicBaseUrl: PUBLIC_URL, days: 60, clock: () => OPEN })(reference)!;
    const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();

    await page.goto(`${service.url}${pathOf(link)}`);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.textContent('h1')).toBe('Inte nöjd med svaret');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'In English' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);

    // Tab to the button and press Enter: no mouse needed.
    type Focus = { document: { activeElement: { textContent: string | null } | null } };
    const focused = () => page.evaluate(() => (globalThis as unknown as Focus).document.activeElement?.textContent ?? '');
    for (let i = 0; i < 5 && (await focused()) !== 'I am not satisfied with the answer'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('I am not satisfied with the answer');
    await page.keyboard.press('Enter');
    // The answer is a new page: wait for it, not for the load state of the form still showing.
    await page.getByText('We have passed your case on to Äldreomsorg').waitFor();
    expect(await page.textContent('main')).toContain('We have passed your case on to Äldreomsorg');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${service.url}/svar/inte-nojd?t=${encodeURIComponent('2026-00001.1.' + 'A'.repeat(43))}`);
    expect(await page.textContent('main')).toContain('Länken går inte att använda');
    expect(await axeViolations(page)).toEqual([]);
  });
});

import type { Frame, Page } from 'playwright-core';

/** The page's DOM, as far as these helpers read it: the callbacks given to evaluate() run in the page. */
declare const document: {
  activeElement: { id: string; textContent: string | null; tagName: string } | null;
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): { length: number };
};

type Surface = Page | Frame;

/** Presses Tab (from the page's keyboard) until the focused element in `where` is the one described (id or text). */
export async function tabTo(page: Page, where: Surface, describe: { text?: string | RegExp; id?: string }, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    const focused = await where.evaluate(() => {
      const el = document.activeElement;
      if (!el) return null;
      return { id: el.id, text: (el.textContent ?? '').trim(), tag: el.tagName };
    });
    if (focused && matches(focused, describe)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${JSON.stringify(describe)}`);
}

function matches(el: { id: string; text: string }, d: { text?: string | RegExp; id?: string }): boolean {
  if (d.id !== undefined) return el.id === d.id;
  if (d.text === undefined) return false;
  return typeof d.text === 'string' ? el.text === d.text : d.text.test(el.text);
}

/** Waits until the chat asks its next question: answer buttons shown or the text box offered again. */
export async function waitForQuestion(where: Surface, count: number): Promise<void> {
  await where.waitForFunction((n) => document.querySelectorAll('#log .message.bot').length >= n, count);
}

/** The number of the chat's own messages so far. */
export function botMessages(where: Surface): Promise<number> {
  return where.evaluate(() => document.querySelectorAll('#log .message.bot').length);
}

/** Chooses an answer button by keyboard alone, and waits for the reply. */
export async function choose(page: Page, where: Surface, label: string | RegExp): Promise<void> {
  const before = await botMessages(where);
  await where.waitForSelector('#choices button');
  await tabTo(page, where, { text: label });
  await page.keyboard.press('Enter');
  await waitForQuestion(where, before + 1);
  await where.waitForFunction(() => !document.querySelector('#log .pending'));
}

/** Types an answer in the text box (reached by Tab) and sends it with Enter, and waits for the reply. */
export async function write(page: Page, where: Surface, text: string): Promise<void> {
  const before = await botMessages(where);
  await tabTo(page, where, { id: 'message' });
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await waitForQuestion(where, before + 1);
  await where.waitForFunction(() => !document.querySelector('#log .pending'));
}

/**
 * An anonymous complaint about elderly care on this service's chat page, by keyboard alone, to the end; returns
 * the case number shown on screen. `onTheWay` runs once the story is asked for.
 */
export async function anonymousComplaint(page: Page, where: Surface, story: string, onTheWay?: () => Promise<void>): Promise<string> {
  await where.waitForSelector('#choices button');
  await choose(page, where, /^Synpunkter, klagomål eller beröm/);
  await choose(page, where, 'Klagomål');
  await choose(page, where, 'Äldreomsorg');
  await onTheWay?.();
  await write(page, where, story);
  await choose(page, where, 'Hoppa över');
  await write(page, where, 'hoppa över');
  await choose(page, where, 'Någon annan');
  await choose(page, where, 'Ja, anonym');
  await choose(page, where, 'Skicka');
  await where.waitForSelector('#restart:not([hidden])');
  const reference = /Ditt ärendenummer är (\d{4}-\d{5,})\./.exec(await where.locator('#log').innerText())?.[1];
  if (!reference) throw new Error('no case number on screen');
  return reference;
}

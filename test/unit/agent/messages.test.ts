import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { answerFor } from '../../../src/agent/http/errorMapping';
import { parseWith, RequestInvalidError } from '../../../src/agent/http/validation';
import { NotAllowedError, NotFoundError } from '../../../src/agent/agentErrors';
import { ERROR_MESSAGE, errorText, isNoticeCode, NOTICE_MESSAGE, PROBLEM_MESSAGE, problemText } from '../../../src/agent/messages';
import { actorLabel } from '../../../src/agent/pages/labels';
import { CaseNotFoundError } from '../../../src/register/errors';
import { CallbackConflictError } from '../../../src/callbacks/callbackErrors';

/** Words that give away English; none is a Swedish word (Swedish "i", "en", "av" are left out on purpose). */
const ENGLISH = ['the', 'is', 'are', 'not', 'no', 'must', 'needs', 'cannot', 'there', 'your', 'you', 'may', 'this', 'case', 'callback', 'account', 'page', 'field', 'invalid', 'expected', 'received', 'undefined', 'null', 'nan', 'please', 'try', 'again', 'characters'];
const englishWordsIn = (text: string) => text.toLowerCase().split(/[^a-zåäöéü]+/).filter((w) => ENGLISH.includes(w));

/** Values every text may be given: a real case number, a name, lengths and zod's issue details. */
const PARAMS = { reference: '2026-00042', id: 7, agent: 'anna', username: 'anna', role: 'handler', unit: 'Hemtjänst Norr', min: 12, max: 1024, origin: 'string', maximum: 200, minimum: 2, format: 'email' };

const maps = { ERROR_MESSAGE, PROBLEM_MESSAGE, NOTICE_MESSAGE } as Record<string, Record<string, (p: typeof PARAMS) => string>>;
const everyCode = Object.entries(maps).flatMap(([map, texts]) => Object.keys(texts).map((code) => [map, code] as const));

describe('the staff pages’ messages', () => {
  it.each(everyCode)('%s %s is Swedish, complete and without English words', (map, code) => {
    const text = maps[map]![code]!(PARAMS);
    expect(text.trim().length).toBeGreaterThan(3);
    expect(englishWordsIn(text)).toEqual([]);
    expect(text).not.toMatch(/undefined|NaN|\$\{|\[object/);
  });

  it.each([
    ['too_big', { origin: 'string', maximum: 200 }, 'får vara högst 200 tecken'],
    ['too_small', { origin: 'string', minimum: 1 }, 'måste fyllas i'],
    ['too_small', { origin: 'string', minimum: 12 }, 'ska ha minst 12 tecken'],
    ['invalid_format', { format: 'email' }, 'skriv en e-postadress, till exempel namn@exempel.se'],
  ])('says zod’s %s with its values in Swedish', (code, params, text) => {
    expect(problemText({ field: 'x', message: 'English from zod', code, params })).toBe(text);
  });

  it('gives every code the source throws a Swedish text (no code falls back to its English message)', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? walk(full) : full.endsWith('.ts') ? [full] : [];
      });
    // `code: '…'` in errors, problems and zod issues' params; the register's problem(path, message, code).
    const thrown = new Set<string>();
    for (const file of ['agent', 'register', 'callbacks', 'db'].flatMap((d) => walk(path.join(__dirname, '../../../src', d)))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bcode: '([a-z][a-z_-]+)'|\bproblem\(\[[^\]]*\], '[^']*', '([a-z-]+)'\)/g)) {
        thrown.add(match[1] ?? match[2]!);
      }
    }
    thrown.delete('custom'); // zod's own code for a refinement, which names its code in params.
    const known = new Set([...Object.keys(ERROR_MESSAGE), ...Object.keys(PROBLEM_MESSAGE)]);
    expect(thrown.size).toBeGreaterThan(25);
    expect([...thrown].filter((code) => !known.has(code))).toEqual([]);
  });

  it.each([
    ['NotFoundError', new NotFoundError('There is no such page in the workspace.', { code: 'sidan-finns-inte' }), 'Sidan finns inte i arbetsytan. Kontrollera adressen eller gå till startsidan.'],
    ['CaseNotFoundError', new CaseNotFoundError('2026-99999'), 'Inget ärende har numret 2026-99999. Kontrollera året och numret.'],
    ['NotAllowedError', new NotAllowedError('Your role (handler) may not do this.', { code: 'rollen-far-inte', params: { role: 'handler' } }), 'Din roll (handläggare) får inte göra detta.'],
    ['CallbackConflictError', new CallbackConflictError(7, 'Callback 7 is being handled by anna.', 'aterringningen-tas-av-annan', 'anna'), 'Återuppringning 7 hanteras redan av anna; bara hen kan spara resultatet.'],
  ])('answers %s with its English message for the API and Swedish text for the pages', (_name, err, text) => {
    const answer = answerFor(err)!;
    expect(answer.message).toBe(err.message);
    expect(answer.text).toBe(text);
    expect(errorText(err)).toBe(text);
  });

  it('says each field’s problem from a refused form in Swedish, beside the API’s English', () => {
    const schema = z.object({ username: z.string().min(2).max(40), email: z.email(), role: z.enum(['agent', 'handler']) });
    let refused: unknown;
    try {
      parseWith(schema, { username: 'x'.repeat(41), email: 'nej', role: 'boss' });
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(RequestInvalidError);
    const answer = answerFor(refused)!;
    expect(answer.text).toBe('Några fält behöver rättas.');
    expect(answer.problems!.map((p) => [p.field, p.text])).toEqual([
      ['username', 'får vara högst 40 tecken'],
      ['email', 'skriv en e-postadress, till exempel namn@exempel.se'],
      ['role', 'välj ett av alternativen'],
    ]);
    for (const p of answer.problems!) expect(englishWordsIn(p.text)).toEqual([]);
  });

  it('takes a confirmation only by a code it knows', () => {
    expect(isNoticeCode('status-andrad')).toBe(true);
    expect(isNoticeCode('Ditt konto är spärrat')).toBe(false);
    expect(isNoticeCode('toString')).toBe(false);
    expect(isNoticeCode(['status-andrad'])).toBe(false);
  });

  it.each([
    ['resident:phone', 'invånaren (telefon)'],
    ['resident:chat', 'invånaren (chatt)'],
    ['agent:anna', 'anna'],
    ['system', 'systemet'],
  ])('names the history’s actor %s as "%s"', (actor, label) => {
    expect(actorLabel(actor)).toBe(label);
  });
});

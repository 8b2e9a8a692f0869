import { ConfigError, loadConfig } from '../../../src/config/config';
import { DEFAULT_RECORDS_PLAN } from '../../../src/domain';

const planOf = (RECORDS_PLAN: string) => loadConfig({ RECORDS_PLAN }).recordsPlan;
function problemsOf(RECORDS_PLAN: string): readonly string[] {
  try {
    loadConfig({ RECORDS_PLAN });
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('the plan was accepted');
}

describe('the records plan (RECORDS_PLAN)', () => {
  it('is the documented default when not set', () => {
    expect(loadConfig({}).recordsPlan).toEqual(DEFAULT_RECORDS_PLAN);
    expect(planOf('  ')).toEqual(DEFAULT_RECORDS_PLAN);
  });

  it.each([
    ['days', '{"sessions": {"days": 14, "decision": "KS 2026/12 § 4"}}', 'sessions', { keepDays: 14, decision: 'KS 2026/12 § 4' }],
    ['years, as 365 days each', '{"closedCases": {"years": 10, "decision": " DHP 3.2 "}}', 'closedCases', { keepDays: 3650, decision: 'DHP 3.2' }],
    ['kept for good', '{"accessLog": {"keep": "forever", "decision": "Bevaras"}}', 'accessLog', { keepDays: null, decision: 'Bevaras' }],
  ] as const)('reads %s and keeps the other classes\' defaults', (_what, text, recordClass, rule) => {
    const plan = planOf(text);
    expect(plan[recordClass]).toEqual(rule);
    expect({ ...plan, [recordClass]: DEFAULT_RECORDS_PLAN[recordClass] }).toEqual(DEFAULT_RECORDS_PLAN);
  });

  it.each([
    ['not JSON', '{sessions: 30}', /^RECORDS_PLAN must be a JSON object/],
    ['not an object', '[1, 2]', /^RECORDS_PLAN must be a JSON object with a record class for each key$/],
    ['an unknown class', '{"sesions": {"days": 1, "decision": "x"}}', /^RECORDS_PLAN names "sesions", which is not a record class \(the classes are sessions, transcripts,/],
    ['a rule that is not an object', '{"outbox": 30}', /^RECORDS_PLAN class outbox: must be an object/],
    ['no decision', '{"outbox": {"days": 30}}', /^RECORDS_PLAN class outbox: needs "decision"/],
    ['an empty decision', '{"outbox": {"days": 30, "decision": "  "}}', /^RECORDS_PLAN class outbox: needs "decision"/],
    ['a decision too long', `{"outbox": {"days": 30, "decision": "${'x'.repeat(201)}"}}`, /^RECORDS_PLAN class outbox: needs "decision"/],
    ['no time', '{"recordings": {"decision": "x"}}', /^RECORDS_PLAN class recordings: must give exactly one of "days", "years" or "keep"/],
    ['two times', '{"recordings": {"days": 3, "years": 1, "decision": "x"}}', /^RECORDS_PLAN class recordings: must give exactly one of/],
    ['zero days', '{"transcripts": {"days": 0, "decision": "x"}}', /^RECORDS_PLAN class transcripts: "days" must be a whole number from 1 to 36500$/],
    ['a fraction', '{"transcripts": {"days": 1.5, "decision": "x"}}', /^RECORDS_PLAN class transcripts: "days" must be a whole number/],
    ['days as text', '{"transcripts": {"days": "30", "decision": "x"}}', /^RECORDS_PLAN class transcripts: "days" must be a whole number/],
    ['too many years', '{"closedCases": {"years": 101, "decision": "x"}}', /^RECORDS_PLAN class closedCases: "years" must be a whole number from 1 to 100$/],
    ['keep other than forever', '{"accessLog": {"keep": "always", "decision": "x"}}', /^RECORDS_PLAN class accessLog: "keep" can only be "forever"$/],
    ['an unknown field', '{"queueCallers": {"days": 3, "decision": "x", "then": "delete"}}', /^RECORDS_PLAN class queueCallers: has unknown field\(s\) then/],
  ])('refuses %s, naming the class', (_what, text, message) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('names every bad class at once', () => {
    expect(problemsOf('{"sessions": {"days": 0, "decision": "x"}, "outbox": {"days": 1}, "loginFailures": {"days": 1, "decision": "ok"}}')).toEqual([
      expect.stringMatching(/^RECORDS_PLAN class sessions:/),
      expect.stringMatching(/^RECORDS_PLAN class outbox:/),
    ]);
  });
});

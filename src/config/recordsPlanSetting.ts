import { DEFAULT_RECORDS_PLAN, RECORD_CLASSES, type RecordClass, type RecordsPlan, type RetentionRule } from '../domain';

/**
 * RECORDS_PLAN: a JSON object naming the classes the municipality sets, each with how long it is kept and the
 * disposal decision it rests on; the classes not named keep their defaults (README, "Records plan").
 *   {"sessions": {"days": 30, "decision": "KS 2026/12 § 4"}, "closedCases": {"years": 10, "decision": "…"},
 *    "accessLog": {"keep": "forever", "decision": "…"}}
 * Returns the plan, or the problems, each naming the bad class.
 */
export function parseRecordsPlan(text: string | undefined): { plan: RecordsPlan; problems: string[] } {
  if (!text?.trim()) return { plan: DEFAULT_RECORDS_PLAN, problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { plan: DEFAULT_RECORDS_PLAN, problems: ['RECORDS_PLAN must be a JSON object like {"sessions": {"days": 30, "decision": "KS 2026/12 § 4"}}'] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { plan: DEFAULT_RECORDS_PLAN, problems: ['RECORDS_PLAN must be a JSON object with a record class for each key'] };
  }
  const plan: Record<RecordClass, RetentionRule> = { ...DEFAULT_RECORDS_PLAN };
  const problems: string[] = [];
  for (const [name, rule] of Object.entries(value)) {
    if (!(RECORD_CLASSES as readonly string[]).includes(name)) {
      problems.push(`RECORDS_PLAN names "${name}", which is not a record class (the classes are ${RECORD_CLASSES.join(', ')})`);
      continue;
    }
    const parsed = ruleOf(rule);
    if (typeof parsed === 'string') problems.push(`RECORDS_PLAN class ${name}: ${parsed}`);
    else plan[name as RecordClass] = parsed;
  }
  return { plan, problems };
}

const MAX_DAYS = 100 * 365;
const RULE_FIELDS = ['days', 'years', 'keep', 'decision'];

/** One class's rule, or what is wrong with it. */
function ruleOf(rule: unknown): RetentionRule | string {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return 'must be an object like {"days": 30, "decision": "KS 2026/12 § 4"}';
  const r = rule as Record<string, unknown>;
  const unknown = Object.keys(r).filter((k) => !RULE_FIELDS.includes(k));
  if (unknown.length) return `has unknown field(s) ${unknown.join(', ')} (use days, years or keep: "forever", and decision)`;
  const decision = typeof r.decision === 'string' ? r.decision.trim() : '';
  if (decision.length < 1 || decision.length > 200) return 'needs "decision": the reference of the disposal decision (gallringsbeslut) it rests on, at most 200 characters';
  const given = ['days', 'years', 'keep'].filter((k) => r[k] !== undefined);
  if (given.length !== 1) return 'must give exactly one of "days", "years" or "keep": "forever"';
  if (r.keep !== undefined) return r.keep === 'forever' ? { keepDays: null, decision } : '"keep" can only be "forever"';
  const [field, perUnit] = r.days !== undefined ? (['days', 1] as const) : (['years', 365] as const);
  const n = r[field];
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n * perUnit > MAX_DAYS) return `"${field}" must be a whole number from 1 to ${MAX_DAYS / perUnit}`;
  return { keepDays: n * perUnit, decision };
}

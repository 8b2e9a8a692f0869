import type { Queryable } from '../db/database';
import { statementParams, type StatementPart } from '../db/statementParts';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from './case';
import { placedWrittenBy, valueAt } from './caseFields';
import { CASE_EVENT, caseEventsFrom, type Actor, type CaseEventAction } from './caseEvents';
import { routedDetails, type UnitRef } from './caseHandling';
import type { CaseDeadlines } from '../domain/calendar';
import { CASE_STATUS, SWEDISH_TIME_ZONE } from '../domain';
import { InvalidCaseError } from './errors';
import { newCaseSchema, type NewCase, type NewCaseInput } from './newCase';

/** A case that passed validation and holds its reference number, ready to be written in a transaction. */
export interface PreparedCase {
  data: NewCase;
  reference: string;
}

/**
 * Validates a new case and reserves its number. The number is taken in a statement of its own, so that the
 * year's counter is locked for a moment, not for a whole registration; a registration that then fails leaves
 * a gap in the sequence, and a number is never given twice.
 */
export async function prepareCase(db: Queryable, input: NewCaseInput): Promise<PreparedCase> {
  const parsed = newCaseSchema.safeParse(input);
  if (!parsed.success) throw InvalidCaseError.fromZod(parsed.error);
  const result = await db.query<{ reference: string }>(
    `INSERT INTO case_number_counters AS counter (year, last_number)
     VALUES (extract(year FROM now() AT TIME ZONE '${SWEDISH_TIME_ZONE}')::integer, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = counter.last_number + 1
     -- At least five digits (2026-00042), and every digit past that (2026-100000): lpad alone would cut them.
     RETURNING year || '-' || lpad(last_number::text, greatest(5, length(last_number::text)), '0') AS reference`,
  );
  return { data: parsed.data, reference: result.rows[0]!.reference };
}

/** The columns a registration writes: all but the database's own (id, registered_at, updated_at). */
const REGISTERED = placedWrittenBy('registration', 'details');

/** What else the statement that writes a case writes with it: another owner's rows, and their history entries. */
export interface AlongsideCase {
  parts?: readonly StatementPart[];
  events?: readonly { action: CaseEventAction; details: Record<string, unknown> }[];
  /**
   * The unit a registered case goes to at once (a routing rule's, or the one the agent chose): it is written
   * 'routed' with that unit, and its history says so, by the system when a rule chose.
   */
  routing?: { unit: UnitRef; ruleId: number | null };
}

/**
 * Inserts a prepared case and its first entries in the case's history, in one statement with whatever the caller
 * writes alongside (the intake's SMS receipt): one round trip on the turn a caller waits for their case number.
 * Runs inside a transaction the caller holds.
 */
export async function insertPreparedCase(
  tx: Queryable,
  { data: c, reference }: PreparedCase,
  actor: Actor,
  deadlines: CaseDeadlines,
  alongside: AlongsideCase = {},
): Promise<Case> {
  const p = statementParams();
  const action = c.status === CASE_STATUS.incomplete ? CASE_EVENT.keptIncomplete : CASE_EVENT.registered;
  const routing = c.status === CASE_STATUS.registered ? alongside.routing : undefined;
  const events: { action: CaseEventAction; details: Record<string, unknown>; actor?: Actor }[] = [
    { action, details: { kind: c.kind, area: c.area, channel: c.channel, serious: c.serious } },
    ...(routing ? [{ action: CASE_EVENT.statusChanged, details: routedDetails(routing), actor: routing.ruleId !== null ? ('system' as const) : actor }] : []),
    ...(alongside.events ?? []),
  ];
  const record = {
    ...c,
    ...(routing ? { status: CASE_STATUS.routed, unitId: routing.unit.id } : {}),
    reference,
    newsDue: deadlines.newsDue,
    answerDue: deadlines.answerDue,
  };
  const values = REGISTERED.map((f) => p.add(valueAt(record, f.path)));
  // One insert, ordered, so the history reads in the order things happened.
  const entries = events.map((e, i) => `(${i + 1}, ${p.add(e.actor ?? actor)}, ${p.add(e.action)}, ${p.add(JSON.stringify(e.details))}::jsonb)`).join(', ');
  const parts = (alongside.parts ?? []).map((part, i) => `, alongside${i} AS (${part(p, 'registered')})`).join('');
  const result = await tx.query<CaseRow>(
    `WITH registered AS (
       INSERT INTO cases (${REGISTERED.map((f) => f.field.column).join(', ')})
       VALUES (${values.join(', ')})
       RETURNING ${CASE_COLUMNS}
     ), history AS (
       ${caseEventsFrom(`SELECT id, actor, action, details FROM registered, (VALUES ${entries}) e(position, actor, action, details) ORDER BY position`)}
     )${parts}
     SELECT * FROM registered`,
    p.values,
  );
  return caseFromRow(result.rows[0]!);
}


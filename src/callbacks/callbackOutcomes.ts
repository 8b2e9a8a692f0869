import type { Database, Queryable } from '../db/database';
import { CASE_EVENT, recordCaseEvent } from '../register/caseEvents';
import { InvalidCaseError } from '../register/errors';
import { answersToGiveByCallback, markGivenToResident, RESIDENT_MESSAGE } from '../register/residentContact';
import { CallbackConflictError, CallbackNotFoundError } from './callbackErrors';
import { recordCallbackEvent } from './callbackEvents';
import { CALLBACK_OUTCOME, type CallbackOutcome, type CallbackPolicy } from './callbackPolicy';
import { callbackColumns, type CallbackRequest } from './callbackRequests';
import { CALLBACK_STATUS } from './callbackTypes';

export interface CallbackAttempt {
  id: number;
  callbackId: number;
  at: Date;
  agent: string;
  outcome: CallbackOutcome;
  note: string | null;
}

export interface OutcomeReport {
  callbackId: number;
  agent: string;
  outcome: CallbackOutcome;
  note: string | null;
}

/**
 * Records how a call went, and what happens to the callback next: reached → done; wrong number → failed;
 * no answer or busy → tried again after policy.retryMinutes, until policy.maxAttempts, then failed.
 * Only the agent holding the claim may report; the claim ends with the report.
 */
export function recordCallbackOutcome(db: Database, report: OutcomeReport, policy: CallbackPolicy): Promise<CallbackRequest> {
  return db.transaction(async (tx) => {
    const locked = await tx.query<CallbackRequest>(
      `SELECT ${callbackColumns()} FROM callback_requests WHERE id = $1 FOR UPDATE`,
      [report.callbackId],
    );
    const current = locked.rows[0];
    if (!current) throw new CallbackNotFoundError(report.callbackId);
    if (current.status !== CALLBACK_STATUS.claimed || current.claimedBy !== report.agent) {
      throw new CallbackConflictError(
        report.callbackId,
        current.status === CALLBACK_STATUS.claimed
          ? `Callback ${report.callbackId} is being handled by ${current.claimedBy}; only they can record the outcome.`
          : `Callback ${report.callbackId} is not claimed by you (it is ${current.status}); claim it before recording an outcome.`,
        current.status === CALLBACK_STATUS.claimed ? 'aterringningen-tas-av-annan' : 'aterringningen-inte-din',
        current.claimedBy ?? undefined,
      );
    }
    const forAnswer = await isForAnswer(tx, report.callbackId);
    if (forAnswer && report.outcome === CALLBACK_OUTCOME.reached && !report.note?.trim()) {
      throw new InvalidCaseError([{ field: 'note', message: 'skriv vad invånaren fick för svar: samtalet ger svaret i ärendet' }]);
    }
    const attempt = await insertAttempt(tx, report);
    const attempts = current.attempts + 1;
    const next = nextStep(report.outcome, attempts, policy);
    const updated = await tx.query<CallbackRequest>(
      `UPDATE callback_requests SET status = $2, attempts = $3,
         next_attempt_at = CASE WHEN $4::integer IS NULL THEN next_attempt_at ELSE now() + make_interval(mins => $4::integer) END,
         claimed_by = NULL, claimed_at = NULL, updated_at = now()
       WHERE id = $1 RETURNING ${callbackColumns()}`,
      [report.callbackId, next.status, attempts, next.retryInMinutes],
    );
    const callback = updated.rows[0]!;
    const actor = `agent:${report.agent}` as const;
    await recordCallbackEvent(tx, callback.id, actor, CASE_EVENT.callbackAttempted, {
      attemptId: attempt.id,
      attempt: attempts,
      outcome: report.outcome,
      ...(next.status === CALLBACK_STATUS.pending ? { nextAttemptAt: callback.nextAttemptAt } : {}),
    });
    if (next.status === CALLBACK_STATUS.done) {
      await recordCallbackEvent(tx, callback.id, actor, CASE_EVENT.callbackDone, { attempts });
      if (forAnswer) {
        // The resident heard the answer: the four-week promise is kept now, with what was said in the history.
        for (const { caseId } of await answersToGiveByCallback(tx, callback.id)) {
          await markGivenToResident(tx, caseId, RESIDENT_MESSAGE.answer, attempt.at);
          await recordCaseEvent(tx, caseId, actor, CASE_EVENT.messageSent, { message: RESIDENT_MESSAGE.answer, via: 'phone', callbackId: callback.id, note: report.note });
        }
      }
    } else if (next.status === CALLBACK_STATUS.failed) {
      await recordCallbackEvent(tx, callback.id, actor, CASE_EVENT.callbackFailed, { attempts, reason: next.reason });
    }
    return callback;
  });
}

/** Why a callback failed, kept in the case's history (the pages say it in words). */
export const CALLBACK_FAILURE = { wrongNumber: 'wrong_number', notReached: 'not_reached' } as const;
export type CallbackFailure = (typeof CALLBACK_FAILURE)[keyof typeof CALLBACK_FAILURE];

type NextStep =
  | { status: typeof CALLBACK_STATUS.done; retryInMinutes: null }
  | { status: typeof CALLBACK_STATUS.failed; retryInMinutes: null; reason: CallbackFailure }
  | { status: typeof CALLBACK_STATUS.pending; retryInMinutes: number };

function nextStep(outcome: CallbackOutcome, attempts: number, policy: CallbackPolicy): NextStep {
  switch (outcome) {
    case CALLBACK_OUTCOME.reached:
      return { status: CALLBACK_STATUS.done, retryInMinutes: null };
    case CALLBACK_OUTCOME.wrongNumber:
      return { status: CALLBACK_STATUS.failed, retryInMinutes: null, reason: CALLBACK_FAILURE.wrongNumber };
    case CALLBACK_OUTCOME.noAnswer:
    case CALLBACK_OUTCOME.busy:
      return attempts >= policy.maxAttempts
        ? { status: CALLBACK_STATUS.failed, retryInMinutes: null, reason: CALLBACK_FAILURE.notReached }
        : { status: CALLBACK_STATUS.pending, retryInMinutes: policy.retryMinutes };
  }
}

async function isForAnswer(tx: Queryable, callbackId: number): Promise<boolean> {
  const result = await tx.query<{ forAnswer: boolean }>('SELECT for_answer AS "forAnswer" FROM callback_requests WHERE id = $1', [callbackId]);
  return result.rows[0]?.forAnswer ?? false;
}

async function insertAttempt(tx: Queryable, report: OutcomeReport): Promise<CallbackAttempt> {
  const result = await tx.query<CallbackAttempt>(
    `INSERT INTO callback_attempts (callback_id, agent, outcome, note) VALUES ($1, $2, $3, $4)
     RETURNING id, callback_id AS "callbackId", at, agent, outcome, note`,
    [report.callbackId, report.agent, report.outcome, report.note],
  );
  return result.rows[0]!;
}

/** Every attempt on the callbacks a case is served by, oldest first. */
export async function listAttemptsForCase(db: Queryable, caseId: number): Promise<CallbackAttempt[]> {
  const result = await db.query<CallbackAttempt>(
    `SELECT a.id, a.callback_id AS "callbackId", a.at, a.agent, a.outcome, a.note
     FROM (SELECT id FROM callback_requests WHERE case_id = $1
           UNION SELECT callback_id FROM callback_joined_cases WHERE case_id = $1) served
     JOIN callback_attempts a ON a.callback_id = served.id
     ORDER BY a.id`,
    [caseId],
  );
  return result.rows;
}

export async function listAttemptsForCallback(db: Queryable, callbackId: number): Promise<CallbackAttempt[]> {
  const result = await db.query<CallbackAttempt>(
    `SELECT id, callback_id AS "callbackId", at, agent, outcome, note FROM callback_attempts WHERE callback_id = $1 ORDER BY id`,
    [callbackId],
  );
  return result.rows;
}

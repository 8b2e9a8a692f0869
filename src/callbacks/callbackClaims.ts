import type { Database, Queryable } from '../db/database';
import { CASE_EVENT } from '../register/caseEvents';
import { CallbackConflictError, CallbackNotFoundError } from './callbackErrors';
import { recordCallbackEvent } from './callbackEvents';
import type { CallbackPolicy } from './callbackPolicy';
import { callbackColumns, findCallback, type CallbackRequest } from './callbackRequests';
import { CALLBACK_STATUS } from './callbackTypes';

/**
 * Claiming a callback: exactly one agent gets each one, however many ask at once. The row is locked with
 * FOR UPDATE SKIP LOCKED, so concurrent claimers pass over it to the next instead of waiting or winning twice.
 * A claim nobody finishes lapses after policy.claimMinutes and the callback may be claimed again.
 */

const CLAIMABLE = `(cb.status = '${CALLBACK_STATUS.pending}'
  OR (cb.status = '${CALLBACK_STATUS.claimed}' AND cb.claimed_at <= now() - make_interval(mins => $2)))`;

const RETURNING = callbackColumns('cb');

type ClaimRow = CallbackRequest & { previousClaimer: string | null };

/** Takes the most urgent due callback for the agent, or null when nothing is waiting. */
export function claimNextCallback(db: Database, agent: string, policy: CallbackPolicy): Promise<CallbackRequest | null> {
  return db.transaction(async (tx) => {
    const result = await tx.query<ClaimRow>(
      `WITH next AS (
         SELECT cb.id, cb.claimed_by AS previous FROM callback_requests cb
         -- Read in the order of the queue's index (db/007); the status list, implied by CLAIMABLE, lets the planner use it.
         WHERE cb.status IN ('${CALLBACK_STATUS.pending}', '${CALLBACK_STATUS.claimed}') AND ${CLAIMABLE} AND cb.next_attempt_at <= now()
         ORDER BY cb.serious DESC, cb.window_start, cb.id
         LIMIT 1 FOR UPDATE SKIP LOCKED
       )
       UPDATE callback_requests cb SET status = '${CALLBACK_STATUS.claimed}', claimed_by = $1, claimed_at = now(), updated_at = now()
       FROM next WHERE cb.id = next.id
       RETURNING ${RETURNING}, next.previous AS "previousClaimer"`,
      [agent, policy.claimMinutes],
    );
    const row = result.rows[0];
    if (!row) return null;
    return recordClaim(tx, row, agent);
  });
}

/**
 * Claims one callback the agent picked from the queue (or renews the agent's own claim).
 * Refused with a CallbackConflictError when another agent holds it or it is finished.
 */
export function claimCallback(db: Database, callbackId: number, agent: string, policy: CallbackPolicy): Promise<CallbackRequest> {
  return db.transaction(async (tx) => {
    const result = await tx.query<ClaimRow>(
      `WITH target AS (
         SELECT cb.id, cb.claimed_by AS previous FROM callback_requests cb
         WHERE cb.id = $3 AND (${CLAIMABLE} OR (cb.status = '${CALLBACK_STATUS.claimed}' AND cb.claimed_by = $1))
         FOR UPDATE
       )
       UPDATE callback_requests cb SET status = '${CALLBACK_STATUS.claimed}', claimed_by = $1, claimed_at = now(), updated_at = now()
       FROM target WHERE cb.id = target.id
       RETURNING ${RETURNING}, target.previous AS "previousClaimer"`,
      [agent, policy.claimMinutes, callbackId],
    );
    const row = result.rows[0];
    if (!row) throw await whyNotClaimable(tx, callbackId);
    return recordClaim(tx, row, agent);
  });
}

/** Gives the agent's claim back to the queue unfinished. */
export function releaseCallback(db: Database, callbackId: number, agent: string): Promise<CallbackRequest> {
  return db.transaction(async (tx) => {
    const result = await tx.query<CallbackRequest>(
      `UPDATE callback_requests cb SET status = '${CALLBACK_STATUS.pending}', claimed_by = NULL, claimed_at = NULL, updated_at = now()
       WHERE cb.id = $1 AND cb.status = '${CALLBACK_STATUS.claimed}' AND cb.claimed_by = $2
       RETURNING ${RETURNING}`,
      [callbackId, agent],
    );
    const row = result.rows[0];
    if (!row) throw await whyNotClaimable(tx, callbackId, agent);
    await recordCallbackEvent(tx, callbackId, `agent:${agent}`, CASE_EVENT.callbackReleased, { reason: 'released' });
    return row;
  });
}

/** Returns lapsed claims to the queue and notes it in each case's history. Returns how many were released. */
export function releaseExpiredClaims(db: Database, policy: Pick<CallbackPolicy, 'claimMinutes'>): Promise<number> {
  return db.transaction(async (tx) => {
    const result = await tx.query<{ id: number; previous: string }>(
      `WITH lapsed AS (
         SELECT cb.id, cb.claimed_by AS previous FROM callback_requests cb
         WHERE cb.status = '${CALLBACK_STATUS.claimed}' AND cb.claimed_at <= now() - make_interval(mins => $1)
         FOR UPDATE SKIP LOCKED
       )
       UPDATE callback_requests cb SET status = '${CALLBACK_STATUS.pending}', claimed_by = NULL, claimed_at = NULL, updated_at = now()
       FROM lapsed WHERE cb.id = lapsed.id
       RETURNING cb.id, lapsed.previous`,
      [policy.claimMinutes],
    );
    for (const row of result.rows) {
      await recordCallbackEvent(tx, row.id, 'system', CASE_EVENT.callbackReleased, { reason: 'claim expired', agent: row.previous });
    }
    return result.rows.length;
  });
}

async function recordClaim(tx: Queryable, row: ClaimRow, agent: string): Promise<CallbackRequest> {
  const { previousClaimer, ...callback } = row;
  if (previousClaimer === agent) return callback; // a renewal: nothing new to tell the history
  if (previousClaimer) {
    await recordCallbackEvent(tx, callback.id, 'system', CASE_EVENT.callbackReleased, { reason: 'claim expired', agent: previousClaimer });
  }
  await recordCallbackEvent(tx, callback.id, `agent:${agent}`, CASE_EVENT.callbackClaimed);
  return callback;
}

/** Says why a callback could not be claimed or released, as an error an agent can act on. */
async function whyNotClaimable(db: Queryable, callbackId: number, releasingAgent?: string): Promise<Error> {
  const current = await findCallback(db, callbackId);
  if (!current) return new CallbackNotFoundError(callbackId);
  if (current.status === CALLBACK_STATUS.claimed && current.claimedBy !== releasingAgent) {
    return new CallbackConflictError(callbackId, `Callback ${callbackId} is being handled by ${current.claimedBy}.`, 'aterringningen-tas-av-annan', current.claimedBy ?? undefined);
  }
  if (current.status === CALLBACK_STATUS.pending) {
    return new CallbackConflictError(callbackId, `Callback ${callbackId} is not claimed by you; claim it first.`, 'aterringningen-inte-din');
  }
  return new CallbackConflictError(callbackId, `Callback ${callbackId} is already finished (${current.status}).`, 'aterringningen-klar');
}

/** True while the callback a click-to-call is for is still claimed by the agent who asked for the call. */
export async function isCallbackStillClaimedBy(db: Queryable, callbackId: number, agent: string): Promise<boolean> {
  const result = await db.query('SELECT 1 FROM callback_requests WHERE id = $1 AND status = $2 AND claimed_by = $3', [
    callbackId,
    CALLBACK_STATUS.claimed,
    agent,
  ]);
  return result.rows.length > 0;
}

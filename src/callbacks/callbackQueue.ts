import type { Queryable } from '../db/database';
import type { CaseKind, ServiceArea } from '../domain';
import type { CallbackPolicy } from './callbackPolicy';
import { callbackColumns, type CallbackRequest } from './callbackRequests';
import { CALLBACK_STATUS } from './callbackTypes';

export interface CallbackCaseSummary {
  reference: string;
  kind: CaseKind | null;
  area: ServiceArea | null;
  /** Who the agent is calling, as they gave their name (null: not given). */
  name: string | null;
  /** The start of what happened, so the agent knows what the call is about before it rings. */
  summary: string | null;
}

/** How much of what happened the queue carries: a summary, not the case (the case page has it all). */
export const SUMMARY_LENGTH = 240;

/** A callback as the queue shows it: what it is about, how urgent, and how long the resident has waited. */
export interface QueuedCallback extends CallbackRequest {
  /** Any of its cases is flagged serious (possible missförhållande). */
  serious: boolean;
  /** The first attempt (or the next retry) is due now. */
  due: boolean;
  /** Claimed, but the claim has lapsed: anyone may take it. */
  claimExpired: boolean;
  /** Seconds until a live claim lapses (null when not claimed): the callback page warns before. */
  claimSecondsLeft: number | null;
  /** Minutes since the wished window opened (0 before it opens). */
  waitingMinutes: number;
  /** The case it was queued for first, then cases that joined it. */
  cases: CallbackCaseSummary[];
}

/** The cases a callback serves, its own first: lookups by key, never `id = … OR id IN (…)` (that read the register). */
const CASES_OF_CALLBACK = `(SELECT json_agg(json_build_object('reference', c.reference, 'kind', c.kind, 'area', c.area,
                       'name', c.contact_name, 'summary', left(c.what, ${SUMMARY_LENGTH}))
                     ORDER BY c.id <> cb.case_id, c.id)
     FROM (SELECT cb.case_id AS id UNION SELECT j.case_id FROM callback_joined_cases j WHERE j.callback_id = cb.id) served
     JOIN cases c ON c.id = served.id)`;

/**
 * The queue's view of callbacks; $1 is the claim time in minutes, $2 the claimed status. `serious` is kept on the
 * callback from its cases by the database (db/007).
 */
const QUEUED_CALLBACK_SELECT = `SELECT ${callbackColumns('cb')},
    cb.serious,
    cb.next_attempt_at <= now() AS due,
    (cb.status = $2 AND cb.claimed_at <= now() - make_interval(mins => $1)) AS "claimExpired",
    CASE WHEN cb.status = $2 THEN greatest(0, floor(extract(epoch FROM cb.claimed_at + make_interval(mins => $1) - now())))::integer END AS "claimSecondsLeft",
    greatest(0, floor(extract(epoch FROM now() - cb.window_start) / 60))::integer AS "waitingMinutes",
    ${CASES_OF_CALLBACK} AS cases
  FROM callback_requests cb`;

/** Open callbacks, as the partial indexes name them (the literal must match theirs for the planner to use them). */
const OPEN = `cb.status IN ('${CALLBACK_STATUS.pending}', '${CALLBACK_STATUS.claimed}')`;

/** Open callbacks, serious ones first, then in the order of their time windows: the order of the queue's index. */
export async function listCallbackQueue(db: Queryable, policy: Pick<CallbackPolicy, 'claimMinutes'>): Promise<QueuedCallback[]> {
  const result = await db.query<QueuedCallback>(
    `${QUEUED_CALLBACK_SELECT} WHERE ${OPEN} ORDER BY cb.serious DESC, cb.window_start, cb.id LIMIT $3`,
    [policy.claimMinutes, CALLBACK_STATUS.claimed, QUEUE_PAGE_SIZE],
  );
  return result.rows;
}

/** One callback as the queue shows it, whatever its status. */
export async function findQueuedCallback(db: Queryable, id: number, policy: Pick<CallbackPolicy, 'claimMinutes'>): Promise<QueuedCallback | null> {
  const result = await db.query<QueuedCallback>(`${QUEUED_CALLBACK_SELECT} WHERE cb.id = $3`, [policy.claimMinutes, CALLBACK_STATUS.claimed, id]);
  return result.rows[0] ?? null;
}

/** A queue longer than this is a staffing problem, not a page to scroll; the page says how many are not shown. */
export const QUEUE_PAGE_SIZE = 200;

export async function countOpenCallbacks(db: Queryable): Promise<number> {
  const result = await db.query<{ count: number }>(`SELECT count(*)::integer AS count FROM callback_requests cb WHERE ${OPEN}`);
  return result.rows[0]!.count;
}

import { isCallbackStillClaimedBy } from '../callbacks/callbackClaims';
import type { Database, Queryable } from '../db/database';
import type { Logger } from '../logging/logger';
import { startPeriodicTask } from '../tasks/periodicTask';
import { z } from 'zod';
import {
  claimDueMessages,
  failLateClickToCalls,
  markAttemptFailed,
  markFailed,
  markSent,
  markWaitingForCredentials,
} from './outboxStore';
import {
  CLICK_TO_CALL_NOT_YOURS,
  CLICK_TO_CALL_UNKNOWN,
  EMAIL_KINDS,
  NO_CREDENTIALS_ERROR,
  NO_SMTP_ERROR,
  OUTBOX_KIND,
  OUTBOX_STATUS,
  TWILIO_KINDS,
  type OutboxKind,
  type OutboxMessage,
  type OutboxPolicy,
} from './outboxTypes';
import { DeliveryError, type Deliver } from './twilioDelivery';

/** Whose callback a click-to-call is for (callResident writes both). */
const clickToCallFor = z.object({ callbackId: z.number().int().positive(), agent: z.string().min(1) });

export interface OutboxWorkerParts {
  db: Database;
  /** Texts and calls through Twilio; null when Twilio is not configured: they wait, marked as not sent, never pretended sent. */
  deliver: Deliver | null;
  /** E-mails through SMTP; null or left out when no SMTP server is configured: they wait the same way. */
  deliverEmail?: Deliver | null;
  policy: OutboxPolicy;
  intervalMs: number;
  logger: Logger;
  /** How many messages one round claims. */
  batchSize?: number;
  /**
   * Told of each message sent or given up, in the transaction that marks it: the owner of what was sent (a message
   * to the resident) writes its consequences (the case's history, the promise kept) with the delivery state.
   */
  onSettled?: SettledHook;
}

/** A message's delivery settled: sent, or failed for good. */
export type SettledHook = (tx: Queryable, message: OutboxMessage, outcome: 'sent' | 'failed') => Promise<void>;

export interface RoundResult {
  sent: number;
  retrying: number;
  failed: number;
}

export interface OutboxWorker {
  /** One round: claim what is due and deliver it. The loop calls this; tests may too. */
  runOnce(): Promise<RoundResult>;
  /** Stops the loop and waits for the round in progress. */
  stop(): Promise<void>;
}

/**
 * Delivers what the service has written to the outbox, in rounds. Safe with many instances: each round claims
 * its messages with FOR UPDATE SKIP LOCKED, so no message is sent twice, and none is lost when Twilio fails.
 */
export function startOutboxWorker(parts: OutboxWorkerParts): OutboxWorker {
  const { db, deliver, policy, logger } = parts;
  const batchSize = parts.batchSize ?? 20;

  /** Why a click-to-call must not ring the agent now, or null when it may. */
  async function whyNotCall(message: OutboxMessage): Promise<string | null> {
    const wanted = clickToCallFor.safeParse(message.payload);
    if (!wanted.success) return CLICK_TO_CALL_UNKNOWN;
    // Released, finished, or taken by someone else since the agent asked: their phone must not ring.
    return (await isCallbackStillClaimedBy(db, wanted.data.callbackId, wanted.data.agent)) ? null : CLICK_TO_CALL_NOT_YOURS;
  }

  async function deliverOne(message: OutboxMessage, send: Deliver, result: RoundResult): Promise<void> {
    if (message.kind === OUTBOX_KIND.clickToCall) {
      const refused = await whyNotCall(message);
      if (refused) {
        await markFailed(db, message.id, refused);
        result.failed++;
        logger.warn(`outbox message ${message.id} (${message.kind}) not delivered: ${refused}`);
        return;
      }
    }
    let providerId: string;
    try {
      ({ providerId } = await send(message));
    } catch (err) {
      const error = err instanceof DeliveryError ? err : new DeliveryError(String((err as Error).message ?? err), false);
      const after = await db.transaction(async (tx) => {
        const marked = await markAttemptFailed(tx, message.id, error.message, { ...policy, permanent: error.permanent });
        if (marked.status === OUTBOX_STATUS.failed) await parts.onSettled?.(tx, marked, 'failed');
        return marked;
      });
      const gaveUp = after.status === OUTBOX_STATUS.failed;
      if (gaveUp) result.failed++;
      else result.retrying++;
      // The id and kind only: the recipient and the text are personal data.
      logger.warn(`outbox message ${message.id} (${message.kind}) not delivered, attempt ${after.attempts}${gaveUp ? ', given up' : ', will retry'}`, {
        error: error.message,
      });
      return;
    }
    await db.transaction(async (tx) => {
      await markSent(tx, message.id, providerId);
      await parts.onSettled?.(tx, message, 'sent');
    });
    result.sent++;
  }

  // Each way out delivers its own kinds; one that is not configured leaves its kinds waiting, the others go on.
  const waysOut: { kinds: readonly OutboxKind[]; send: Deliver | null; missing: string }[] = [
    { kinds: TWILIO_KINDS, send: deliver, missing: NO_CREDENTIALS_ERROR },
    { kinds: EMAIL_KINDS, send: parts.deliverEmail ?? null, missing: NO_SMTP_ERROR },
  ];

  async function round(): Promise<RoundResult> {
    const result: RoundResult = { sent: 0, retrying: 0, failed: 0 };
    // A click-to-call that waited too long is never placed, with or without credentials.
    result.failed += await failLateClickToCalls(db);
    for (const way of waysOut) {
      if (!way.send) {
        await markWaitingForCredentials(db, way.kinds, way.missing);
        continue;
      }
      for (;;) {
        const due = await claimDueMessages(db, batchSize, way.kinds);
        for (const message of due) await deliverOne(message, way.send, result);
        if (due.length < batchSize || loop.stopped) break;
      }
    }
    return result;
  }

  // One round at a time in this process; other instances are kept apart by the row locks.
  const loop = startPeriodicTask('outbox round', parts.intervalMs, logger, round);
  return { runOnce: () => loop.runOnce(), stop: () => loop.stop() };
}

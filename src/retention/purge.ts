import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { ACTION_OF_CLASS, RECORD_CLASSES, RECORD_CLASS, type DisposalAction, type RecordClass, type RecordsPlan } from '../domain';
import { deleteOldRecordingsAtTwilio } from '../recordings/recordingDisposal';
import type { RecordingsApi } from '../recordings/twilioRecordingsApi';
import { addToDisposalEntry, writeDisposalEntry } from './disposalLog';
import { releasePurgeLease, renewPurgeLease, takePurgeLease, purgeLeaseState } from './purgeLease';
import { CLASS_STORES } from './recordClasses';

/** Rows per statement: small enough that a batch holds its locks briefly, large enough that 1M rows take few. */
export const PURGE_BATCH_SIZE = 5000;
const DAY_MS = 24 * 60 * 60_000;

export interface PurgeParts {
  db: Database;
  plan: RecordsPlan;
  clock: () => Date;
  /** Twilio's REST API when credentials are set: old recordings still there are deleted there first. */
  recordingsApi: RecordingsApi | null;
  batchSize?: number;
  /** Asked between batches: a shutdown ends the run early (the next one goes on where it stopped). */
  stopped?: () => boolean;
}

/** One class in a run: what the plan says, and how many records went (or would go). */
export interface ClassOutcome {
  recordClass: RecordClass;
  action: DisposalAction;
  keepDays: number | null;
  decision: string;
  /** Records finished before this go; null when the class is kept for good. */
  cutoff: Date | null;
  count: number;
  /** A dry run: the oldest record that would go. */
  oldest: Date | null;
  /** Recordings: old ones kept because Twilio still holds them (no credentials, or it refused the DELETE). */
  keptAtTwilio: number;
  /** How long the class took (the bench prints it). */
  seconds: number;
}

export type PurgeReport =
  | { ran: true; dryRun: boolean; ranAt: Date; classes: ClassOutcome[] }
  /** Another instance's run holds the lease. */
  | { ran: false; heldUntil: Date | null };

/**
 * Runs the records plan once: each class's records older than the plan keeps them are deleted (or their personal
 * data removed), a batch per transaction, each batch counted in the disposal log in the same transaction. A dry
 * run only counts, and logs what it would do. Idempotent: what went is not found again.
 */
export async function runPurge(parts: PurgeParts, options: { dryRun: boolean }): Promise<PurgeReport> {
  const { db, plan, clock } = parts;
  const ranAt = clock();
  const holder = randomUUID();
  if (!options.dryRun && !(await takePurgeLease(db, holder, ranAt))) return { ran: false, heldUntil: (await purgeLeaseState(db)).heldUntil };
  let finished = false;
  try {
    const classes: ClassOutcome[] = [];
    for (const recordClass of RECORD_CLASSES) {
      const started = performance.now();
      const outcome = await purgeClass(parts, recordClass, ranAt, options.dryRun, holder);
      classes.push({ ...outcome, seconds: (performance.now() - started) / 1000 });
      if (parts.stopped?.()) return { ran: true, dryRun: options.dryRun, ranAt, classes };
    }
    finished = true;
    return { ran: true, dryRun: options.dryRun, ranAt, classes };
  } finally {
    if (!options.dryRun) await releasePurgeLease(db, holder, finished ? clock() : null);
  }
}

async function purgeClass(parts: PurgeParts, recordClass: RecordClass, ranAt: Date, dryRun: boolean, holder: string): Promise<Omit<ClassOutcome, 'seconds'>> {
  const { db, clock } = parts;
  const { keepDays, decision } = parts.plan[recordClass];
  const action = ACTION_OF_CLASS[recordClass];
  const outcome: Omit<ClassOutcome, 'seconds'> = { recordClass, action, keepDays, decision, cutoff: null, count: 0, oldest: null, keptAtTwilio: 0 };
  if (keepDays === null) return outcome;
  const cutoff = new Date(ranAt.getTime() - keepDays * DAY_MS);
  outcome.cutoff = cutoff;
  const store = CLASS_STORES[recordClass];
  const entry = { ranAt, recordClass, action, cutoff, decision, dryRun };
  if (dryRun) {
    const due = await store.count(db, cutoff);
    Object.assign(outcome, due);
    await writeDisposalEntry(db, { ...entry, ...due });
    return outcome;
  }
  const limit = parts.batchSize ?? PURGE_BATCH_SIZE;
  if (recordClass === RECORD_CLASS.recordings) outcome.keptAtTwilio = await deleteOldRecordingsAtTwilio(db, parts.recordingsApi, cutoff, limit);
  const logId = await writeDisposalEntry(db, { ...entry, count: 0, oldest: null });
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const removed = await store.batch(tx, cutoff, limit, { at: clock(), decision });
      if (removed > 0) await addToDisposalEntry(tx, logId, removed);
      return removed;
    });
    outcome.count += n;
    // Until a batch finds nothing: a batch may remove fewer than `limit` rows with more still due (transcripts).
    if (n === 0 || parts.stopped?.()) return outcome;
    if (!(await renewPurgeLease(db, holder, clock()))) throw new PurgeLeaseLostError('The purge lost its lease to another instance mid-run; that run goes on with the rest.');
  }
}

/** This run's lease expired (a batch took longer than the lease) and another run took over. */
export class PurgeLeaseLostError extends Error {
  override readonly name = 'PurgeLeaseLostError';
}

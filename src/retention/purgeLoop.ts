import type { Logger } from '../logging/logger';
import { startPeriodicTask, type PeriodicTask } from '../tasks/periodicTask';
import { runPurge, type PurgeParts, type PurgeReport } from './purge';
import { purgeLeaseState } from './purgeLease';

/** A run is due this long after the last one ended: once a day, drifting at most the check's interval. */
const RUN_EVERY_MS = 23 * 60 * 60_000;

/** Whether the last whole run (by any instance) ended long enough ago. */
export async function purgeIsDue(parts: Pick<PurgeParts, 'db' | 'clock'>): Promise<boolean> {
  const { lastFinishedAt } = await purgeLeaseState(parts.db);
  return lastFinishedAt === null || parts.clock().getTime() - lastFinishedAt.getTime() >= RUN_EVERY_MS;
}

/**
 * The daily purge: every `intervalMs` each instance looks whether a run is due, and the one that takes the lease
 * runs it. What went is logged per class, as counts.
 */
export function startPurgeLoop(parts: Omit<PurgeParts, 'stopped'> & { intervalMs: number; logger: Logger }): PeriodicTask<PurgeReport | null> {
  const task: PeriodicTask<PurgeReport | null> = startPeriodicTask('the records plan\'s purge (gallring)', parts.intervalMs, parts.logger, async () => {
    if (!(await purgeIsDue(parts))) return null;
    const report = await runPurge({ ...parts, stopped: () => task.stopped }, { dryRun: false });
    if (report.ran) parts.logger.info(`purge (gallring) done: ${summary(report.classes)}`);
    return report;
  });
  return task;
}

/** "sessions 12, transcripts 340, …": counts only. */
export function summary(classes: readonly { recordClass: string; count: number; keptAtTwilio: number }[]): string {
  return classes.map((c) => `${c.recordClass} ${c.count}${c.keptAtTwilio ? ` (${c.keptAtTwilio} kept: still at Twilio)` : ''}`).join(', ');
}

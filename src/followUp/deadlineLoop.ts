import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import { startPeriodicTask, type PeriodicTask } from '../tasks/periodicTask';
import { runDeadlineFollowUp, type DeadlinePolicy, type DeadlineRound } from './deadlineFollowUp';
import type { FollowUpSettings } from './followUpSettings';

/**
 * Looks for deadlines to remind of or escalate now and then, at the injected clock's time. Safe with many
 * instances: each notice is claimed by a row only one transaction can write.
 */
export function startDeadlineLoop(parts: {
  db: Database;
  clock: () => Date;
  policy: DeadlinePolicy;
  settings: FollowUpSettings;
  intervalMs: number;
  logger: Logger;
}): PeriodicTask<DeadlineRound> {
  return startPeriodicTask('deadline reminders and escalations', parts.intervalMs, parts.logger, async () => {
    const round = await runDeadlineFollowUp(parts.db, parts.clock(), parts.policy, parts.settings);
    if (round.reminded + round.escalated > 0) parts.logger.info(`deadlines: ${round.reminded} reminder(s), ${round.escalated} escalation(s)`);
    return round;
  });
}

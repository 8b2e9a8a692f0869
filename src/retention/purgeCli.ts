import { parseArgs } from 'node:util';
import { voiceAuthToken } from '../channels/voice/voiceToken';
import { ConfigError, loadConfig } from '../config/config';
import { withDatabase } from '../db/commandDatabase';
import { twilioRecordingsApi } from '../recordings/twilioRecordingsApi';
import { runPurge, type ClassOutcome } from './purge';

const USAGE = `Usage:
  npm run purge -- --dry-run   lists what the records plan (RECORDS_PLAN) would remove now: counts per class, the oldest
  npm run purge                removes it now (as the daily purge does), and prints the counts
Both write the disposal log (/agent/disposal-log). On DATABASE_URL, or the embedded database in DATA_DIR.`;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '-');

/** One line per class: what the plan says, and what went (or would go). Counts and dates only. */
function table(classes: readonly ClassOutcome[], dryRun: boolean): string {
  const head = ['class', 'then', 'kept', dryRun ? 'would go' : 'removed', ...(dryRun ? ['oldest'] : []), 'decision'];
  const rows = classes.map((c) => [
    c.recordClass,
    c.keepDays === null ? 'kept' : c.action,
    c.keepDays === null ? 'forever' : `${c.keepDays} ${c.keepDays === 1 ? 'day' : 'days'}`,
    `${c.count}${c.keptAtTwilio ? ` (+${c.keptAtTwilio} still at Twilio, kept)` : ''}`,
    ...(dryRun ? [day(c.oldest)] : []),
    c.decision,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [head, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const { accountSid } = config.twilio;
  const recordingsApi = accountSid ? twilioRecordingsApi({ accountSid, authToken: voiceAuthToken(config), apiBaseUrl: config.twilio.apiBaseUrl }) : null;
  const dryRun = values['dry-run'] === true;
  const report = await withDatabase((db) => runPurge({ db, plan: config.recordsPlan, clock: () => new Date(), recordingsApi }, { dryRun }));
  if (!report.ran) {
    process.stderr.write(`Another purge is running now (its lease runs until ${report.heldUntil?.toISOString() ?? 'soon'}); try again after it.\n`);
    return 2;
  }
  process.stdout.write(`${dryRun ? 'Dry run: nothing removed. ' : ''}Records plan at ${report.ranAt.toISOString()}:\n${table(report.classes, dryRun)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof ConfigError || err instanceof TypeError ? `${err.message}\n${USAGE}` : `The purge failed: ${(err as Error).message}`}\n`);
    process.exit(1);
  },
);

import { Writable } from 'node:stream';
import type twilio from 'twilio';
import { loadConfig } from '../../src/config/config';
import { createLogging } from '../../src/logging/logger';
import type { ListenRecorder } from '../../src/recordings/recordingTypes';
import { startService, type RunningService } from '../../src/service';
import { TEST_PASSWORD_COST } from './agentClient';

/** The whole service in this process: its log lines kept for the test to read, and a clock the test sets. */
export interface InProcessService extends RunningService {
  logLines: string[];
  setNow(at: Date): void;
}

/** `twilioHttpClient` aims the service's Twilio REST calls at a local stand-in (test/support/agentTwilioStub.ts). */
export async function startInProcessService(
  env: Record<string, string>,
  now: Date,
  options: { recordListen?: ListenRecorder; twilioHttpClient?: twilio.RequestClient } = {},
): Promise<InProcessService> {
  const logLines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  let clock = now;
  const config = loadConfig({ PORT: '0', NODE_ENV: 'test', ...env });
  // Everything down to debug, unless the test sets LOG_LEVEL to read what an operator's default shows.
  const level = env.LOG_LEVEL ? config.logLevel : 'debug';
  const service = await startService(config, createLogging({ level, json: true, stream }), { clock: () => clock, passwordCost: TEST_PASSWORD_COST, ...options });
  return { ...service, logLines, setNow: (at) => (clock = at) };
}

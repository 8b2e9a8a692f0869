import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { heldTwilioPost } from '../../support/heldRequest';
import { startServiceProcess, type ServiceProcess } from '../../support/serviceProcess';
import { newCallSid, PUBLIC_URL, TEST_TOKEN } from '../../support/voice';

// A turn that never finishes (a client that sent half its body and went quiet) must not keep a stopping process
// alive until the supervisor's SIGKILL: past STOP_DEADLINE_SECONDS it exits anyway, saying why.

const DEADLINE_SECONDS = 2;
/** Generous: a loaded two-core machine takes seconds to schedule an exit. */
const MARGIN_SECONDS = 15;

let t: TestDatabase;
let service: ServiceProcess | undefined;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
});
afterAll(async () => {
  if (service) process.kill(service.pid, 'SIGKILL');
  await t.drop();
});

it('exits with code 1 once the deadline has passed while a turn in flight never finishes', async () => {
  service = await startServiceProcess({ DATABASE_URL: t.url, TWILIO_AUTH_TOKEN: TEST_TOKEN, PUBLIC_BASE_URL: PUBLIC_URL, STOP_DEADLINE_SECONDS: String(DEADLINE_SECONDS) });
  const turn = heldTwilioPost(Number(new URL(service.url).port), '/voice/incoming', { CallSid: newCallSid(), From: '+46701234567', CallStatus: 'ringing' });
  const answer = turn.response.catch(() => 'cut');
  await turn.started;

  const signalled = Date.now();
  const code = await service.stop();
  const seconds = (Date.now() - signalled) / 1000;

  expect(code).toBe(1);
  expect(seconds).toBeGreaterThanOrEqual(DEADLINE_SECONDS - 0.1);
  expect(seconds).toBeLessThan(DEADLINE_SECONDS + MARGIN_SECONDS);
  expect(service.output()).toContain('SIGTERM: stopping');
  expect(service.output()).toContain(`SIGTERM: requests still in flight after ${DEADLINE_SECONDS} s; exiting anyway`);
  expect(await answer).toBe('cut'); // the client's connection ends with the process, unanswered
  service = undefined;
}, 90_000);

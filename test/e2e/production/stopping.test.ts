import { execFileSync } from 'node:child_process';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { startCommand, type ServiceProcess } from '../../support/serviceProcess';
import { buildInto, type Build } from '../../support/build';
import { heldTwilioPost } from '../../support/heldRequest';
import { accepts } from '../../support/ports';
import { newCallSid, PUBLIC_URL, TEST_TOKEN } from '../../support/voice';

// Docker and most supervisors signal only the process they started: whatever that is (npm, or node on the build),
// SIGTERM to it alone must stop the service and leave no process and no listening port behind.

/** Generous: a loaded two-core machine takes seconds to schedule an exit. */
const STOP_SECONDS = 20;

let build: Build;
beforeAll(() => {
  build = buildInto();
}, 180_000);
afterAll(() => build?.remove());

const starts: Array<[string, NodeJS.Signals, () => [string, string[], string]]> = [
  ['npm start', 'SIGTERM', () => ['npm', ['start'], build.projectRoot]],
  ['node on the build', 'SIGTERM', () => [process.execPath, [build.main], build.dir]],
  ['npm start', 'SIGINT', () => ['npm', ['start'], build.projectRoot]],
];

describe.each(starts)('%s, given %s alone', (_name, signal, command) => {
  let t: TestDatabase;
  let service: ServiceProcess | undefined;
  beforeAll(async () => {
    t = await createTestDatabase({ migrated: false });
  });
  afterAll(async () => {
    if (service) killGroup(service.pid);
    await t.drop();
  });

  it('stops accepting, answers the turn in flight, and leaves nothing running', async () => {
    const [cmd, args, cwd] = command();
    service = await startCommand(cmd, args, { DATABASE_URL: t.url, TWILIO_AUTH_TOKEN: TEST_TOKEN, PUBLIC_BASE_URL: PUBLIC_URL }, { cwd, detached: true });
    const { port } = new URL(service.url);
    expect(processesIn(service.pid).length).toBeGreaterThan(0);

    // A caller's first turn, its headers sent and its body held back when the signal arrives.
    const turn = heldTwilioPost(Number(port), '/voice/incoming', { CallSid: newCallSid(), From: '+46701234567', CallStatus: 'ringing' });
    await turn.started;

    process.kill(service.pid, signal);
    await until(async () => !(await accepts(Number(port))), 'the port still accepts connections');

    const answer = await turn.finish();
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<Response>');

    await until(async () => processesIn(service!.pid).length === 0, () => `processes left: ${processesIn(service!.pid).join(', ')}`);
    expect(service.output()).toContain(`${signal}: stopping`);
    service = undefined;
  });
});

/** Process ids still in the group the service was started in (detached: its leader's pid is the group's id). */
function processesIn(group: number): string[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,args=', '-g', String(group)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return []; // ps exits 1 when nothing matches
  }
}

function killGroup(group: number): void {
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function until(check: () => Promise<boolean> | boolean, failure: string | (() => string)): Promise<void> {
  const deadline = Date.now() + STOP_SECONDS * 1000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(typeof failure === 'string' ? failure : failure());
}

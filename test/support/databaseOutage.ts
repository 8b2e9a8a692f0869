import { Client } from 'pg';

/**
 * What a test needs to take the database away from the service and give it back: a read-only switch as a
 * failover to a standby or a full disk would leave it, and a wait for /readyz (which asks the database at most
 * every few seconds) to say what the test expects.
 */
const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Makes the database read-only (or writable again) for every new session, and ends the sessions open now. */
export async function setReadOnly(databaseUrl: string, readOnly: boolean): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a test database name: ${name}`);
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE ${name} SET default_transaction_read_only = ${readOnly ? 'on' : 'off'}`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
  } finally {
    await admin.end();
  }
}

/** Asks /readyz until it answers `status` (or 30 s pass), and returns the last answer. */
export async function readyzUntil(baseUrl: string, status: number): Promise<{ status: number; body: unknown }> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(`${baseUrl}/readyz`);
    const answer = { status: response.status, body: await response.json() };
    if (answer.status === status || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

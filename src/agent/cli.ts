import os from 'node:os';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/config';
import { withDatabase } from '../db/commandDatabase';
import { checkPhoneNumber } from '../domain';
import { createAccount, disableAccount, enableAccount, resetPassword, unlockAccount } from './accountAdmin';
import { AccountError } from './agentErrors';
import { listAgents } from './agentStore';
import { AGENT_ROLES, type AgentRole } from './agentTypes';
import { loginLockStates } from './loginThrottle';
import { unitsOfAccounts } from '../organisation/memberships';
import { OrganisationError } from '../organisation/organisationErrors';
import { findUnitByName } from '../organisation/units';
import { createPasswordHasher } from './passwordHasher';

const USAGE = `Usage:
  npm run agents -- add <username> --role agent|handler|admin [--unit "Hemtjänst Norr"] [--phone 070-123 45 67]
      (a handler's unit must exist: npm run units -- add "Hemtjänst Norr"; more units: npm run units -- add-member)
      (the password is read from standard input: typed, or piped: echo "$PASSWORD" | npm run agents -- add …)
  npm run agents -- list
  npm run agents -- disable <username>
  npm run agents -- enable <username>
  npm run agents -- unlock <username>            (forgets failed logins: lifts the username's locks)
  npm run agents -- reset-password <username>    (the new password from standard input, as for add; ends sessions)`;

/** Who acted, in the accounts' history: the system user at the server's terminal. */
const ACTOR = `terminal:${systemUser()}`;

function systemUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown'; // a container user without a passwd entry
  }
}

/** `npm run agents`: manage the accounts of the agent workspace from a terminal. */
async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, unit: { type: 'string' }, phone: { type: 'string' } },
  });
  const [command, username] = positionals;
  if (command === 'add' && username) {
    const role = values.role as AgentRole | undefined;
    if (!role || !AGENT_ROLES.includes(role)) throw new UsageError(`--role must be one of ${AGENT_ROLES.join(', ')}`);
    const phone = values.phone ? checkPhoneNumber(values.phone) : null;
    if (phone && !phone.ok) throw new UsageError(`--phone "${values.phone}" is not a phone number we can call`);
    const password = await readPassword();
    const { agent, unit } = await withDatabase(async (db) => {
      const unit = values.unit?.trim() ? await findUnitByName(db, values.unit) : null;
      if (values.unit?.trim() && !unit) throw new AccountError(`There is no unit named "${values.unit.trim()}": add it first (npm run units -- add "${values.unit.trim()}").`);
      const agent = await createAccount(db, createPasswordHasher(), { username, role, unitId: unit?.id ?? null, phone: phone?.ok ? phone.e164 : null, password }, ACTOR);
      return { agent, unit };
    });
    process.stdout.write(`Created ${agent.username} (${agent.role}${unit ? `, ${unit.name}` : ''}).\n`);
  } else if (command === 'list') {
    const { agents, locks, units } = await withDatabase(async (db) => {
      const all = await listAgents(db);
      return { agents: all, locks: await loginLockStates(db, all.map((a) => a.username)), units: await unitsOfAccounts(db) };
    });
    if (agents.length === 0) process.stdout.write('No accounts yet. Create one: npm run agents -- add <username> --role admin\n');
    for (const a of agents) {
      const lock = locks.get(a.username);
      const locked = lock?.lockedFrom ? ` (locked from ${lock.lockedFrom} address(es) after ${lock.failures} failed logins)` : '';
      process.stdout.write(`${a.username.padEnd(24)} ${a.role.padEnd(8)} ${(units.get(a.id) ?? []).map((u) => u.name).join(', ').padEnd(24)} ${a.disabled ? 'disabled' : 'active'}${locked}\n`);
    }
  } else if (command === 'disable' && username) {
    const agent = await withDatabase((db) => disableAccount(db, username, ACTOR));
    process.stdout.write(`Disabled ${agent.username}; their sessions are ended.\n`);
  } else if (command === 'enable' && username) {
    const agent = await withDatabase((db) => enableAccount(db, username, ACTOR));
    process.stdout.write(`Enabled ${agent.username}; they can log in again.\n`);
  } else if (command === 'unlock' && username) {
    const agent = await withDatabase((db) => unlockAccount(db, username, ACTOR));
    process.stdout.write(`Unlocked ${agent.username}: their failed logins are forgotten.\n`);
  } else if (command === 'reset-password' && username) {
    const password = await readPassword();
    const agent = await withDatabase((db) => resetPassword(db, createPasswordHasher(), username, password, ACTOR));
    process.stdout.write(`New password set for ${agent.username}; their sessions are ended.\n`);
  } else {
    throw new UsageError('unknown command');
  }
}

class UsageError extends Error {}


/** The first line of standard input; typed without echo when it is a terminal. */
function readPassword(): Promise<string> {
  const input = process.stdin;
  const rl = readline.createInterface({ input, output: process.stdout, terminal: input.isTTY === true });
  if (input.isTTY) {
    process.stdout.write('Password (at least 12 characters): ');
    // Keep what is typed off the screen.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  return new Promise((resolve, reject) => {
    rl.once('line', (line) => {
      resolve(line); // before close(): its 'close' event would otherwise reject first
      rl.close();
      if (input.isTTY) process.stdout.write('\n');
    });
    rl.once('close', () => reject(new UsageError('no password was given on standard input')));
  });
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) process.stderr.write(`${err.message}\n\n${USAGE}\n`);
  else if (err instanceof AccountError || err instanceof OrganisationError || err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`Failed: ${(err as Error).message}\n`);
  process.exit(1);
});

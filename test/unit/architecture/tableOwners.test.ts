import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * One owner per table: only the folder named here writes the table (INSERT, UPDATE, DELETE, upserts, or its name
 * handed to a library). Others read it at most, or ask the owner through its functions. A new table needs a line here.
 */
export const TABLE_OWNERS: Record<string, string> = {
  cases: 'src/register',
  case_events: 'src/register',
  case_number_counters: 'src/register',
  callback_requests: 'src/callbacks',
  callback_joined_cases: 'src/callbacks',
  callback_attempts: 'src/callbacks',
  outbox_messages: 'src/outbox',
  conversation_sessions: 'src/conversation',
  agents: 'src/agent',
  agent_sessions: 'src/agent',
  agent_account_events: 'src/agent',
  agent_login_throttle: 'src/agent',
  chat_conversations: 'src/channels/chat',
  chat_activities: 'src/channels/chat',
  chat_attachments: 'src/channels/chat',
  chat_rate_limits: 'src/channels/chat',
  units: 'src/organisation',
  unit_managers: 'src/organisation',
  agent_units: 'src/organisation',
  routing_rules: 'src/organisation',
  unit_merge_report: 'src/organisation',
  case_assessments: 'src/register',
  case_secret_parts: 'src/register',
  deadline_notices: 'src/followUp',
  voice_recordings: 'src/recordings',
  queue_callers: 'src/customerService',
  case_access_log: 'src/accessLog',
  status_codes: 'src/residentStatus',
  status_guesses: 'src/residentStatus',
  not_satisfied_links: 'src/residentStatus',
  write_probe: 'src/db',
  schema_migrations: 'src/db',
};

const ROOT = join(__dirname, '..', '..', '..');

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ending))
    .map((e) => join(e.parentPath, e.name));
}

/** The tables the migrations leave: created and not dropped since. */
function migratedTables(): string[] {
  const sql = filesUnder(join(ROOT, 'db'), '.sql').map((f) => readFileSync(f, 'utf8')).join('\n');
  const created = [...sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)/gi)].map((m) => m[1]!);
  const dropped = new Set([...sql.matchAll(/DROP TABLE (?:IF EXISTS )?([a-z_]+)/gi)].map((m) => m[1]!));
  return [...new Set(created)].filter((t) => !dropped.has(t)).concat('schema_migrations');
}

export interface Write {
  file: string;
  table: string;
  statement: string;
}

/** Every write to a known table in a source text: SQL verbs, and a table's bare name in quotes (for a library). */
export function writesIn(file: string, source: string, tables: ReadonlySet<string>): Write[] {
  const writes: Write[] = [];
  for (const m of source.matchAll(/\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_]+)/g)) {
    if (tables.has(m[2]!)) writes.push({ file, table: m[2]!, statement: m[0].replace(/\s+/g, ' ') });
  }
  for (const m of source.matchAll(/['"`]([a-z_]+)['"`]/g)) {
    if (tables.has(m[1]!)) writes.push({ file, table: m[1]!, statement: m[0] });
  }
  return writes;
}

export function misplacedWrites(files: { path: string; source: string }[], owners: Record<string, string>): string[] {
  const tables = new Set(Object.keys(owners));
  return files
    .flatMap((f) => writesIn(f.path, f.source, tables))
    .filter((w) => !w.file.startsWith(`${owners[w.table]}/`))
    .map((w) => `${w.file}: "${w.statement}" writes ${w.table}, which ${owners[w.table]} owns`);
}

const sources = filesUnder(join(ROOT, 'src'), '.ts').map((path) => ({ path: relative(ROOT, path), source: readFileSync(path, 'utf8') }));

describe('one owner per table', () => {
  it('names an owner for every table the migrations make', () => {
    expect(migratedTables().filter((t) => !(t in TABLE_OWNERS))).toEqual([]);
  });

  it('finds every table write in src only in the folder that owns the table', () => {
    expect(misplacedWrites(sources, TABLE_OWNERS)).toEqual([]);
  });

  it.each([
    ['an insert', 'src/agent/x.ts', 'await db.query(`INSERT INTO case_events (case_id) VALUES ($1)`)'],
    ['an upsert', 'src/db/x.ts', "db.query('INSERT INTO outbox_messages AS o (id) VALUES (1) ON CONFLICT DO NOTHING')"],
    ['an update', 'src/callbacks/x.ts', "`UPDATE cases SET status = $2 WHERE id = $1`"],
    ['a delete', 'src/register/x.ts', "'DELETE FROM conversation_sessions WHERE id = $1'"],
    ['a table handed to a library', 'src/agent/x.ts', "const TABLE = 'chat_rate_limits';"],
  ])('would catch %s outside the owner', (_name, path, source) => {
    expect(misplacedWrites([{ path, source }], TABLE_OWNERS)).toHaveLength(1);
  });

  it('lets the owner write, and anyone read', () => {
    const files = [
      { path: 'src/register/x.ts', source: '`UPDATE cases SET status = $2 WHERE id = $1`' },
      { path: 'src/callbacks/x.ts', source: '`SELECT id FROM cases c JOIN callback_requests cb ON cb.case_id = c.id FOR UPDATE OF cb`' },
    ];
    expect(misplacedWrites(files, TABLE_OWNERS)).toEqual([]);
  });
});

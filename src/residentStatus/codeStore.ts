import type { Queryable } from '../db/database';
import { CODE_POLICY, codeExpiry, hashCode, judgeCode, keyedCode, type CodeVerdict } from './oneTimeCodes';

/** The latest code a requester (a call, a chat) was sent: for which case, and how it stands. */
interface CodeRow {
  id: number;
  caseId: number;
  codeHash: string;
  expiresAt: Date;
  wrongTries: number;
  verifiedAt: Date | null;
}

const COLUMNS = 'id, case_id AS "caseId", code_hash AS "codeHash", expires_at AS "expiresAt", wrong_tries AS "wrongTries", verified_at AS "verifiedAt"';

/** Keeps a new code for this requester and case (hashed); it replaces any earlier one, which is no longer asked for. */
export async function keepCode(db: Queryable, secret: string, requester: string, caseId: number, code: string, now: Date): Promise<void> {
  await db.query('INSERT INTO status_codes (requester, case_id, code_hash, expires_at) VALUES ($1, $2, $3, $4)', [
    requester, caseId, hashCode(secret, requester, caseId, code), codeExpiry(now),
  ]);
}

/** The requester proved the right number another way (calling from it): marked as keyed right at once. */
export async function keepVerified(db: Queryable, secret: string, requester: string, caseId: number, now: Date): Promise<void> {
  await db.query('INSERT INTO status_codes (requester, case_id, code_hash, expires_at, verified_at) VALUES ($1, $2, $3, $4, $5)', [
    requester, caseId, hashCode(secret, requester, caseId, 'verified'), codeExpiry(now), now,
  ]);
}

async function latest(db: Queryable, requester: string): Promise<CodeRow | null> {
  const { rows } = await db.query<CodeRow>(`SELECT ${COLUMNS} FROM status_codes WHERE requester = $1 ORDER BY id DESC LIMIT 1 FOR UPDATE`, [requester]);
  return rows[0] ?? null;
}

/** Is a code waiting for this requester (sent, not yet keyed right, not ended, not expired)? */
export async function codeAwaited(db: Queryable, requester: string, now: Date): Promise<boolean> {
  const { rows } = await db.query<CodeRow>(`SELECT ${COLUMNS} FROM status_codes WHERE requester = $1 ORDER BY id DESC LIMIT 1`, [requester]);
  const row = rows[0];
  return row !== undefined && row.verifiedAt === null && row.wrongTries < CODE_POLICY.wrongTriesAllowed && row.expiresAt.getTime() > now.getTime();
}

export type CodeOutcome = (CodeVerdict & { caseId: number }) | { result: 'none' };

/** Checks a keyed code (in the caller's transaction: the row is locked, so two tries cannot both count as first). */
export async function checkCode(db: Queryable, secret: string, requester: string, keyed: string, now: Date): Promise<CodeOutcome> {
  const row = await latest(db, requester);
  if (!row) return { result: 'none' };
  const code = keyedCode(keyed);
  const verdict = judgeCode(row, hashCode(secret, requester, row.caseId, code ?? 'not-a-code'), now);
  if (verdict.result === 'right') {
    await db.query('UPDATE status_codes SET verified_at = $2 WHERE id = $1', [row.id, now]);
  } else if (verdict.result === 'wrong' || (verdict.result === 'ended' && row.verifiedAt === null && row.wrongTries < CODE_POLICY.wrongTriesAllowed)) {
    await db.query('UPDATE status_codes SET wrong_tries = wrong_tries + 1 WHERE id = $1', [row.id]);
  }
  return { ...verdict, caseId: row.caseId };
}

/** How long after proving the number the requester may still say they are not satisfied (the rest of the call or chat). */
const ACTING_MINUTES = 30;

/** May this requester act on this case now: keyed the right code (or called from its number) and not long ago? */
export async function mayActOn(db: Queryable, requester: string, caseId: number, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - ACTING_MINUTES * 60_000);
  const { rows } = await db.query<{ id: number }>(
    'SELECT id FROM status_codes WHERE requester = $1 AND case_id = $2 AND verified_at > $3 LIMIT 1',
    [requester, caseId, since],
  );
  return rows.length > 0;
}

/** The case this requester last proved the right to hear about, or null. */
export async function lastVerifiedCase(db: Queryable, requester: string): Promise<number | null> {
  const { rows } = await db.query<{ caseId: number }>(
    'SELECT case_id AS "caseId" FROM status_codes WHERE requester = $1 AND verified_at IS NOT NULL ORDER BY verified_at DESC, id DESC LIMIT 1',
    [requester],
  );
  return rows[0]?.caseId ?? null;
}

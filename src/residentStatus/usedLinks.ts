import type { Queryable } from '../db/database';

/** Has this not-satisfied link been used (its hash kept by takeFurther)? */
export async function linkAlreadyUsed(db: Queryable, hash: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM not_satisfied_links WHERE token_hash = $1', [hash]);
  return rows.length > 0;
}

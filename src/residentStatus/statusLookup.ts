import type { Queryable } from '../db/database';
import type { Case } from '../register/case';
import { findCaseById, findCaseByReference } from '../register/findCase';
import { CaseNotFoundError } from '../register/errors';

/** The case by number (normalised) or id, or null: a number nobody has is an ordinary answer here, not an error. */
export async function findCaseForStatus(db: Queryable, key: string | number): Promise<Case | null> {
  if (typeof key === 'number') return findCaseById(db, key);
  try {
    return (await findCaseByReference(db, key)).case;
  } catch (err) {
    if (err instanceof CaseNotFoundError) return null;
    throw err;
  }
}

import type { Response } from 'express';
import type { Queryable } from '../../db/database';
import type { ReadScope } from '../../register/readScope';
import { readScopeOf } from '../readScopeOf';
import { sessionOf } from './agentAuth';

const SCOPE_LOCAL = 'readScope';

/** The signed-in person's read scope, worked out once per request (the menu's counts and the page both ask). */
export async function scopeOfRequest(db: Queryable, res: Response): Promise<ReadScope> {
  const known = res.locals[SCOPE_LOCAL] as ReadScope | undefined;
  if (known) return known;
  const scope = await readScopeOf(db, sessionOf(res).agent);
  res.locals[SCOPE_LOCAL] = scope;
  return scope;
}

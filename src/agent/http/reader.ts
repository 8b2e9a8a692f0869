import type { Response } from 'express';
import type { Queryable } from '../../db/database';
import type { Reader } from '../casePermissions';
import { readScopeOf } from '../readScopeOf';
import { sessionOf } from './agentAuth';

/** The signed-in person of this request and the cases they may read, worked out once per request that needs it. */
export async function readerOf(db: Queryable, res: Response): Promise<Reader> {
  const { agent } = sessionOf(res);
  return { agent, scope: await readScopeOf(db, agent) };
}

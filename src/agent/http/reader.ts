import type { Response } from 'express';
import type { Queryable } from '../../db/database';
import type { Reader } from '../casePermissions';
import { readScopeOf } from '../readScopeOf';
import { sessionOf } from './agentAuth';

const READER_LOCAL = 'reader';

/**
 * The signed-in person of this request and the cases they may read, worked out once per request that needs it
 * (the menu's inbox count and the page both ask).
 */
export async function readerOf(db: Queryable, res: Response): Promise<Reader> {
  const known = res.locals[READER_LOCAL] as Reader | undefined;
  if (known) return known;
  const { agent } = sessionOf(res);
  const reader: Reader = { agent, scope: await readScopeOf(db, agent) };
  res.locals[READER_LOCAL] = reader;
  return reader;
}

import { logCaseAccesses } from '../accessLog/caseAccessLog';
import type { Queryable } from '../db/database';
import type { SearchResult } from '../register/caseSearch';
import type { Reader } from './casePermissions';

/**
 * A search's list shows each hit's name, phone number and e-mail address, so each case listed is in the access log
 * ('search'), written in one statement before the list is sent. Opening a hit is logged as a read (openCase).
 */
export function logSearchHits(db: Queryable, reader: Reader, result: SearchResult): Promise<void> {
  return logCaseAccesses(db, { agentId: reader.agent.id, caseIds: result.hits.map((h) => h.case.id), action: 'search' });
}

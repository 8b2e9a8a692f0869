import type { Database } from '../db/database';
import type { Case } from '../register/case';
import { setCaseCategories } from '../register/caseCategories';
import { lockCase } from '../register/caseCompletion';
import { findCaseForChange } from '../register/caseLists';
import { withinReadScope } from '../register/readScope';
import { NotAllowedError } from './agentErrors';
import { actorOf } from './agentTypes';
import type { Reader } from './casePermissions';
import { RequestInvalidError } from './http/validation';

/**
 * A handler sets what a case within their reach concerns, from the configured categories (a category the case
 * already has may stay after the list changed). Locked first, so the unit checked is the unit the change applies to.
 */
export function categoriseCase(db: Database, reference: string, categories: readonly string[], reader: Reader, configured: readonly string[]): Promise<Case> {
  return db.transaction(async (tx) => {
    const current = await lockCase(tx, (await findCaseForChange(tx, reference)).id);
    if (!withinReadScope(reader.scope, current)) {
      throw new NotAllowedError(`Ärende ${current.reference} hör inte till dina enheter: du kan inte ändra dess kategorier.`);
    }
    const unknown = categories.filter((c) => !configured.includes(c) && !current.categories.includes(c));
    if (unknown.length) throw new RequestInvalidError([{ field: 'categories', message: `välj bland kategorierna: ${configured.join(', ')}` }]);
    return setCaseCategories(tx, current.id, categories, actorOf(reader.agent));
  });
}

import { listCallbacksForCase, type CallbackRequest } from '../callbacks/callbackRequests';
import type { Queryable } from '../db/database';
import { findCaseByReference, type CaseWithHistory } from '../register/findCase';

export interface CaseWithCallbacks extends CaseWithHistory {
  callbacks: CallbackRequest[];
}

/** A case by its reference, with its history and its callbacks (its own, and any it joined). */
export async function findCaseWithCallbacks(db: Queryable, reference: string): Promise<CaseWithCallbacks> {
  const found = await findCaseByReference(db, reference);
  return { ...found, callbacks: await listCallbacksForCase(db, found.case.id) };
}

import { Router } from 'express';
import { z } from 'zod';
import { storableText } from '../../db/storableText';
import type { Queryable } from '../../db/database';
import type { OutboxMessage } from '../../outbox/outboxTypes';
import type { Case } from '../../register/case';
import { RESIDENT_MESSAGE } from '../../register/residentContact';
import { findCaseById } from '../../register/caseLists';
import { findLetter, recordLetterPrinted } from '../../residentMessages/deliveries';
import { DEFAULT_RESIDENT_MESSAGE_SETTINGS } from '../../residentMessages/residentMessageTypes';
import { CaseStateError } from '../../register/caseStateError';
import { NotFoundError } from '../agentErrors';
import { actorOf, PERMISSION } from '../agentTypes';
import { AGENT_API } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { changeContactAddress, checkedAccess, messageResident } from '../caseWork';
import { requirePermission } from '../http/agentAuth';
import { readerOf } from '../http/reader';
import { parseWith } from '../http/validation';
import { referenceParams } from './apiParams';

const messageSchema = z.object({
  message: z.enum([RESIDENT_MESSAGE.news, RESIDENT_MESSAGE.answer], 'välj besked eller svar'),
  text: storableText('skriv texten till invånaren').trim().min(1, 'skriv texten till invånaren').max(8000, 'texten får vara högst 8000 tecken'),
});
const addressSchema = z.object({
  address: storableText('skriv postadressen').trim().min(1, 'skriv postadressen: gata och nummer, postnummer och ort').max(500, 'adressen får vara högst 500 tecken'),
});
export const letterIdParams = z.object({ id: z.coerce.number('ange brevets nummer').int().positive().max(2 ** 31 - 1) });

/** A letter and the case it answers; NotFoundError when there is no such letter. */
export async function letterWithCase(db: Queryable, id: number): Promise<{ letter: OutboxMessage; case: Case }> {
  const letter = await findLetter(db, id);
  const c = letter?.caseId ? await findCaseById(db, letter.caseId) : null;
  if (!letter || !c) throw new NotFoundError(`Det finns inget brev nummer ${id}.`);
  return { letter, case: c };
}

/** News and the answer to the resident, their postal address, and letters marked printed. */
export function residentMessagesApi({ db, clock, calendar, residentMessages }: AgentWorkspaceParts): Router {
  const router = Router();
  const read = requirePermission(PERMISSION.readCases);
  const settings = residentMessages ?? DEFAULT_RESIDENT_MESSAGE_SETTINGS;

  router.post(AGENT_API.caseResidentMessages, read, async (req, res) => {
    const { reference } = parseWith(referenceParams, req.params);
    const request = parseWith(messageSchema, req.body);
    const queued = await messageResident(db, reference, request, await readerOf(db, res), { settings, calendar, now: clock() });
    res.status(201).json({ queued });
  });
  router.post(AGENT_API.caseContactAddress, read, async (req, res) => {
    const { reference } = parseWith(referenceParams, req.params);
    const { address } = parseWith(addressSchema, req.body);
    res.json({ case: await changeContactAddress(db, reference, address, await readerOf(db, res)) });
  });
  router.post(AGENT_API.letterPrinted, read, async (req, res) => {
    const { id } = parseWith(letterIdParams, req.params);
    const { case: c } = await letterWithCase(db, id);
    const reader = await readerOf(db, res);
    await checkedAccess(db, reader, c, 'read');
    if (!(await recordLetterPrinted(db, id, actorOf(reader.agent), clock()))) {
      throw new CaseStateError(c.reference, `Brev ${id} är redan markerat som utskrivet.`);
    }
    res.json({ printed: id, reference: c.reference });
  });
  return router;
}

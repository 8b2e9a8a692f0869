import { Router } from 'express';
import { findCaseById } from '../../register/caseLists';
import { lettersToPrint } from '../../residentMessages/deliveries';
import { DEFAULT_RESIDENT_MESSAGE_SETTINGS } from '../../residentMessages/residentMessageTypes';
import { PERMISSION } from '../agentTypes';
import { AGENT_ROUTE } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { letterIdParams, letterWithCase } from '../api/residentMessagesApi';
import { checkedAccess } from '../caseWork';
import { mayRead } from '../casePermissions';
import { requirePermission, sessionOf } from '../http/agentAuth';
import { readerOf } from '../http/reader';
import { parseWith } from '../http/validation';
import { letterPage, lettersPage, type LetterToPrint } from '../pages/letterPages';

/** Letters to residents: the list to print, and one letter as an A4 page (its reading logged like the case's). */
export function letterPageRoutes({ db, clock, residentMessages }: AgentWorkspaceParts): Router {
  const router = Router();
  const read = requirePermission(PERMISSION.readCases);
  router.get(AGENT_ROUTE.letters, read, async (_req, res) => {
    const reader = await readerOf(db, res);
    const shown: LetterToPrint[] = [];
    for (const letter of await lettersToPrint(db)) {
      const c = letter.caseId === null ? null : await findCaseById(db, letter.caseId);
      if (c && mayRead(reader, c)) shown.push({ letter, reference: c.reference });
    }
    res.type('html').send(lettersPage(sessionOf(res), shown));
  });
  router.get(AGENT_ROUTE.letter, read, async (req, res) => {
    const { letter, case: c } = await letterWithCase(db, parseWith(letterIdParams, req.params).id);
    await checkedAccess(db, await readerOf(db, res), c, 'read');
    res.type('html').send(letterPage(sessionOf(res), { letter, reference: c.reference }, residentMessages ?? DEFAULT_RESIDENT_MESSAGE_SETTINGS, clock()));
  });
  return router;
}

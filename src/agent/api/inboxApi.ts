import { Router } from 'express';
import { z } from 'zod';
import { storableText } from '../../db/storableText';
import { searchCases } from '../../register/caseSearch';
import { readInbox } from '../../register/inbox';
import { MAX_SEARCH_LENGTH } from '../../register/searchTerms';
import { PERMISSION } from '../agentTypes';
import { AGENT_API } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { categoriseCase } from '../caseCategorising';
import { logSearchHits } from '../searchLogging';
import { requirePermission } from '../http/agentAuth';
import { readerOf } from '../http/reader';
import { parseWith } from '../http/validation';
import { inboxFormSchema, inboxQueryOf } from '../inboxQuery';
import { referenceParams } from './apiParams';

const searchQuery = z.object({ q: storableText('skriv vad du söker').max(MAX_SEARCH_LENGTH, `högst ${MAX_SEARCH_LENGTH} tecken`) });
const categoriesBody = z.object({
  categories: z.array(storableText().trim().min(1, 'en kategori kan inte vara tom').max(60, 'välj en kategori ur listan'), 'skicka kategorierna som en lista').max(20, 'högst 20 kategorier'),
});

/** The inbox and search as JSON (the same scope as the pages), and a case's categories set by its handler. */
export function inboxApi({ db, calendar, caseCategories }: AgentWorkspaceParts): Router {
  const router = Router();
  const read = requirePermission(PERMISSION.readCases);
  const handle = requirePermission(PERMISSION.handleCases);

  router.get(AGENT_API.inbox, read, async (req, res) => {
    const query = inboxQueryOf(parseWith(inboxFormSchema, req.query), calendar, caseCategories);
    res.json(await readInbox(db, (await readerOf(db, res)).scope, query));
  });
  router.get(AGENT_API.search, read, async (req, res) => {
    const { q } = parseWith(searchQuery, req.query);
    const reader = await readerOf(db, res);
    const result = await searchCases(db, reader.scope, q);
    await logSearchHits(db, reader, result);
    res.json(result);
  });
  router.post(AGENT_API.caseCategories, handle, async (req, res) => {
    const { reference } = parseWith(referenceParams, req.params);
    const { categories } = parseWith(categoriesBody, req.body);
    res.json({ case: await categoriseCase(db, reference, categories, await readerOf(db, res), caseCategories) });
  });
  return router;
}

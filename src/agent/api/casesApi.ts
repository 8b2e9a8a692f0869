import { Router } from 'express';
import { z } from 'zod';
import { CASE_LIST_LIMIT, listIncompleteCases, listOverdueCases, OVERDUE_PAGE_SIZE } from '../../register/caseLists';
import { storableText } from '../../db/storableText';
import { HANDLING_STATUSES } from '../../register/caseHandling';
import { PERMISSION } from '../agentTypes';
import { AGENT_API } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { caseDetailsFromForm, caseFormSchema } from '../caseForm';
import { addNote, assessCase, changeStatus, closeIncomplete, completeIncompleteCase, findReadableCase, flagCaseSerious, openCase, reroute } from '../caseWork';
import { requirePermission } from '../http/agentAuth';
import { readerOf } from '../http/reader';
import { blankAsNull, optionalText, parseWith } from '../http/validation';
import { unitId } from '../../organisation/unitSchemas';
import { ASSESSMENT_DECISIONS, LEX_LAWS } from '../../register/caseAssessment';
import { listSeriousCases, type SeriousCase } from '../../register/seriousCases';
import type { ReadScope } from '../../register/readScope';
import type { Queryable } from '../../db/database';
import { referenceParams } from './apiParams';


const optionalUnitId = z.preprocess(blankAsNull, unitId('välj en enhet ur listan').nullable().default(null));
const statusChangeSchema = z.object({
  to: z.enum(HANDLING_STATUSES, `must be one of ${HANDLING_STATUSES.join(', ')}`),
  unitId: optionalUnitId,
  measures: optionalText(8000),
  answer: optionalText(8000),
});
const closureSchema = z.object({ reason: storableText('give the reason for closing').trim().min(1, 'give the reason for closing').max(2000) });
const rerouteSchema = z.object({
  unitId: unitId('välj den enhet som ska ha ärendet'),
  reason: storableText('skriv varför ärendet flyttas').trim().min(1, 'skriv varför ärendet flyttas').max(2000),
});
const noteSchema = z.object({ note: storableText('write the note').trim().min(1, 'write the note').max(8000) });
const flagSchema = z.object({ reason: optionalText(2000) });
const assessmentBody = z.object({
  law: z.enum(LEX_LAWS, 'välj Lex Sarah eller Lex Maria'),
  decision: z.enum(ASSESSMENT_DECISIONS, 'välj vad bedömningen kom fram till'),
  reference: optionalText(100),
});
/** The serious list, a page at a time; `alla` shows the assessed too. */
export const seriousListQuery = z.object({
  visa: z.enum(['obedomda', 'alla'], 'visa must be obedomda or alla').default('obedomda'),
  sida: z.coerce.number({ error: 'sida must be a page number from 1' }).int('sida must be a page number from 1').min(1, 'sida must be a page number from 1').max(10_000, 'sida must be at most 10000').default(1),
});
export const SERIOUS_PAGE_SIZE = 50;

/** One page of the serious list as the query asks for it, within what the reader may read. */
export function seriousCasesPage(db: Queryable, scope: ReadScope, query: z.output<typeof seriousListQuery>): Promise<SeriousCase[]> {
  return listSeriousCases(db, scope, { unassessedOnly: query.visa === 'obedomda', limit: SERIOUS_PAGE_SIZE, offset: (query.sida - 1) * SERIOUS_PAGE_SIZE });
}
export const pageQuery = z.object({ page: z.coerce.number('sidan ska vara ett nummer').int('sidan ska vara ett heltal').min(1, 'sidorna börjar på 1').max(100_000, 'så många sidor finns inte').default(1) });
const findQuery = z.object({ reference: storableText('give a case number').trim().min(1, 'give a case number').max(30) });

/** Finding and following cases: read by every role; changed by the roles casePermissions allows. */
export function casesApi({ db, clock, calendar, followUp }: AgentWorkspaceParts): Router {
  const router = Router();
  const intake = requirePermission(PERMISSION.intake);
  const read = requirePermission(PERMISSION.readCases);

  router.get(AGENT_API.cases, read, async (req, res) => {
    const { reference } = parseWith(findQuery, req.query);
    const reader = await readerOf(db, res);
    res.json(await openCase(db, await findReadableCase(db, reference, reader), reader));
  });
  router.get(AGENT_API.incompleteCases, intake, async (_req, res) => {
    res.json({ cases: await listIncompleteCases(db, (await readerOf(db, res)).scope), limit: CASE_LIST_LIMIT });
  });
  router.get(AGENT_API.overdueCases, read, async (req, res) => {
    const { page } = parseWith(pageQuery, req.query);
    res.json({ cases: await listOverdueCases(db, (await readerOf(db, res)).scope, page), limit: OVERDUE_PAGE_SIZE, page });
  });
  router.get(AGENT_API.seriousCases, read, async (req, res) => {
    const query = parseWith(seriousListQuery, req.query);
    const cases = await seriousCasesPage(db, (await readerOf(db, res)).scope, query);
    res.json({ cases, page: query.sida, pageSize: SERIOUS_PAGE_SIZE });
  });
  router.get(AGENT_API.case, read, async (req, res) => {
    res.json(await openCase(db, parseWith(referenceParams, req.params).reference, await readerOf(db, res)));
  });

  router.post(AGENT_API.completeCase, intake, async (req, res) => {
    const { reference } = parseWith(referenceParams, req.params);
    const form = parseWith(caseFormSchema, req.body);
    res.json(await completeIncompleteCase(db, reference, caseDetailsFromForm(form, clock(), calendar), await readerOf(db, res), followUp));
  });
  router.post(AGENT_API.closeIncompleteCase, intake, async (req, res) => {
    const { reference } = parseWith(referenceParams, req.params);
    const { reason } = parseWith(closureSchema, req.body);
    res.json({ case: await closeIncomplete(db, reference, reason, await readerOf(db, res)) });
  });
  router.post(AGENT_API.caseStatus, read, async (req, res) => {
    const { reference } = parseWith(referenceParams, req.params);
    const change = parseWith(statusChangeSchema, req.body);
    res.json({ case: await changeStatus(db, reference, change, await readerOf(db, res)) });
  });
  router.post(AGENT_API.flagSerious, read, async (req, res) => {
    const { reference } = parseWith(referenceParams, req.params);
    const { reason } = parseWith(flagSchema, req.body);
    res.json({ case: await flagCaseSerious(db, reference, reason, await readerOf(db, res), followUp) });
  });
  router.post(AGENT_API.caseAssessment, read, async (req, res) => {
    const { reference } = parseWith(referenceParams, req.params);
    const input = parseWith(assessmentBody, req.body);
    res.json({ assessment: await assessCase(db, reference, input, await readerOf(db, res), clock()) });
  });
  router.post(AGENT_API.caseNotes, read, async (req, res) => {
    const { reference } = parseWith(referenceParams, req.params);
    const { note: text } = parseWith(noteSchema, req.body);
    res.status(201).json({ case: await addNote(db, reference, text, await readerOf(db, res)) });
  });
  router.post(AGENT_API.caseUnit, read, async (req, res) => {
    const { reference } = parseWith(referenceParams, req.params);
    res.json({ case: await reroute(db, reference, parseWith(rerouteSchema, req.body), await readerOf(db, res)) });
  });
  return router;
}

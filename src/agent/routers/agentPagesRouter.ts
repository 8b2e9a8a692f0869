import path from 'node:path';
import express, { Router, type ErrorRequestHandler } from 'express';
import { listAttemptsForCallback } from '../../callbacks/callbackOutcomes';
import { countOpenCallbacks, findQueuedCallback, listCallbackQueue } from '../../callbacks/callbackQueue';
import { listIncompleteCases, listOverdueCases } from '../../register/caseLists';
import { answersToGiveByCallback } from '../../register/residentContact';
import { CASE_STATUS } from '../../domain';
import { CaseNotFoundError } from '../../register/errors';
import { findCaseByReference, normaliseReference } from '../../register/findCase';
import { listAccountEvents } from '../accountEvents';
import { findAgent, listAgents } from '../agentStore';
import { NotFoundError } from '../agentErrors';
import { AGENT_PAGE_PREFIX, AGENT_ROUTE, pathTo } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { prefillFromCall } from '../caseFormValues';
import { checkedAccess, findReadableCase, openCase } from '../caseWork';
import { readerOf } from '../http/reader';
import { unitsOfAccounts } from '../../organisation/memberships';
import { listUnits, unitsById } from '../../organisation/units';
import { organisationPageRoutes } from './organisationPageRoutes';
import { letterPageRoutes } from './letterPageRoutes';
import { personalDataPageRoutes } from './personalDataPageRoutes';
import { releaseCopyRoutes } from './releaseCopyRoutes';
import { analysisPageRoutes } from './analysisPageRoutes';
import { loginLockStates } from '../loginThrottle';
import { accountPage } from '../pages/accountPage';
import { accountsPage } from '../pages/accountsPage';
import { callbackPage, queuePage } from '../pages/callbackPages';
import { callsPage, finishCallPage, newCasePage } from '../pages/callsPages';
import { casePage } from '../pages/casePage';
import { overduePage } from '../pages/caseListPages';
import type { PageSession } from '../pages/layout';
import { inboxPage } from '../pages/inboxPage';
import { searchPage } from '../pages/searchPage';
import { countInbox, readInbox } from '../../register/inbox';
import { searchCases } from '../../register/caseSearch';
import { logSearchHits } from '../searchLogging';
import { mayCategorise } from '../casePermissions';
import { inboxFormSchema, inboxQueryOf } from '../inboxQuery';
import { pageQuery } from '../api/casesApi';
import { workEventsRoute } from '../http/workEventsRoute';
import { AGENT_ROLE, mayDo, PERMISSION } from '../agentTypes';
import { errorPage } from '../pages/errorPage';
import { incompletePage } from '../pages/incompletePage';
import { linePage, lineTakenPage } from '../pages/linePage';
import { latestTakenBy, listLine } from '../../customerService/queueCallers';
import { homeOf } from '../pages/layout';
import { findTransferredCall, listCallsToFinish } from '../../conversation/transferredCalls';
import { callbackIdParams, callSidParams, referenceParams, usernameParams } from '../api/apiParams';
import { amendSession, loadAgentSession, optionalSessionOf, requirePageSession, requirePermission, sessionOf } from '../http/agentAuth';
import { answerFor } from '../http/errorMapping';
import { caseAttachmentRoute } from '../http/caseAttachmentRoute';
import { caseRecordingRoute } from '../http/caseRecordingRoute';
import { loginRoutes } from './loginRoutes';
import { SERIOUS_PAGE_SIZE, seriousCasesPage, seriousListQuery } from '../api/casesApi';
import { seriousListPage } from '../pages/seriousPages';
import { parseWith } from '../http/validation';
import { isNoticeCode, NOTICE_PARAM } from '../messages';

const ASSETS_DIR = path.join(__dirname, '..', 'assets');

/** The workspace's pages under /agent, rendered on the server; their forms call the JSON API. */
export function agentPagesRouter(parts: AgentWorkspaceParts): Router {
  const { db, callbackPolicy, calendar, clock } = parts;
  const router = Router();
  router.use(AGENT_ROUTE.assets, express.static(ASSETS_DIR, { index: false, fallthrough: false }));
  router.use(loginRoutes(parts));
  // Before the pages' guard: a player's request without a session gets 401, not a redirect to the login page.
  router.get(AGENT_ROUTE.caseRecording, loadAgentSession(db, parts.secureCookies), caseRecordingRoute(db, parts.recordListen));

  const pages = Router();
  pages.use(AGENT_PAGE_PREFIX, loadAgentSession(db, parts.secureCookies), requirePageSession);
  const send = (res: express.Response, body: string) => res.type('html').send(body);
  const intake = requirePermission(PERMISSION.intake);
  const read = requirePermission(PERMISSION.readCases);
  const callbacks = requirePermission(PERMISSION.callbacks);

  pages.get(AGENT_ROUTE.events, workEventsRoute(parts.workNotices));
  // A handler's menu shows how many cases wait in their inbox, on every page.
  pages.use(AGENT_PAGE_PREFIX, async (req, res, next) => {
    const session = sessionOf(res);
    if (req.method === 'GET' && session.agent.role === AGENT_ROLE.handler) {
      const counts = await countInbox(db, (await readerOf(db, res)).scope);
      amendSession<PageSession>(res, { ...session, menuCounts: { inbox: counts.open, serious: counts.serious } });
    }
    next();
  });
  // ?klart=<code> after a form did its work: the page confirms it (a known code only, never text from the URL).
  pages.use(AGENT_PAGE_PREFIX, (req, res, next) => {
    const notice = req.query[NOTICE_PARAM];
    if (req.method === 'GET' && isNoticeCode(notice)) amendSession<PageSession>(res, { ...(sessionOf(res) as PageSession), notice });
    next();
  });

  pages.get(AGENT_ROUTE.home, (_req, res) => res.redirect(303, homeOf(sessionOf(res))));
  pages.get(AGENT_ROUTE.calls, intake, async (_req, res) => send(res, callsPage(sessionOf(res), await listCallsToFinish(db))));
  pages.get(AGENT_ROUTE.finishCall, intake, async (req, res) => {
    const { callSid } = parseWith(callSidParams, req.params);
    const call = await findTransferredCall(db, callSid);
    if (!call) throw new NotFoundError(`No call ${callSid} was handed to customer service.`, { code: 'samtalet-finns-inte' });
    // A call is finished once: a second visit shows the case it became.
    if (call.caseReference && call.caseStatus !== CASE_STATUS.incomplete) return res.redirect(303, pathTo(AGENT_ROUTE.case, { reference: call.caseReference }));
    send(res, finishCallPage(sessionOf(res), call, prefillFromCall(call), await listUnits(db, { activeOnly: true })));
  });
  pages.get(AGENT_ROUTE.newCase, intake, async (_req, res) => send(res, newCasePage(sessionOf(res), await listUnits(db, { activeOnly: true }))));
  pages.get(AGENT_ROUTE.incomplete, intake, async (_req, res) => {
    // A transferred call's incomplete case is finished from the calls list: listed once, there, not here too.
    const onCallsList = new Set((await listCallsToFinish(db)).map((call) => call.caseId));
    const incomplete = await listIncompleteCases(db, (await readerOf(db, res)).scope);
    send(res, incompletePage(sessionOf(res), incomplete.filter((c) => !onCallsList.has(c.id))));
  });

  pages.get(AGENT_ROUTE.line, callbacks, async (_req, res) => send(res, linePage(sessionOf(res), await listLine(db, parts.clock()), parts.clock())));
  pages.get(AGENT_ROUTE.lineTaken, callbacks, async (req, res) => {
    const since = new Date(typeof req.query.since === 'string' ? req.query.since : '');
    const taken = Number.isNaN(since.getTime()) ? null : await latestTakenBy(db, sessionOf(res).agent.username, since);
    if (taken) return res.redirect(303, pathTo(AGENT_ROUTE.finishCall, { callSid: taken.callSid }));
    send(res, lineTakenPage(sessionOf(res)));
  });
  pages.get(AGENT_ROUTE.callbacks, callbacks, async (_req, res) => {
    send(res, queuePage(sessionOf(res), await listCallbackQueue(db, callbackPolicy), await countOpenCallbacks(db)));
  });
  pages.get(AGENT_ROUTE.callback, callbacks, async (req, res) => {
    const { id } = parseWith(callbackIdParams, req.params);
    const callback = await findQueuedCallback(db, id, callbackPolicy);
    if (!callback) throw new NotFoundError(`There is no callback number ${id}.`, { code: 'aterringningen-finns-inte', params: { id } });
    send(res, callbackPage(sessionOf(res), callback, await listAttemptsForCallback(db, id), callbackPolicy.claimMinutes, await answersToGiveByCallback(db, id)));
  });

  pages.get(AGENT_ROUTE.inbox, read, async (req, res) => {
    const form = parseWith(inboxFormSchema, req.query);
    const inbox = await readInbox(db, (await readerOf(db, res)).scope, inboxQueryOf(form, calendar, parts.caseCategories));
    const reach = { admin: 'Alla enheter', agent: 'Alla enheter (utom sekretess)', handler: 'Dina enheter och enheterna under dem', analyst: 'Inga ärenden' }[sessionOf(res).agent.role];
    send(res, inboxPage(sessionOf(res), {
      inbox, form, reach, categories: parts.caseCategories, calendar, now: clock(),
      units: await unitsById(db),
    }));
  });

  pages.get(AGENT_ROUTE.findCase, read, async (req, res) => {
    if (typeof req.query.q === 'string') {
      const text = req.query.q.slice(0, 200);
      const reader = await readerOf(db, res);
      const result = await searchCases(db, reader.scope, text);
      // Sending the form with a whole case number opens that case; while typing (agent.js) the list is shown.
      const exact = req.query.typing === undefined ? result.hits.find((h) => h.case.reference === normaliseReference(text)) : undefined;
      if (exact) return res.redirect(303, pathTo(AGENT_ROUTE.case, { reference: exact.case.reference }));
      await logSearchHits(db, reader, result);
      return send(res, searchPage(sessionOf(res), { text, result }));
    }
    const reference = typeof req.query.reference === 'string' ? req.query.reference.trim().slice(0, 30) : '';
    if (!reference) return send(res, searchPage(sessionOf(res), { text: '', result: null }));
    const normalised = normaliseReference(reference);
    try {
      if (!normalised) throw new CaseNotFoundError(reference);
      // A case outside the reader's reach is not found by a search (opening it by its address is refused instead).
      res.redirect(303, pathTo(AGENT_ROUTE.case, { reference: await findReadableCase(db, normalised, await readerOf(db, res)) }));
    } catch (err) {
      if (!(err instanceof CaseNotFoundError)) throw err;
      res.status(404);
      send(res, searchPage(sessionOf(res), { text: reference, result: null, notFound: reference }));
    }
  });
  pages.get(AGENT_ROUTE.case, read, async (req, res) => {
    const { reference } = parseWith(referenceParams, req.params);
    const normalised = normaliseReference(reference);
    if (normalised && normalised !== reference) return res.redirect(303, pathTo(AGENT_ROUTE.case, { reference: normalised }));
    const reader = await readerOf(db, res);
    const view = await openCase(db, reference, reader);
    const categoryChoices = mayCategorise(reader, view.case) ? parts.caseCategories : null;
    send(res, casePage(sessionOf(res), view, reader, await listUnits(db, { activeOnly: true }), { categoryChoices }));
  });
  pages.get(AGENT_ROUTE.caseAttachment, read, caseAttachmentRoute(db));
  pages.get(AGENT_ROUTE.serious, read, async (req, res) => {
    const query = parseWith(seriousListQuery, req.query);
    const cases = await seriousCasesPage(db, (await readerOf(db, res)).scope, query);
    send(res, seriousListPage(sessionOf(res), { cases, showAll: query.visa === 'alla', page: query.sida, pageSize: SERIOUS_PAGE_SIZE }));
  });
  pages.get(AGENT_ROUTE.overdue, read, async (req, res) => {
    const { page } = parseWith(pageQuery, req.query);
    send(res, overduePage(sessionOf(res), await listOverdueCases(db, (await readerOf(db, res)).scope, page), await unitsById(db), page));
  });
  const accounts = requirePermission(PERMISSION.accounts);
  pages.get(AGENT_ROUTE.accounts, accounts, async (_req, res) => {
    const agents = await listAgents(db);
    const units = { ofAccount: await unitsOfAccounts(db), active: await listUnits(db, { activeOnly: true }) };
    send(res, accountsPage(sessionOf(res), agents, await loginLockStates(db, agents.map((a) => a.username)), units));
  });
  pages.get(AGENT_ROUTE.account, accounts, async (req, res) => {
    const { username } = parseWith(usernameParams, req.params);
    const agent = await findAgent(db, username);
    if (!agent) throw new NotFoundError(`Det finns inget konto som heter ${username}.`);
    const locks = await loginLockStates(db, [agent.username]);
    send(res, accountPage(sessionOf(res), agent, locks.get(agent.username), await listAccountEvents(db, agent.id), (await unitsOfAccounts(db)).get(agent.id) ?? []));
  });

  pages.use(organisationPageRoutes(db, parts.disposalLog));
  pages.use(letterPageRoutes(parts));
  pages.use(personalDataPageRoutes(db, clock));
  pages.use(releaseCopyRoutes(db));
  pages.use(analysisPageRoutes(db, clock));

  pages.use(AGENT_PAGE_PREFIX, () => {
    throw new NotFoundError('There is no such page in the workspace.', { code: 'sidan-finns-inte' });
  });

  router.use(pages);
  router.use(AGENT_PAGE_PREFIX, pageErrors);
  return router;
}

/** Errors a person can act on become a page that says so, in Swedish, with the status code to match. */
const pageErrors: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  const answer = answerFor(err);
  if (!answer || res.headersSent) return next(err);
  res.status(answer.status).type('html').send(errorPage(optionalSessionOf(res), answer));
};

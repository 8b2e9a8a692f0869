import path from 'node:path';
import express, { Router, type ErrorRequestHandler } from 'express';
import { listAttemptsForCallback } from '../../callbacks/callbackOutcomes';
import { countOpenCallbacks, findQueuedCallback, listCallbackQueue } from '../../callbacks/callbackQueue';
import { listIncompleteCases, listOverdueCases } from '../../register/caseLists';
import { CASE_STATUS } from '../../domain';
import { CaseNotFoundError } from '../../register/errors';
import { normaliseReference } from '../../register/findCase';
import { listAccountEvents } from '../accountEvents';
import { findAgent, listAgents } from '../agentStore';
import { NotFoundError } from '../agentErrors';
import { AGENT_PAGE_PREFIX, AGENT_ROUTE, pathTo } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { prefillFromCall } from '../caseFormValues';
import { overdueScope } from '../casePermissions';
import { loadCaseView } from '../caseWork';
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
import { withinReadScope } from '../../register/readScope';
import { unitNamesById } from '../../organisation/unitNames';
import { inboxFormSchema, inboxQueryOf } from '../inboxQuery';
import { pageQuery } from '../api/casesApi';
import { scopeOfRequest } from '../http/requestScope';
import { workEventsRoute } from '../http/workEventsRoute';
import { AGENT_ROLE, mayDo, PERMISSION } from '../agentTypes';
import { errorPage } from '../pages/errorPage';
import { incompletePage } from '../pages/incompletePage';
import { homeOf } from '../pages/layout';
import { findTransferredCall, listCallsToFinish } from '../../conversation/transferredCalls';
import { callbackIdParams, callSidParams, referenceParams, usernameParams } from '../api/apiParams';
import { amendSession, loadAgentSession, optionalSessionOf, requirePageSession, requirePermission, sessionOf } from '../http/agentAuth';
import { answerFor } from '../http/errorMapping';
import { caseAttachmentRoute } from '../http/caseAttachmentRoute';
import { loginRoutes } from './loginRoutes';
import { parseWith } from '../http/validation';

const ASSETS_DIR = path.join(__dirname, '..', 'assets');

/** The workspace's pages under /agent, rendered on the server; their forms call the JSON API. */
export function agentPagesRouter(parts: AgentWorkspaceParts): Router {
  const { db, callbackPolicy, calendar, clock } = parts;
  const router = Router();
  router.use(AGENT_ROUTE.assets, express.static(ASSETS_DIR, { index: false, fallthrough: false }));
  router.use(loginRoutes(parts));

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
      const counts = await countInbox(db, await scopeOfRequest(db, res));
      amendSession<PageSession>(res, { ...session, menuCounts: { inbox: counts.open, serious: counts.serious } });
    }
    next();
  });

  pages.get(AGENT_ROUTE.home, (_req, res) => res.redirect(303, homeOf(sessionOf(res))));
  pages.get(AGENT_ROUTE.calls, intake, async (_req, res) => send(res, callsPage(sessionOf(res), await listCallsToFinish(db))));
  pages.get(AGENT_ROUTE.finishCall, intake, async (req, res) => {
    const { callSid } = parseWith(callSidParams, req.params);
    const call = await findTransferredCall(db, callSid);
    if (!call) throw new NotFoundError(`No call ${callSid} was handed to customer service.`);
    // A call is finished once: a second visit shows the case it became.
    if (call.caseReference && call.caseStatus !== CASE_STATUS.incomplete) return res.redirect(303, pathTo(AGENT_ROUTE.case, { reference: call.caseReference }));
    send(res, finishCallPage(sessionOf(res), call, prefillFromCall(call)));
  });
  pages.get(AGENT_ROUTE.newCase, intake, (_req, res) => send(res, newCasePage(sessionOf(res))));
  pages.get(AGENT_ROUTE.incomplete, intake, async (_req, res) => send(res, incompletePage(sessionOf(res), await listIncompleteCases(db))));

  pages.get(AGENT_ROUTE.callbacks, callbacks, async (_req, res) =>
    send(res, queuePage(sessionOf(res), await listCallbackQueue(db, callbackPolicy), await countOpenCallbacks(db))),
  );
  pages.get(AGENT_ROUTE.callback, callbacks, async (req, res) => {
    const { id } = parseWith(callbackIdParams, req.params);
    const callback = await findQueuedCallback(db, id, callbackPolicy);
    if (!callback) throw new NotFoundError(`There is no callback number ${id}.`);
    send(res, callbackPage(sessionOf(res), callback, await listAttemptsForCallback(db, id)));
  });

  pages.get(AGENT_ROUTE.inbox, read, async (req, res) => {
    const form = parseWith(inboxFormSchema, req.query);
    const inbox = await readInbox(db, await scopeOfRequest(db, res), inboxQueryOf(form, calendar, parts.caseCategories));
    const reach = { admin: 'Alla enheter', agent: 'Alla enheter (utom sekretess)', handler: 'Dina enheter och enheterna under dem' }[sessionOf(res).agent.role];
    send(res, inboxPage(sessionOf(res), {
      inbox, form, reach, categories: parts.caseCategories, calendar, now: clock(),
      unitNames: await unitNamesById(db, inbox.cases.map((c) => c.unitId)),
    }));
  });

  pages.get(AGENT_ROUTE.findCase, read, async (req, res) => {
    if (typeof req.query.q === 'string') {
      const text = req.query.q.slice(0, 200);
      const result = await searchCases(db, await scopeOfRequest(db, res), text);
      // Sending the form with a whole case number opens that case; while typing (agent.js) the list is shown.
      const exact = req.query.typing === undefined ? result.hits.find((h) => h.case.reference === normaliseReference(text)) : undefined;
      if (exact) return res.redirect(303, pathTo(AGENT_ROUTE.case, { reference: exact.case.reference }));
      return send(res, searchPage(sessionOf(res), { text, result }));
    }
    const reference = typeof req.query.reference === 'string' ? req.query.reference.trim().slice(0, 30) : '';
    if (!reference) return send(res, searchPage(sessionOf(res), { text: '', result: null }));
    const normalised = normaliseReference(reference);
    try {
      if (!normalised) throw new CaseNotFoundError(reference);
      await loadCaseView(db, normalised);
      res.redirect(303, pathTo(AGENT_ROUTE.case, { reference: normalised }));
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
    const view = await loadCaseView(db, reference);
    const agent = sessionOf(res).agent;
    const mayCategorise = mayDo(agent, PERMISSION.handleCases) && view.case.status !== CASE_STATUS.closed && withinReadScope(await scopeOfRequest(db, res), view.case);
    send(res, casePage(sessionOf(res), view, { categoryChoices: mayCategorise ? parts.caseCategories : null }));
  });
  pages.get(AGENT_ROUTE.caseAttachment, read, caseAttachmentRoute(db));
  pages.get(AGENT_ROUTE.overdue, read, async (req, res) => {
    const unit = overdueScope(sessionOf(res).agent);
    const { page } = parseWith(pageQuery, req.query);
    send(res, overduePage(sessionOf(res), await listOverdueCases(db, unit, page), unit, page));
  });
  const accounts = requirePermission(PERMISSION.accounts);
  pages.get(AGENT_ROUTE.accounts, accounts, async (_req, res) => {
    const agents = await listAgents(db);
    send(res, accountsPage(sessionOf(res), agents, await loginLockStates(db, agents.map((a) => a.username))));
  });
  pages.get(AGENT_ROUTE.account, accounts, async (req, res) => {
    const { username } = parseWith(usernameParams, req.params);
    const agent = await findAgent(db, username);
    if (!agent) throw new NotFoundError(`Det finns inget konto som heter ${username}.`);
    const locks = await loginLockStates(db, [agent.username]);
    send(res, accountPage(sessionOf(res), agent, locks.get(agent.username), await listAccountEvents(db, agent.id)));
  });

  pages.use(AGENT_PAGE_PREFIX, () => {
    throw new NotFoundError('There is no such page in the workspace.');
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

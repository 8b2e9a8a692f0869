import express, { Router, type ErrorRequestHandler } from 'express';
import { accountsApi } from '../api/accountsApi';
import { callbacksApi } from '../api/callbacksApi';
import { callsApi } from '../api/callsApi';
import { lineApi } from '../api/lineApi';
import { casesApi } from '../api/casesApi';
import { residentMessagesApi } from '../api/residentMessagesApi';
import { organisationApi } from '../api/organisationApi';
import { inboxApi } from '../api/inboxApi';
import { AGENT_API, AGENT_API_PREFIX } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { loadAgentSession, requireApiSession, requireCsrfToken, sessionOf } from '../http/agentAuth';
import { answerFor } from '../http/errorMapping';

/** The JSON API under /api/agent: a session (401 without), the CSRF token on every change (403 without), zod on every input. */
export function agentApiRouter(parts: AgentWorkspaceParts): Router {
  const router = Router();
  router.use(AGENT_API_PREFIX, express.json({ limit: '100kb' }), loadAgentSession(parts.db, parts.secureCookies), requireApiSession, requireCsrfToken);
  router.get(AGENT_API.me, (_req, res) => {
    const { agent, csrfToken, expiresAt } = sessionOf(res);
    res.json({ agent, csrfToken, expiresAt });
  });
  router.use(callsApi(parts), inboxApi(parts), casesApi(parts), residentMessagesApi(parts), callbacksApi(parts), lineApi(parts), accountsApi(parts), organisationApi(parts));
  router.use(AGENT_API_PREFIX, apiErrors);
  return router;
}

/** Errors a person can act on become a JSON answer that says what to do; the rest go on to the app's 500. */
const apiErrors: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  const answer = answerFor(err);
  if (!answer || res.headersSent) return next(err);
  const { status, ...body } = answer;
  res.status(status).json(body);
};

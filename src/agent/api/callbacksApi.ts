import { Router } from 'express';
import { z } from 'zod';
import { claimCallback, claimNextCallback, releaseCallback } from '../../callbacks/callbackClaims';
import { recordCallbackOutcome } from '../../callbacks/callbackOutcomes';
import { CALLBACK_OUTCOMES } from '../../callbacks/callbackPolicy';
import { countOpenCallbacks, listCallbackQueue } from '../../callbacks/callbackQueue';
import { PERMISSION } from '../agentTypes';
import { AGENT_API } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { typedPhone } from '../caseForm';
import { callResident } from '../callbackWork';
import { requirePermission, sessionOf } from '../http/agentAuth';
import { optionalText, parseWith } from '../http/validation';
import { callbackIdParams } from './apiParams';

const outcomeSchema = z.object({
  outcome: z.enum(CALLBACK_OUTCOMES, 'choose how the call went'),
  note: optionalText(2000),
});
const callSchema = z.object({ agentPhone: typedPhone });

/** The callback queue: list, claim, release, record the outcome, call from the page. */
export function callbacksApi({ db, callbackPolicy }: AgentWorkspaceParts): Router {
  const router = Router();
  router.use(AGENT_API.callbacks, requirePermission(PERMISSION.callbacks));

  router.get(AGENT_API.callbacks, async (_req, res) => {
    res.json({ callbacks: await listCallbackQueue(db, callbackPolicy), open: await countOpenCallbacks(db) });
  });
  router.post(AGENT_API.claimNextCallback, async (_req, res) => {
    res.json({ callback: await claimNextCallback(db, sessionOf(res).agent.username, callbackPolicy) });
  });
  router.post(AGENT_API.claimCallback, async (req, res) => {
    const { id } = parseWith(callbackIdParams, req.params);
    res.json({ callback: await claimCallback(db, id, sessionOf(res).agent.username, callbackPolicy) });
  });
  router.post(AGENT_API.releaseCallback, async (req, res) => {
    const { id } = parseWith(callbackIdParams, req.params);
    res.json({ callback: await releaseCallback(db, id, sessionOf(res).agent.username) });
  });
  router.post(AGENT_API.callbackOutcome, async (req, res) => {
    const { id } = parseWith(callbackIdParams, req.params);
    const { outcome, note } = parseWith(outcomeSchema, req.body);
    const report = { callbackId: id, agent: sessionOf(res).agent.username, outcome, note };
    res.json({ callback: await recordCallbackOutcome(db, report, callbackPolicy) });
  });
  router.post(AGENT_API.callResident, async (req, res) => {
    const { id } = parseWith(callbackIdParams, req.params);
    const { agentPhone } = parseWith(callSchema, req.body);
    const message = await callResident(db, id, sessionOf(res).agent, agentPhone);
    res.status(202).json({ outbox: { id: message.id, status: message.status } });
  });
  return router;
}

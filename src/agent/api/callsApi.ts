import { Router } from 'express';
import { caseDeadlines } from '../../domain/calendar';
import { PERMISSION } from '../agentTypes';
import { AGENT_API } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { caseDetailsFromForm, caseFormSchema } from '../caseForm';
import { prefillFromCall } from '../caseFormValues';
import { finishCall, registerCaseFromAgent, takeCallFor } from '../finishCall';
import { requirePermission, sessionOf } from '../http/agentAuth';
import { parseWith } from '../http/validation';
import { listCallsToFinish } from '../../conversation/transferredCalls';
import { callSidParams } from './apiParams';

/** After-call work: the calls handed to customer service, and registering a case from a call. */
export function callsApi({ db, clock, calendar, followUp }: AgentWorkspaceParts): Router {
  const router = Router();
  router.use(AGENT_API.calls, requirePermission(PERMISSION.intake));
  router.post(AGENT_API.cases, requirePermission(PERMISSION.intake));

  router.get(AGENT_API.calls, async (_req, res) => {
    const calls = await listCallsToFinish(db);
    res.json({
      calls: calls.map((call) => ({
        callSid: call.callSid,
        callerPhone: call.callerPhone,
        transferredAt: call.transferredAt,
        incompleteCase: call.caseReference,
        prefill: prefillFromCall(call),
      })),
    });
  });

  router.post(AGENT_API.takeCall, async (req, res) => {
    const { callSid } = parseWith(callSidParams, req.params);
    const agent = sessionOf(res).agent;
    await db.transaction((tx) => takeCallFor(tx, callSid, agent));
    res.json({ callSid, takenBy: agent.username });
  });
  router.post(AGENT_API.finishCall, async (req, res) => {
    const { callSid } = parseWith(callSidParams, req.params);
    const form = parseWith(caseFormSchema, req.body);
    const now = clock();
    const registered = await finishCall(db, callSid, caseDetailsFromForm(form, now, calendar), sessionOf(res).agent, caseDeadlines(calendar, now), followUp);
    res.status(201).json(registered);
  });

  router.post(AGENT_API.cases, async (req, res) => {
    const form = parseWith(caseFormSchema, req.body);
    const now = clock();
    const registered = await registerCaseFromAgent(db, caseDetailsFromForm(form, now, calendar), sessionOf(res).agent, caseDeadlines(calendar, now), followUp);
    res.status(201).json(registered);
  });

  return router;
}

import { Router } from 'express';
import { z } from 'zod';
import { listLine } from '../../customerService/queueCallers';
import { PERMISSION } from '../agentTypes';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { typedPhone } from '../caseForm';
import { requirePermission, sessionOf } from '../http/agentAuth';
import { parseWith } from '../http/validation';
import { takeNextCaller } from '../lineWork';

const takeSchema = z.object({ agentPhone: typedPhone });

/** The phone queue: who waits, and "take next caller". */
export function lineApi({ db, callbackPolicy, clock, ringAgent }: AgentWorkspaceParts): Router {
  const router = Router();
  router.use(AGENT_API.line, requirePermission(PERMISSION.callbacks));

  router.get(AGENT_API.line, async (_req, res) => {
    res.json({ line: await listLine(db, clock()) });
  });
  router.post(AGENT_API.takeNextCaller, async (req, res) => {
    const { agentPhone } = parseWith(takeSchema, req.body ?? {});
    const taken = await takeNextCaller(db, { ringAgent, callbackPolicy, now: clock() }, sessionOf(res).agent, agentPhone);
    const next =
      taken.kind === 'caller'
        ? `${AGENT_ROUTE.lineTaken}?since=${encodeURIComponent(taken.since.toISOString())}`
        : taken.kind === 'callback'
          ? pathTo(AGENT_ROUTE.callback, { id: taken.callbackId })
          : null;
    res.status(taken.kind === 'nobody' ? 200 : 202).json({ taken: taken.kind, next });
  });
  return router;
}

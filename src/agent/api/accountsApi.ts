import { Router } from 'express';
import { z } from 'zod';
import { storableText } from '../../db/storableText';
import { createAgent, disableAgent, listAgents } from '../agentStore';
import { AGENT_ROLES, PERMISSION } from '../agentTypes';
import { AGENT_API } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { typedPhone } from '../caseForm';
import { NotAllowedError } from '../agentErrors';
import { requirePermission, sessionOf } from '../http/agentAuth';
import { parseWith } from '../http/validation';
import { usernameParams } from './apiParams';

const newAccountSchema = z.object({
  username: storableText().trim().min(2).max(40),
  role: z.enum(AGENT_ROLES, `must be one of ${AGENT_ROLES.join(', ')}`),
  unit: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), storableText().trim().max(200).nullable().default(null)),
  phone: typedPhone,
  password: storableText().min(1).max(1024),
});

/** Accounts, for admins: the same rules as `npm run agents`. */
export function accountsApi({ db }: AgentWorkspaceParts): Router {
  const router = Router();
  router.use(AGENT_API.accounts, requirePermission(PERMISSION.accounts));
  router.get(AGENT_API.accounts, async (_req, res) => {
    res.json({ accounts: await listAgents(db) });
  });
  router.post(AGENT_API.accounts, async (req, res) => {
    res.status(201).json({ account: await createAgent(db, parseWith(newAccountSchema, req.body)) });
  });
  router.post(AGENT_API.disableAccount, async (req, res) => {
    const { username } = parseWith(usernameParams, req.params);
    if (username.toLowerCase() === sessionOf(res).agent.username) throw new NotAllowedError('You cannot disable your own account.');
    res.json({ account: await disableAgent(db, username) });
  });
  return router;
}

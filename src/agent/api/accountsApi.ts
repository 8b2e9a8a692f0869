import { Router, type Response } from 'express';
import { z } from 'zod';
import { storableText } from '../../db/storableText';
import { createAccount, disableAccount, enableAccount, resetPassword, unlockAccount } from '../accountAdmin';
import { listAgents } from '../agentStore';
import { actorOf, AGENT_ROLES, PERMISSION } from '../agentTypes';
import { AGENT_API } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { typedPhone } from '../caseForm';
import { NotAllowedError } from '../agentErrors';
import { requirePermission, sessionOf } from '../http/agentAuth';
import { blankAsNull, parseWith } from '../http/validation';
import { unitId } from '../../organisation/unitSchemas';
import { usernameParams } from './apiParams';

const newAccountSchema = z.object({
  username: storableText().trim().min(2).max(40),
  role: z.enum(AGENT_ROLES, `must be one of ${AGENT_ROLES.join(', ')}`),
  unitId: z.preprocess(blankAsNull, unitId('välj en enhet ur listan').nullable().default(null)),
  phone: typedPhone,
  password: storableText().min(1).max(1024),
});

const newPasswordSchema = z.object({ password: storableText().min(1).max(1024) });

/** Accounts, for admins: the same rules as `npm run agents`; every change is recorded with the admin's name. */
export function accountsApi({ db, passwords }: AgentWorkspaceParts): Router {
  const router = Router();
  const admin = (res: Response) => actorOf(sessionOf(res).agent);
  router.use(AGENT_API.accounts, requirePermission(PERMISSION.accounts));
  router.get(AGENT_API.accounts, async (_req, res) => {
    res.json({ accounts: await listAgents(db) });
  });
  router.post(AGENT_API.accounts, async (req, res) => {
    res.status(201).json({ account: await createAccount(db, passwords, parseWith(newAccountSchema, req.body), admin(res)) });
  });
  router.post(AGENT_API.disableAccount, async (req, res) => {
    const { username } = parseWith(usernameParams, req.params);
    if (username.toLowerCase() === sessionOf(res).agent.username) throw new NotAllowedError('You cannot disable your own account.', { code: 'eget-konto' });
    res.json({ account: await disableAccount(db, username, admin(res)) });
  });
  router.post(AGENT_API.enableAccount, async (req, res) => {
    const { username } = parseWith(usernameParams, req.params);
    res.json({ account: await enableAccount(db, username, admin(res)) });
  });
  router.post(AGENT_API.unlockAccount, async (req, res) => {
    const { username } = parseWith(usernameParams, req.params);
    res.json({ account: await unlockAccount(db, username, admin(res)) });
  });
  router.post(AGENT_API.accountPassword, async (req, res) => {
    const { username } = parseWith(usernameParams, req.params);
    const { password } = parseWith(newPasswordSchema, req.body);
    res.json({ account: await resetPassword(db, passwords, username, password, admin(res)) });
  });
  return router;
}

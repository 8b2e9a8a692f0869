import { Router } from 'express';
import { z } from 'zod';
import { addMember, removeMember } from '../../organisation/memberships';
import { requireAccount } from '../../organisation/staffAccounts';
import { addRule, listRules, removeRule } from '../../organisation/routingRules';
import { addManager, removeManager } from '../../organisation/unitManagers';
import { memberSchema, newManagerSchema, newRuleSchema, newUnitSchema, parentSchema, unitDetailsSchema, unitId } from '../../organisation/unitSchemas';
import { addUnit, listUnits, setActive, setParent, updateUnit } from '../../organisation/units';
import { PERMISSION } from '../agentTypes';
import { AGENT_API } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { requirePermission } from '../http/agentAuth';
import { parseWith } from '../http/validation';

const unitParams = z.object({ id: unitId('must be a unit number') });
const managerParams = unitParams.extend({ managerId: unitId('must be a manager number') });
const memberParams = unitParams.extend({ username: z.string().trim().min(1).max(40) });
const ruleParams = z.object({ ruleId: unitId('must be a rule number') });
const activeSchema = z.object({ active: z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean('svara true eller false')) });

/** The organisation, for admins: units in their ladder, managers, members and routing rules (as `npm run units`). */
export function organisationApi({ db }: AgentWorkspaceParts): Router {
  const router = Router();
  const admin = requirePermission(PERMISSION.accounts);
  router.get(AGENT_API.units, admin, async (_req, res) => {
    res.json({ units: await listUnits(db), rules: await listRules(db) });
  });
  router.post(AGENT_API.units, admin, async (req, res) => {
    res.status(201).json({ unit: await addUnit(db, parseWith(newUnitSchema, req.body)) });
  });
  router.post(AGENT_API.unitDetails, admin, async (req, res) => {
    const { id } = parseWith(unitParams, req.params);
    res.json({ unit: await updateUnit(db, id, parseWith(unitDetailsSchema, req.body)) });
  });
  router.post(AGENT_API.unitParent, admin, async (req, res) => {
    const { id } = parseWith(unitParams, req.params);
    res.json({ unit: await setParent(db, id, parseWith(parentSchema, req.body).parentId) });
  });
  router.post(AGENT_API.unitActive, admin, async (req, res) => {
    const { id } = parseWith(unitParams, req.params);
    res.json({ unit: await setActive(db, id, parseWith(activeSchema, req.body).active) });
  });
  router.post(AGENT_API.unitManagers, admin, async (req, res) => {
    const { id } = parseWith(unitParams, req.params);
    res.status(201).json({ manager: await addManager(db, id, parseWith(newManagerSchema, req.body)) });
  });
  router.post(AGENT_API.unitManager, admin, async (req, res) => {
    const { id, managerId } = parseWith(managerParams, req.params);
    await removeManager(db, id, managerId);
    res.json({ removed: managerId });
  });
  router.post(AGENT_API.unitMembers, admin, async (req, res) => {
    const { id } = parseWith(unitParams, req.params);
    const account = await requireAccount(db, parseWith(memberSchema, req.body).username);
    await addMember(db, id, account.id);
    res.status(201).json({ member: account });
  });
  router.post(AGENT_API.unitMemberRemoval, admin, async (req, res) => {
    const { id, username } = parseWith(memberParams, req.params);
    const account = await requireAccount(db, username);
    await removeMember(db, id, account.id);
    res.json({ removed: account });
  });
  router.post(AGENT_API.routingRules, admin, async (req, res) => {
    res.status(201).json({ rule: await addRule(db, parseWith(newRuleSchema, req.body)) });
  });
  router.post(AGENT_API.routingRuleRemoval, admin, async (req, res) => {
    const { ruleId } = parseWith(ruleParams, req.params);
    await removeRule(db, ruleId);
    res.json({ removed: ruleId });
  });
  return router;
}

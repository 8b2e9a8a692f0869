import { Router, type Response } from 'express';
import { z } from 'zod';
import { listCaseAccess } from '../../accessLog/caseAccessLog';
import type { Database } from '../../db/database';
import { addDays, instantIn, parseIsoDay, SWEDISH_TIME_ZONE } from '../../domain/calendar';
import { listMergeReport } from '../../organisation/mergeReport';
import { listMembers } from '../../organisation/memberships';
import { listRules } from '../../organisation/routingRules';
import { listManagers } from '../../organisation/unitManagers';
import { unitId } from '../../organisation/unitSchemas';
import { getUnit, listUnits } from '../../organisation/units';
import { findCaseForChange } from '../../register/caseLists';
import { CaseNotFoundError } from '../../register/errors';
import { findAgent, listAgents } from '../agentStore';
import { PERMISSION } from '../agentTypes';
import { AGENT_ROUTE } from '../agentRoutes';
import { requirePermission, sessionOf } from '../http/agentAuth';
import { parseWith } from '../http/validation';
import { accessLogPage, type AccessLogQuery, type AccessLogView } from '../pages/accessLogPage';
import { disposalLogPage, type DisposalLogReader } from '../pages/disposalLogPage';
import { ERROR_MESSAGE } from '../messages';
import { unitPage } from '../pages/unitPage';
import { unitsPage } from '../pages/unitsPage';

const unitParams = z.object({ id: unitId('must be a unit number') });
const text = (max: number) => z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string().trim().max(max, `högst ${max} tecken`));
const day = z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string().trim().refine((s) => s === '' || parseIsoDay(s) !== null, 'skriv dagen som 2026-11-30'));
const accessLogQuery = z.object({
  reference: text(30),
  username: text(40),
  since: day,
  until: day,
  before: z.preprocess((v) => (v === undefined || v === '' ? null : v), z.coerce.number().int().positive().max(2 ** 53).nullable()),
});

const disposalLogQuery = z.object({ before: accessLogQuery.shape.before });

/** The start of a Swedish calendar day, as an instant. */
const startOf = (iso: string) => instantIn(SWEDISH_TIME_ZONE, parseIsoDay(iso)!, 0, 0);

/** The admins' pages of the organisation (units, rules), the access log and the disposal log, inside the pages' session. */
export function organisationPageRoutes(db: Database, disposalLog: DisposalLogReader): Router {
  const pages = Router();
  const admin = requirePermission(PERMISSION.accounts);
  const send = (res: Response, body: string) => res.type('html').send(body);

  pages.get(AGENT_ROUTE.units, admin, async (_req, res) => {
    send(res, unitsPage(sessionOf(res), await listUnits(db), await listRules(db), await listMergeReport(db)));
  });
  pages.get(AGENT_ROUTE.unit, admin, async (req, res) => {
    const { id } = parseWith(unitParams, req.params);
    const unit = await getUnit(db, id);
    const usernames = new Map((await listAgents(db)).map((a) => [a.id, a.username]));
    send(res, unitPage(sessionOf(res), { unit, units: await listUnits(db), managers: await listManagers(db, id), members: await listMembers(db, id), usernames }));
  });

  pages.get(AGENT_ROUTE.accessLog, admin, async (req, res) => {
    const { before, ...query } = parseWith(accessLogQuery, req.query) as AccessLogQuery & { before: number | null };
    let problem: AccessLogView['problem'] = null;
    let caseId: number | null = null;
    let agentId: number | null = null;
    if (query.reference) {
      try {
        caseId = (await findCaseForChange(db, query.reference)).id;
      } catch (err) {
        if (!(err instanceof CaseNotFoundError)) throw err;
        problem = { field: 'reference', text: ERROR_MESSAGE['arendet-finns-inte']({ reference: query.reference }) };
      }
    }
    if (query.username) {
      agentId = (await findAgent(db, query.username))?.id ?? null;
      if (agentId === null) problem = { field: 'username', text: ERROR_MESSAGE['kontot-finns-inte']({ username: query.username }) };
    }
    const filter = {
      caseId,
      agentId,
      since: query.since ? startOf(query.since) : null,
      until: query.until ? instantIn(SWEDISH_TIME_ZONE, addDays(parseIsoDay(query.until)!, 1), 0, 0) : null,
    };
    const page = problem ? { entries: [], more: false } : await listCaseAccess(db, filter, before);
    if (problem) res.status(404);
    send(res, accessLogPage(sessionOf(res), { query, entries: page.entries, olderFrom: page.more ? page.entries.at(-1)!.id : null, problem }));
  });

  pages.get(AGENT_ROUTE.disposalLog, admin, async (req, res) => {
    const { before } = parseWith(disposalLogQuery, req.query);
    const log = await disposalLog(before);
    send(res, disposalLogPage(sessionOf(res), { entries: log.entries, olderFrom: log.more ? log.entries.at(-1)!.id : null }));
  });
  return pages;
}

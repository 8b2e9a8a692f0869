import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { logCaseAccesses } from '../../accessLog/caseAccessLog';
import type { Database } from '../../db/database';
import { storableText } from '../../db/storableText';
import { eraseCases } from '../../personalData/erasure';
import { checkPersonQuery, isEmptyQuery, type PersonQuery } from '../../personalData/personQuery';
import { caseIdsOf, takeRegisterExtract } from '../../personalData/registerExtract';
import { findCasesByContactName } from '../../register/personalData';
import { actorOf, PERMISSION } from '../agentTypes';
import { AGENT_ROUTE } from '../agentRoutes';
import { requireCsrfToken, requirePermission, sessionOf } from '../http/agentAuth';
import { parseWith } from '../http/validation';
import { registerExtractDocument, registerExtractPage, type ExtractForm } from '../pages/registerExtractPage';

const field = (max: number) => z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string().trim().max(max, `högst ${max} tecken`));
/** One or several case ids, as checkboxes send them (a single value, or the same name repeated). */
const caseIds = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.coerce.number().int('ett ärende anges med sitt nummer').positive().max(2 ** 31 - 1)).max(500, 'högst 500 ärenden åt gången'),
);
const extractQuery = z.object({ telefon: field(40), epost: field(254), namn: field(200), arende: caseIds });
const exportQuery = extractQuery.extend({ format: z.enum(['html', 'json'], 'format är html eller json') });
const erasureForm = z.object({
  arende: caseIds.pipe(z.array(z.number()).min(1, 'välj minst ett ärende')),
  beslut: storableText().trim().min(1, 'skriv beslutets diarienummer').max(100, 'högst 100 tecken'),
  skal: storableText().trim().min(1, 'skriv skälet till beslutet').max(2000, 'högst 2000 tecken'),
});

/**
 * The admins' register extract (GDPR art. 15) and erasure on a decision. Searches and exports are logged in the
 * access log for every case they show; personal data travels in the query string, which the request log leaves out.
 */
export function personalDataPageRoutes(db: Database, clock: () => Date): Router {
  const pages = Router();
  const admin = requirePermission(PERMISSION.accounts);
  const form = express.urlencoded({ extended: false, limit: '20kb' });
  const send = (res: Response, body: string) => res.type('html').send(body);

  function personQueryOf(req: Request, schema: typeof extractQuery = extractQuery): { form: ExtractForm; query: PersonQuery | null; problem: string | null } {
    const q = parseWith(schema, req.query);
    const typed = { phone: q.telefon, email: q.epost, name: q.namn };
    const checked = checkPersonQuery({ phone: q.telefon, email: q.epost, caseIds: q.arende });
    return checked.ok ? { form: typed, query: checked.query, problem: null } : { form: typed, query: null, problem: checked.problem };
  }

  pages.get(AGENT_ROUTE.registerExtract, admin, async (req, res) => {
    const { form: typed, query, problem } = personQueryOf(req);
    const agentId = sessionOf(res).agent.id;
    const erased = typeof req.query.raderat === 'string' && /^\d{1,6}$/.test(req.query.raderat) ? Number(req.query.raderat) : null;
    const view = { form: typed, problem, candidates: null, extract: null, erased };
    if (problem) {
      res.status(400);
      return send(res, registerExtractPage(sessionOf(res), view));
    }
    if (query && isEmptyQuery(query) && typed.name) {
      const candidates = await findCasesByContactName(db, typed.name);
      await logCaseAccesses(db, { agentId, caseIds: candidates.map((c) => c.id), action: 'search' });
      return send(res, registerExtractPage(sessionOf(res), { ...view, candidates }));
    }
    if (!query || isEmptyQuery(query)) return send(res, registerExtractPage(sessionOf(res), view));
    const extract = await takeRegisterExtract(db, query, clock());
    await logCaseAccesses(db, { agentId, caseIds: caseIdsOf(extract), action: 'search' });
    send(res, registerExtractPage(sessionOf(res), { ...view, extract }));
  });

  pages.get(AGENT_ROUTE.registerExtractExport, admin, async (req, res) => {
    const { query, problem } = personQueryOf(req, exportQuery);
    if (!query || isEmptyQuery(query)) {
      return res.status(400).type('text').send(problem ?? 'Ange telefonnummer, e-postadress eller ärenden för utdraget.');
    }
    const format = parseWith(exportQuery, req.query).format;
    const extract = await takeRegisterExtract(db, query, clock());
    // Logged before it is sent: an export that cannot be logged is not served.
    await logCaseAccesses(db, { agentId: sessionOf(res).agent.id, caseIds: caseIdsOf(extract), action: 'export' });
    const day = extract.takenAt.toISOString().slice(0, 10);
    if (format === 'json') {
      res.attachment(`registerutdrag-${day}.json`);
      return res.type('json').send(JSON.stringify(extract, null, 2));
    }
    res.setHeader('Content-Disposition', `inline; filename="registerutdrag-${day}.html"`);
    send(res, registerExtractDocument(extract));
  });

  pages.post(AGENT_ROUTE.registerExtractErasure, admin, form, requireCsrfToken, async (req, res) => {
    const decision = parseWith(erasureForm, req.body);
    const result = await eraseCases(db, decision.arende, { reference: decision.beslut, reason: decision.skal }, actorOf(sessionOf(res).agent));
    res.redirect(303, `${AGENT_ROUTE.registerExtract}?raderat=${result.cases}`);
  });
  return pages;
}

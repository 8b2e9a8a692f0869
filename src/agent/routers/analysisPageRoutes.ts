import { Router, type Response } from 'express';
import { logCaseAccesses, logExport } from '../../accessLog/caseAccessLog';
import { analysisReport } from '../../analysis/analysisReport';
import { exportedCases } from '../../analysis/exportedCases';
import { lastHalfYear, PeriodError, periodInstants, periodOf, periodText, type ReportPeriod } from '../../analysis/reportPeriod';
import type { Database } from '../../db/database';
import { isoDay } from '../../domain/calendar';
import { unitsById } from '../../organisation/units';
import { NotAllowedError } from '../agentErrors';
import { mayDo, PERMISSION } from '../agentTypes';
import { AGENT_ROUTE } from '../agentRoutes';
import { sessionOf } from '../http/agentAuth';
import { RequestInvalidError } from '../http/validation';
import { casesCsv, CSV_CONTENT_TYPE, figuresCsv } from '../pages/analysisCsv';
import { analysisPage } from '../pages/analysisPage';

const text = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 20) : '');

/** The period the query asks for (from, to), or the last whole half-year when it names none. */
function periodAsked(query: Record<string, unknown>, now: Date): { form: { from: string; to: string }; period: ReportPeriod } {
  const from = text(query.from);
  const to = text(query.to);
  if (!from && !to) {
    const period = lastHalfYear(now);
    return { form: { from: isoDay(period.from), to: isoDay(period.to) }, period };
  }
  return { form: { from, to }, period: periodOf(from, to) };
}

/** "synpunkter-2026-01-01-2026-06-30-siffror.csv". */
const fileName = (period: ReportPeriod, what: string) => `synpunkter-${isoDay(period.from)}-${isoDay(period.to)}-${what}.csv`;

function sendCsv(res: Response, name: string, body: string): void {
  res.type(CSV_CONTENT_TYPE).attachment(name).set('Cache-Control', 'no-store').send(body);
}

/**
 * The analyst's report and its exports, inside the pages' session: analysts and admins. Every export is written to
 * the access log before it is sent (a figures file as one line naming the period; a cases file as one line per case).
 */
export function analysisPageRoutes(db: Database, clock: () => Date): Router {
  const pages = Router();
  const analyse = (_req: unknown, res: Response, next: (err?: unknown) => void) => {
    if (mayDo(sessionOf(res).agent, PERMISSION.analyse)) return next();
    next(new NotAllowedError('Rapporten och dess export är till för analytiker och administratörer. Din roll får inte öppna den.'));
  };
  const periodOrInvalid = (query: Record<string, unknown>) => {
    try {
      return periodAsked(query, clock());
    } catch (err) {
      if (!(err instanceof PeriodError)) throw err;
      throw new RequestInvalidError([{ field: 'from', message: err.message }]);
    }
  };

  pages.get(AGENT_ROUTE.analysis, analyse, async (req, res) => {
    const session = sessionOf(res);
    const withTexts = mayDo(session.agent, PERMISSION.readCases);
    let asked: ReturnType<typeof periodAsked>;
    try {
      asked = periodAsked(req.query, clock());
    } catch (err) {
      if (!(err instanceof PeriodError)) throw err;
      res.status(400).type('html').send(analysisPage(session, { form: { from: text(req.query.from), to: text(req.query.to) }, report: null, problem: err.message, withTexts }));
      return;
    }
    const report = await analysisReport(db, asked.period, clock());
    res.type('html').send(analysisPage(session, { form: asked.form, report, problem: null, withTexts }));
  });

  pages.get(AGENT_ROUTE.analysisFigures, analyse, async (req, res) => {
    const { period } = periodOrInvalid(req.query);
    const report = await analysisReport(db, period, clock());
    await logExport(db, { agentId: sessionOf(res).agent.id, what: `Analysrapportens siffror ${periodText(period)}` });
    sendCsv(res, fileName(period, 'siffror'), figuresCsv(report));
  });

  pages.get(AGENT_ROUTE.analysisCases, analyse, async (req, res) => {
    const { period } = periodOrInvalid(req.query);
    const agent = sessionOf(res).agent;
    // What residents wrote only for a role that may read cases (an admin), never for an analyst alone.
    const withTexts = mayDo(agent, PERMISSION.readCases);
    const cases = await exportedCases(db, periodInstants(period), { withTexts });
    await db.transaction(async (tx) => {
      await logExport(tx, { agentId: agent.id, what: `Analysrapportens ärenden ${periodText(period)}${withTexts ? ' med texter' : ''}` });
      await logCaseAccesses(tx, { agentId: agent.id, caseIds: cases.map((c) => c.id), action: 'export' });
    });
    sendCsv(res, fileName(period, 'arenden'), casesCsv(cases, await unitsById(db), withTexts));
  });
  return pages;
}

import express, { Router, type Request, type Response } from 'express';
import type { Database } from '../db/database';
import type { WorkingCalendar } from '../domain/calendar';
import type { FollowUpSettings } from '../followUp/followUpSettings';
import { NOT_SATISFIED_ROUTE, tokenHash, verifyLinkToken } from '../residentStatus/linkSigning';
import { takeFurther } from '../residentStatus/notSatisfied';
import { askPage, outcomePage, refusedPage, type PageLanguage } from './notSatisfiedPage';
import { findCaseForStatus } from '../residentStatus/statusLookup';
import { linkAlreadyUsed } from '../residentStatus/usedLinks';

/** Its own style sheet, and a form posting only to itself. */
const PAGE_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export interface NotSatisfiedRouterDeps {
  db: Database;
  secret: string;
  clock: () => Date;
  followUp: FollowUpSettings;
  /** The working calendar: a reopened case's new answer is due four weeks on by it. */
  calendar: WorkingCalendar;
}

const languageOf = (value: unknown): PageLanguage => (value === 'en' ? 'en' : 'sv');

/**
 * GET/POST /svar/inte-nojd?t=…: the signed link in an answer. GET asks; POST (the token in the form) reopens the case
 * one rung up. A forged link is 400, an expired one 410, a case no longer there 404; a second use says it is done.
 */
export function notSatisfiedRouter(deps: NotSatisfiedRouterDeps): Router {
  const router = Router();
  const send = (res: Response, status: number, body: string) => {
    res.setHeader('Content-Security-Policy', PAGE_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.status(status).type('html').send(body);
  };

  /** The token's case, or the refusal already sent. */
  async function checked(req: Request, res: Response, token: unknown, language: PageLanguage) {
    const check = typeof token === 'string' && token.length <= 200 ? verifyLinkToken(deps.secret, token, deps.clock()) : ({ ok: false, reason: 'forged' } as const);
    if (!check.ok) {
      send(res, check.reason === 'expired' ? 410 : 400, refusedPage(language, check.reason));
      return null;
    }
    const c = await findCaseForStatus(deps.db, check.reference);
    if (!c) {
      send(res, 404, refusedPage(language, 'missing'));
      return null;
    }
    return { c, token: token as string };
  }

  router.get(NOT_SATISFIED_ROUTE, async (req, res) => {
    const language = languageOf(req.query.lang);
    const found = await checked(req, res, req.query.t, language);
    if (!found) return;
    if (await linkAlreadyUsed(deps.db, tokenHash(found.token))) {
      send(res, 200, outcomePage(language, await takeFurther(deps.db, found.c.id, 'resident:link', deps.followUp, tokenHash(found.token), deps.clock(), deps.calendar)));
      return;
    }
    send(res, 200, askPage(language, found.c.reference, found.token));
  });

  router.post(NOT_SATISFIED_ROUTE, express.urlencoded({ extended: false, limit: '4kb' }), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const language = languageOf(body.lang);
    const found = await checked(req, res, body.t, language);
    if (!found) return;
    const outcome = await takeFurther(deps.db, found.c.id, 'resident:link', deps.followUp, tokenHash(found.token), deps.clock(), deps.calendar);
    send(res, 200, outcomePage(language, outcome));
  });
  return router;
}

import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Database } from '../../db/database';
import { findSession, SESSION_HOURS, type AgentSession } from '../agentSessionStore';
import { NotAllowedError } from '../agentErrors';
import { mayDo, type Permission } from '../agentTypes';
import { AGENT_ROUTE } from '../agentRoutes';
import { readCookie } from './cookies';
import { ERROR_MESSAGE } from '../messages';

/**
 * Sessions travel in an httpOnly, SameSite=Strict cookie. In production it is Secure and carries the __Host-
 * prefix, so no subdomain or plain-HTTP page can set or overwrite it.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-synpunkt_agent' : 'synpunkt_agent';
}

export const CSRF_HEADER = 'X-CSRF-Token';
/** The hidden field forms carry the synchroniser token in. */
export const CSRF_FIELD = '_csrf';

const SESSION_LOCAL = 'agentSession';

/** Finds the session the request's cookie names, if any; later handlers ask sessionOf(res). */
export function loadAgentSession(db: Database, secure: boolean): RequestHandler {
  const name = sessionCookieName(secure);
  return async (req, res, next) => {
    const token = readCookie(req.headers.cookie, name);
    res.locals[SESSION_LOCAL] = token ? await findSession(db, token) : null;
    next();
  };
}

export function optionalSessionOf(res: Response): AgentSession | null {
  return (res.locals[SESSION_LOCAL] as AgentSession | null | undefined) ?? null;
}

/** The session with more the pages show (the menu's counts), for the rest of this request. */
export function amendSession<S extends AgentSession>(res: Response, session: S): void {
  res.locals[SESSION_LOCAL] = session;
}

/** The session of a request that passed requireApiSession or requirePageSession. */
export function sessionOf(res: Response): AgentSession {
  const session = optionalSessionOf(res);
  if (!session) throw new Error('sessionOf used on a route without a session guard');
  return session;
}

export function setSessionCookie(res: Response, secure: boolean, token: string): void {
  res.cookie(sessionCookieName(secure), token, { httpOnly: true, secure, sameSite: 'strict', path: '/', maxAge: SESSION_HOURS * 3_600_000 });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(sessionCookieName(secure), { httpOnly: true, secure, sameSite: 'strict', path: '/' });
}

/** The API answers 401 without a session: the page's script then sends the agent to the login page. */
export const requireApiSession: RequestHandler = (_req, res, next) => {
  if (optionalSessionOf(res)) return next();
  res.status(401).json({ error: 'not_signed_in', message: 'Sign in first.', code: 'inte-inloggad', text: ERROR_MESSAGE['inte-inloggad'](), login: AGENT_ROUTE.login });
};

/** Pages send a visitor without a session to the login page, and back here after it. */
export const requirePageSession: RequestHandler = (req, res, next) => {
  if (optionalSessionOf(res)) return next();
  res.redirect(303, `${AGENT_ROUTE.login}?next=${encodeURIComponent(req.originalUrl)}`);
};

/** 403 for a role acting beyond its rights. */
export function requirePermission(permission: Permission): RequestHandler {
  return (_req, res, next) => {
    if (mayDo(sessionOf(res).agent, permission)) return next();
    next(new NotAllowedError(`Your role (${sessionOf(res).agent.role}) may not do this.`, { code: 'rollen-far-inte', params: { role: sessionOf(res).agent.role } }));
  };
}

/**
 * Every state-changing request must echo the session's synchroniser token, in the X-CSRF-Token header (the API)
 * or the _csrf field (a form). Another site can make a browser send the cookie, but cannot read the token.
 */
export function requireCsrfToken(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  const session = sessionOf(res);
  const sent = req.get(CSRF_HEADER) ?? (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
  if (typeof sent === 'string' && sameToken(sent, session.csrfToken)) return next();
  res.status(403).json({ error: 'csrf', message: 'The form had expired or came from elsewhere. Reload the page and try again.', code: 'formularet-gammalt', text: ERROR_MESSAGE['formularet-gammalt']() });
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

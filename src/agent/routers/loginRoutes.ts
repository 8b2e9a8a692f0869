import { randomBytes } from 'node:crypto';
import express, { Router, type Response } from 'express';
import { z } from 'zod';
import { storableText } from '../../db/storableText';
import { deleteSession } from '../agentSessionStore';
import { AGENT_ROUTE } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { logIn } from '../login';
import { addressKey } from '../loginThrottle';
import { homeOf } from '../pages/layout';
import { LOGIN_TOKEN_FIELD, loginPage, type LoginView } from '../pages/loginPage';
import { clearSessionCookie, CSRF_FIELD, loadAgentSession, optionalSessionOf, sameToken, sessionCookieName, setSessionCookie } from '../http/agentAuth';
import { readCookie } from '../http/cookies';

const loginForm = z.object({
  username: storableText().max(200).default(''),
  password: storableText().max(1024).default(''),
  [LOGIN_TOKEN_FIELD]: z.string().max(100).default(''),
  next: z.string().max(500).default(''),
});

const LOGIN_REFUSED_STATUS = { invalid: 401, locked: 429, busy: 503 } as const;

/** Why a login was refused, as the log says it. */
const LOGIN_REFUSAL = {
  invalid: 'wrong username or password',
  locked: 'too many failed attempts (throttled)',
  busy: 'too many logins being checked at once',
} as const;
type LoginRefusal = (typeof LOGIN_REFUSAL)[keyof typeof LOGIN_REFUSAL] | 'malformed form' | 'form expired or not from the login page';

/** Only a path inside the workspace: a crafted ?next= cannot send the agent to another site after login. */
function safeNext(next: string | undefined): string | null {
  return next && /^\/agent(\/[^\\]*)?(\?[^\\]*)?$/.test(next) && !next.startsWith('//') ? next : null;
}

/** Login and logout. The login form has no session yet, so a double-submit cookie guards it against CSRF. */
export function loginRoutes({ db, secureCookies, passwords, logger }: AgentWorkspaceParts): Router {
  const router = Router();
  const loginCookie = secureCookies ? '__Host-synpunkt_login' : 'synpunkt_login';
  const form = express.urlencoded({ extended: false, limit: '10kb' });

  function showLogin(res: Response, status: number, view: { next: string; username?: string; error?: LoginView['error'] }) {
    const loginToken = randomBytes(24).toString('base64url');
    res.cookie(loginCookie, loginToken, { httpOnly: true, secure: secureCookies, sameSite: 'strict', path: '/', maxAge: 3_600_000 });
    res.status(status).type('html').send(loginPage({ ...view, loginToken }));
  }

  router.get(AGENT_ROUTE.login, loadAgentSession(db, secureCookies), (req, res) => {
    const next = safeNext(typeof req.query.next === 'string' ? req.query.next : undefined);
    const session = optionalSessionOf(res);
    if (session) return res.redirect(303, next ?? homeOf(session));
    showLogin(res, 200, { next: next ?? '' });
  });

  /** The reason only: a username is personal data (often the name), and the access log has the request id. */
  const refused = (reason: LoginRefusal) => logger.warn(`agent login refused: ${reason}`, { loginRefused: reason });

  router.post(AGENT_ROUTE.login, form, async (req, res) => {
    const body = loginForm.safeParse(req.body ?? {});
    // A form no browser sends (fields too long, NUL or half characters) is refused before anything is counted.
    if (!body.success) {
      refused('malformed form');
      return showLogin(res, 400, { next: '', error: 'invalid' });
    }
    const fields = body.data;
    const next = safeNext(fields.next) ?? '';
    const expected = readCookie(req.headers.cookie, loginCookie);
    if (!expected || !sameToken(fields[LOGIN_TOKEN_FIELD], expected)) {
      refused('form expired or not from the login page');
      return showLogin(res, 403, { next, error: 'expired' });
    }
    // req.ip is the client as the trusted proxies (TRUST_PROXY) tell it: the throttle counts per address.
    const result = await logIn({ db, passwords }, { username: fields.username, password: fields.password, address: addressKey(req.ip) });
    if (!result.ok) {
      refused(LOGIN_REFUSAL[result.reason]);
      if (result.reason !== 'invalid') res.set('Retry-After', result.reason === 'busy' ? '5' : '900');
      return showLogin(res, LOGIN_REFUSED_STATUS[result.reason], { next, username: fields.username, error: result.reason });
    }
    res.clearCookie(loginCookie, { httpOnly: true, secure: secureCookies, sameSite: 'strict', path: '/' });
    setSessionCookie(res, secureCookies, result.token);
    res.redirect(303, next || homeOf({ agent: result.agent, csrfToken: result.csrfToken, expiresAt: result.expiresAt }));
  });

  router.post(AGENT_ROUTE.logout, form, loadAgentSession(db, secureCookies), async (req, res) => {
    const session = optionalSessionOf(res);
    const token = readCookie(req.headers.cookie, sessionCookieName(secureCookies));
    const sent = (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
    // Without the page's token a logout is refused: another site must not be able to sign the agent out.
    if (session && token && typeof sent === 'string' && sameToken(sent, session.csrfToken)) await deleteSession(db, token);
    else if (session) return res.redirect(303, homeOf(session));
    clearSessionCookie(res, secureCookies);
    res.redirect(303, AGENT_ROUTE.login);
  });

  return router;
}

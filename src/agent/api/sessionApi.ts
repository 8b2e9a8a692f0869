import { Router } from 'express';
import { extendSession } from '../agentSessionStore';
import { AGENT_API } from '../agentRoutes';
import type { AgentWorkspaceParts } from '../agentWorkspace';
import { sessionCookieName, setSessionCookie } from '../http/agentAuth';
import { readCookie } from '../http/cookies';

/** The session's own API: "Förläng" in the warning before it ends (the session and CSRF guards run before). */
export function sessionApi({ db, secureCookies }: AgentWorkspaceParts): Router {
  const router = Router();
  router.post(AGENT_API.sessionExtension, async (req, res) => {
    const token = readCookie(req.headers.cookie, sessionCookieName(secureCookies));
    const extended = token ? await extendSession(db, token) : null;
    if (!token || !extended) {
      res.status(401).json({ error: 'not_signed_in', message: 'Du har redan loggats ut. Logga in igen.' });
      return;
    }
    // The cookie's own lifetime follows, or the browser would drop it at the old end.
    setSessionCookie(res, secureCookies, token);
    res.json({ expiresAt: extended.expiresAt, secondsLeft: extended.secondsLeft });
  });
  return router;
}

import type { RequestHandler } from 'express';
import { validateRequest } from './twilioLibrary';
import type { Logger } from '../../logging/logger';
import { loggablePath } from '../../logging/redact';

/**
 * Refuses every request not signed by Twilio with our auth token (403), before anything is read or written.
 * The URL checked is the public one (PUBLIC_BASE_URL + path + query), never the Host header that arrived.
 */
export function verifyTwilioSignature(authToken: string, publicBaseUrl: string, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const signature = req.get('x-twilio-signature');
    const url = `${publicBaseUrl}${req.originalUrl}`;
    const params = (req.body ?? {}) as Record<string, unknown>;
    if (signature && validateRequest(authToken, signature, url, params)) {
      next();
      return;
    }
    logger.warn('refused a voice webhook without a valid Twilio signature', { path: loggablePath(req.originalUrl), signed: Boolean(signature) });
    res.status(403).type('text/plain').send('Forbidden: this request is not signed by Twilio for this service.');
  };
}

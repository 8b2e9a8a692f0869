/**
 * The two parts of the twilio library a webhook needs, each from its own module: the TwiML builder and the
 * signature check. The package's index also loads its whole REST client (about 0.15 s of every start), which
 * only sending a message or placing a call needs; those load it when they first do.
 */
import VoiceResponse from 'twilio/lib/twiml/VoiceResponse';

export { validateRequest } from 'twilio/lib/webhooks/webhooks';
export { VoiceResponse };

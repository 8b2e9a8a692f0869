import express, { Router, type Request, type Response } from 'express';
import twilio from 'twilio';
import type { Conversation } from '../../conversation/conversation';
import type { Logger } from '../../logging/logger';
import { VOICE_ROUTE } from './routes';
import { verifyTwilioSignature } from './signature';
import { sayAttributes } from './speech';
import { createTwimlRenderer, CUSTOMER_SERVICE_QUEUE, hangUpTwiml } from './twiml';
import { answerQuerySchema, callerHungUp, callHasEnded, gatherInput, recordingInput, startInput, twilioCallSchema, type TwilioCall } from './twilioRequest';
import type { TurnRequest } from '../../conversation/conversation';

export interface VoiceRouterDeps {
  conversation: Conversation;
  authToken: string;
  publicBaseUrl: string;
  logger: Logger;
  /** Is anyone in customer service's queue now? Decides where a caller goes when something fails here. */
  customerServiceIsOpen: () => boolean;
}

/** The phone line: Twilio's webhooks in, TwiML out. Translation only; the conversation does the rest. */
export function voiceRouter({ conversation, authToken, publicBaseUrl, logger, customerServiceIsOpen }: VoiceRouterDeps): Router {
  const router = Router();
  const twimlOf = createTwimlRenderer(publicBaseUrl);
  router.use(
    Object.values(VOICE_ROUTE),
    express.urlencoded({ extended: false, limit: '32kb' }),
    verifyTwilioSignature(authToken, publicBaseUrl, logger),
  );

  const turn = (toRequest: (call: TwilioCall, req: Request) => Omit<TurnRequest, 'sessionId' | 'channel'> | null) =>
    async (req: Request, res: Response) => {
      const call = twilioCallSchema.safeParse(req.body);
      if (!call.success) {
        res.status(400).type('text/plain').send(`Bad Twilio request: ${call.error.issues[0]?.message ?? 'unreadable'}`);
        return;
      }
      const request = toRequest(call.data, req);
      if (!request) {
        res.status(400).type('text/plain').send('Bad Twilio request: the action URL must name ?step=<id>&turn=<n>');
        return;
      }
      try {
        const reply = await conversation.handle({ ...request, sessionId: call.data.CallSid, channel: 'phone' });
        res.type('text/xml').send(callerHungUp(call.data) ? hangUpTwiml() : twimlOf(reply));
      } catch (err) {
        // Nothing was saved; the caller hears an apology and reaches a person, or is told when to call again
        // rather than waiting in a queue nobody answers.
        logger.error('a voice turn failed; the caller hears an apology', { error: err });
        res.type('text/xml').send(apologyTwiml(customerServiceIsOpen()));
      }
    };

  router.post(
    VOICE_ROUTE.incoming,
    turn((call) => ({ requestKey: 'start', input: startInput(call) })),
  );
  router.post(
    VOICE_ROUTE.answer,
    turn((call, req) => {
      const query = answerQuerySchema.safeParse(req.query);
      if (!query.success) return null;
      return { requestKey: `answer:${query.data.step}:${query.data.turn}`, answersTurn: query.data.turn, input: gatherInput(call) };
    }),
  );
  router.post(
    VOICE_ROUTE.recording,
    turn((call, req) => {
      const query = answerQuerySchema.safeParse(req.query);
      if (!query.success) return null;
      return { requestKey: `recording:${query.data.turn}`, answersTurn: query.data.turn, input: recordingInput(call) };
    }),
  );
  router.post(VOICE_ROUTE.status, async (req, res) => {
    const call = twilioCallSchema.safeParse(req.body);
    if (!call.success) {
      res.status(400).type('text/plain').send(`Bad Twilio request: ${call.error.issues[0]?.message ?? 'unreadable'}`);
      return;
    }
    if (callHasEnded(call.data)) {
      // A hang-up: what the caller already described is kept as an incomplete case (the engine decides).
      await conversation.handle({ sessionId: call.data.CallSid, channel: 'phone', requestKey: 'hangup', input: { kind: 'hangup' } });
    }
    res.status(204).end();
  });
  return router;
}

function apologyTwiml(open: boolean): string {
  const response = new twilio.twiml.VoiceResponse();
  if (open) {
    response.say(sayAttributes('sv'), 'Förlåt, något gick fel hos oss. Jag kopplar dig till kundtjänst.');
    response.enqueue(CUSTOMER_SERVICE_QUEUE);
  } else {
    response.say(sayAttributes('sv'), 'Förlåt, något gick fel hos oss, och kundtjänst har stängt just nu. Ring gärna igen när vi har öppet. Tack för att du ringde.');
    response.hangup();
  }
  return response.toString();
}

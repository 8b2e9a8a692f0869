import express, { Router, type Request, type Response } from 'express';
import { VoiceResponse } from './twilioLibrary';
import type { Conversation } from '../../conversation/conversation';
import type { Logger } from '../../logging/logger';
import { VOICE_ROUTE } from './routes';
import { verifyTwilioSignature } from './signature';
import { sayAttributes } from './speech';
import { createTwimlRenderer, hangUpTwiml, renderTwiml } from './twiml';
import type { CustomerServiceSetup } from '../../config/config';
import type { HandOver, PersonLine } from './personLine';
import { appendHandOver } from './personTwiml';
import { isE164 } from '../../domain';
import { answerQuerySchema, callerHungUp, callHasEnded, gatherInput, recordingInput, recordingStatusSchema, startInput, twilioCallSchema, type TwilioCall } from './twilioRequest';
import type { TurnRequest } from '../../conversation/conversation';

export interface VoiceRouterDeps {
  conversation: Conversation;
  authToken: string;
  publicBaseUrl: string;
  logger: Logger;
  /** Is anyone in customer service's queue now? Decides where a caller goes when something fails here. */
  customerServiceIsOpen: () => boolean;
  /** Twilio's recording is complete: keep it for copying out of Twilio (src/recordings, wired in src/service.ts). */
  recordingCompleted: (recording: { recordingSid: string; accountSid: string; callSid: string; reportedSeconds: number | null }) => Promise<void>;
  /** How a caller reaches a person (the switchboard, Flex or the own queue), and customer service's side of it. */
  customerService: CustomerServiceSetup;
  personLine: PersonLine;
}

/** Who is handed over when nothing is known of the call (the apology after a failed turn). */
const UNKNOWN_CALL: HandOver = { reference: null, kind: null, area: null, language: 'sv', serious: false };

/** The phone line: Twilio's webhooks in, TwiML out. Translation only; the conversation does the rest. */
export function voiceRouter(deps: VoiceRouterDeps): Router {
  const { conversation, authToken, publicBaseUrl, logger, customerServiceIsOpen, recordingCompleted } = deps;
  // The caller's own number goes with them to the switchboard (a withheld one is not passed on).
  const handOverTo = (call: HandOver, from: string | undefined) => (response: VoiceResponse) =>
    appendHandOver(response, deps.customerService, call, from && isE164(from) ? from : null, publicBaseUrl);
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
        if (callerHungUp(call.data)) {
          res.type('text/xml').send(hangUpTwiml());
          return;
        }
        const handOver = reply.ending === 'transfer' ? handOverTo(await deps.personLine.handOver(call.data.CallSid), call.data.From) : undefined;
        res.type('text/xml').send(handOver ? renderTwiml(reply, publicBaseUrl, handOver) : twimlOf(reply));
      } catch (err) {
        // Nothing was saved; the caller hears an apology and reaches a person, or is told when to call again
        // rather than waiting in a queue nobody answers.
        logger.error('a voice turn failed; the caller hears an apology', { error: err });
        res.type('text/xml').send(apologyTwiml(customerServiceIsOpen() ? handOverTo(UNKNOWN_CALL, call.data.From) : null));
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
  router.post(VOICE_ROUTE.recordingStatus, async (req, res) => {
    const report = recordingStatusSchema.safeParse(req.body);
    if (!report.success) {
      res.status(400).type('text/plain').send(`Bad Twilio request: ${report.error.issues[0]?.message ?? 'unreadable'}`);
      return;
    }
    const r = report.data;
    if (r.RecordingStatus === 'completed') {
      await recordingCompleted({ recordingSid: r.RecordingSid, accountSid: r.AccountSid, callSid: r.CallSid, reportedSeconds: r.RecordingDuration ?? null });
    } else {
      logger.info(`recording status ${r.RecordingStatus} for a voice message: nothing to copy`);
    }
    res.status(204).end();
  });
  return router;
}

/** `handOver` while customer service is open, null while it is closed. */
function apologyTwiml(handOver: ((response: VoiceResponse) => void) | null): string {
  const response = new VoiceResponse();
  if (handOver) {
    response.say(sayAttributes('sv'), 'Förlåt, något gick fel hos oss. Jag kopplar dig till kundtjänst.');
    handOver(response);
  } else {
    response.say(sayAttributes('sv'), 'Förlåt, något gick fel hos oss, och kundtjänst har stängt just nu. Ring gärna igen när vi har öppet. Tack för att du ringde.');
    response.hangup();
  }
  return response.toString();
}

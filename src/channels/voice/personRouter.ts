import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Logger } from '../../logging/logger';
import type { PersonLine } from './personLine';
import {
  bookedTwiml,
  bridgingTwiml,
  waitOnTwiml,
  goodbyeTwiml,
  keptPlaceTwiml,
  offerAgainTwiml,
  offerTwiml,
  recordMessageTwiml,
  waitTwiml,
} from './personTwiml';
import { personWords } from './personWords';
import { PERSON_ROUTE } from './routes';
import { verifyTwilioSignature } from './signature';
import { hangUpTwiml } from './twiml';
import { twilioCallSchema, type TwilioCall } from './twilioRequest';

export interface PersonRouterDeps {
  personLine: PersonLine;
  authToken: string;
  publicBaseUrl: string;
  musicUrl: string;
  logger: Logger;
}

const seconds = z.coerce.number().int().min(0).max(7 * 24 * 3600).optional();

/** What Twilio adds on the way to a person: Dial's, the queue's and the offer's fields. */
const personCallSchema = twilioCallSchema.extend({
  DialCallStatus: z.enum(['completed', 'answered', 'busy', 'no-answer', 'failed', 'canceled'], 'DialCallStatus must be one Twilio sends').optional(),
  QueueResult: z
    .enum(['bridged', 'bridging-in-process', 'queue-full', 'redirected', 'hangup', 'error', 'system-error', 'leave'], 'QueueResult must be one Twilio sends')
    .optional(),
  QueuePosition: z.coerce.number().int().min(0).max(100_000).optional(),
  QueueTime: seconds,
  AvgQueueTime: seconds,
});
type PersonCall = z.infer<typeof personCallSchema>;

const offerQuery = z.object({ try: z.coerce.number().int().min(1).max(10).default(1) });
const bridgeQuery = z.object({ agent: z.string().regex(/^[\p{L}\p{N}._-]{1,40}$/u, 'agent must be a username').optional() });

/** DialCallStatus values meaning someone at the switchboard answered (the call is over now), or the caller hung up. */
const DIAL_DONE = new Set(['completed', 'answered', 'canceled']);

/**
 * The webhooks on the way to a person: the switchboard's Dial result, the own queue's wait and exits, the bridge
 * to the agent who rang in, and the offer of a callback or a voice message when nobody could answer.
 */
export function personRouter({ personLine, authToken, publicBaseUrl, musicUrl, logger }: PersonRouterDeps): Router {
  const router = Router();
  router.use(Object.values(PERSON_ROUTE), express.urlencoded({ extended: false, limit: '32kb' }), verifyTwilioSignature(authToken, publicBaseUrl, logger));

  const twiml = (answer: (call: PersonCall, req: Request) => Promise<string>) => async (req: Request, res: Response) => {
    const call = personCallSchema.safeParse(req.body);
    if (!call.success) {
      res.status(400).type('text/plain').send(`Bad Twilio request: ${call.error.issues[0]?.message ?? 'unreadable'}`);
      return;
    }
    res.type('text/xml').send(await answer(call.data, req));
  };
  const offerFor = async (callSid: string, reason: Parameters<typeof offerTwiml>[1]) => offerTwiml(await personLine.offer(callSid), reason, publicBaseUrl);

  router.post(
    PERSON_ROUTE.dialed,
    twiml(async (call) => (DIAL_DONE.has(call.DialCallStatus ?? 'completed') ? hangUpTwiml() : offerFor(call.CallSid, 'unanswered'))),
  );
  router.post(
    PERSON_ROUTE.wait,
    twiml(async (call) => {
      const decision = await personLine.waiting(call.CallSid, {
        position: call.QueuePosition ?? null,
        waitedSeconds: call.QueueTime ?? null,
        averageWaitSeconds: call.AvgQueueTime ?? null,
      });
      return waitTwiml(decision, publicBaseUrl, musicUrl);
    }),
  );
  router.post(
    PERSON_ROUTE.waitKey,
    twiml(async (call) => {
      if (call.Digits !== '1') return waitOnTwiml();
      const kept = await personLine.keepPlace(call.CallSid);
      return keptPlaceTwiml(kept?.language ?? 'sv', kept?.phone ?? null);
    }),
  );
  router.post(
    PERSON_ROUTE.left,
    twiml(async (call) => {
      const exit = await personLine.leftQueue(call.CallSid, call.QueueResult ?? 'error');
      return exit.kind === 'done' ? hangUpTwiml() : offerFor(call.CallSid, exit.reason);
    }),
  );
  router.post(
    PERSON_ROUTE.bridge,
    twiml(async (call, req) => {
      const query = bridgeQuery.safeParse(req.query);
      return bridgingTwiml(await personLine.bridging(call.CallSid, query.success ? (query.data.agent ?? null) : null));
    }),
  );
  router.post(
    PERSON_ROUTE.offer,
    twiml(async (call, req) => {
      const { try: attempt } = offerQuery.catch({ try: 1 }).parse(req.query);
      const offer = await personLine.offer(call.CallSid);
      const key = call.Digits;
      if (offer.canCallBack && (key === '1' || key === '2')) {
        const booked = await personLine.bookCallback(call.CallSid, key === '1' ? 'morning' : 'afternoon');
        if (booked) return bookedTwiml(booked);
      }
      if (key === '3') return recordMessageTwiml(offer.language, publicBaseUrl);
      return offerAgainTwiml(offer, publicBaseUrl, attempt);
    }),
  );
  router.post(
    PERSON_ROUTE.message,
    twiml(async (call: TwilioCall) => {
      if (!call.RecordingUrl) {
        const offer = await personLine.offer(call.CallSid);
        return goodbyeTwiml(offer.language, personWords(offer.language).goodbye);
      }
      const language = await personLine.keepVoiceMessage(call.CallSid, call.RecordingUrl, call.TranscriptionText?.trim() || null);
      return goodbyeTwiml(language, personWords(language).messageKept);
    }),
  );
  return router;
}

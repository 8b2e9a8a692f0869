import express, { Router, type Request, type Response } from 'express';
import { VoiceResponse } from './twilioLibrary';
import { z } from 'zod';
import { checkPhoneNumber, LANGUAGES, type Language } from '../../domain';
import type { Logger } from '../../logging/logger';
import type { StatusDesk } from '../../residentStatus/statusDesk';
import type { StatusFacts } from '../../residentStatus/statusFacts';
import { statusSentences, takenFurtherSentences } from '../../residentStatus/statusWords';
import { CASE_STATUS_WORDS } from './caseStatusWords';
import { CASE_STATUS_ROUTE, personUrl } from './routes';
import { verifyTwilioSignature } from './signature';
import { gatherLanguage, sayAttributes } from './speech';
import { twilioCallSchema, type TwilioCall } from './twilioRequest';

export interface CaseStatusRouterDeps {
  desk: Pick<StatusDesk, 'lookUp' | 'enterCode' | 'notSatisfied'>;
  authToken: string;
  publicBaseUrl: string;
  logger: Logger;
}

/** Tries at keying a case number that is unclear or not found, before the call ends kindly. */
const NUMBER_TRIES = 3;
const KEY_TIMEOUT_SECONDS = 10;

const querySchema = z.object({
  lang: z.enum(LANGUAGES).default('sv'),
  try: z.coerce.number().int().min(1).max(NUMBER_TRIES).default(1),
  case: z.coerce.number().int().positive().max(2 ** 31 - 1).optional(),
});


/**
 * The phone's status on request, handed over from the menu's 2: the case number keyed (year and number, ended by #),
 * the status at once when the call comes from the case's own number, otherwise after a one-time code by SMS, and
 * then "not satisfied" (3) when the case has been answered. Translation only; src/residentStatus decides.
 */
export function caseStatusRouter(deps: CaseStatusRouterDeps): Router {
  const { desk, publicBaseUrl } = deps;
  const router = Router();
  router.use(Object.values(CASE_STATUS_ROUTE), express.urlencoded({ extended: false, limit: '32kb' }), verifyTwilioSignature(deps.authToken, publicBaseUrl, deps.logger));

  const url = (route: string, query: Record<string, string | number>) => personUrl(publicBaseUrl, route, Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])));

  function keyGather(response: VoiceResponse, lang: Language, action: string, words: string[]): void {
    const gather = response.gather({ input: ['dtmf'], finishOnKey: '#', timeout: KEY_TIMEOUT_SECONDS, action, method: 'POST', actionOnEmptyResult: true, language: gatherLanguage(lang) });
    for (const w of words) gather.say(sayAttributes(lang), w);
  }

  const askNumber = (response: VoiceResponse, lang: Language, attempt: number, lead: string[] = []) =>
    keyGather(response, lang, url(CASE_STATUS_ROUTE.number, { lang, try: attempt }), [...lead, CASE_STATUS_WORDS[lang].askNumber]);

  const askCode = (response: VoiceResponse, lang: Language, lead: string[]) => keyGather(response, lang, url(CASE_STATUS_ROUTE.code, { lang }), lead);

  function end(response: VoiceResponse, lang: Language, words: string[]): void {
    for (const w of [...words, CASE_STATUS_WORDS[lang].goodbye]) response.say(sayAttributes(lang), forSpeech(w));
    response.hangup();
  }

  /** The status; then, for an answered case, the offer to take it further. */
  function tell(response: VoiceResponse, lang: Language, facts: StatusFacts): void {
    const sentences = statusSentences(facts, lang);
    if (!facts.answered) return end(response, lang, sentences);
    const gather = response.gather({ input: ['dtmf'], numDigits: 1, timeout: KEY_TIMEOUT_SECONDS, action: url(CASE_STATUS_ROUTE.after, { lang, case: facts.caseId }), method: 'POST', actionOnEmptyResult: true, language: gatherLanguage(lang) });
    for (const w of [...sentences, CASE_STATUS_WORDS[lang].notSatisfiedOffer]) gather.say(sayAttributes(lang), w);
  }

  const handle = (work: (call: TwilioCall, query: z.infer<typeof querySchema>, response: VoiceResponse) => Promise<void> | void) => async (req: Request, res: Response) => {
    const call = twilioCallSchema.safeParse(req.body);
    const query = querySchema.safeParse(req.query);
    if (!call.success || !query.success) {
      res.status(400).type('text/plain').send(`Bad Twilio request: ${(call.error ?? query.error)?.issues[0]?.message ?? 'unreadable'}`);
      return;
    }
    const response = new VoiceResponse();
    try {
      await work(call.data, query.data, response);
    } catch (err) {
      deps.logger.error('a status-on-request turn failed; the caller hears an apology', { error: err });
      const sorry = new VoiceResponse();
      sorry.say(sayAttributes(query.data.lang), CASE_STATUS_WORDS[query.data.lang].tryLater);
      sorry.hangup();
      res.type('text/xml').send(sorry.toString());
      return;
    }
    res.type('text/xml').send(response.toString());
  };

  router.post(CASE_STATUS_ROUTE.start, handle((_call, { lang }, response) => askNumber(response, lang, 1)));

  router.post(
    CASE_STATUS_ROUTE.number,
    handle(async (call, { lang, try: attempt }, response) => {
      const w = CASE_STATUS_WORDS[lang];
      const reference = keyedReference(call.Digits ?? '');
      const again = (why: string) => (attempt < NUMBER_TRIES ? askNumber(response, lang, attempt + 1, [why]) : end(response, lang, [why]));
      if (!reference) return again(w.numberUnclear);
      const caller = call.From ? checkPhoneNumber(call.From) : null;
      const outcome = await desk.lookUp({
        requester: call.CallSid,
        channel: 'phone',
        reference,
        callerNumber: caller?.ok ? caller.e164 : null,
        // A withheld number is one guesser with every other withheld number: guessing from behind it gains nothing.
        guesser: { scope: 'phone', value: caller?.ok ? caller.e164 : 'withheld' },
      });
      switch (outcome.kind) {
        case 'throttled':
          return end(response, lang, [w.throttled]);
        case 'notFound':
          return again(w.notFound);
        case 'noContact':
          return end(response, lang, [w.noPhone]);
        case 'codeSent':
          return askCode(response, lang, [w.codeSent]);
        case 'told':
          return tell(response, lang, outcome.facts);
      }
    }),
  );

  router.post(
    CASE_STATUS_ROUTE.code,
    handle(async (call, { lang }, response) => {
      const w = CASE_STATUS_WORDS[lang];
      const outcome = await desk.enterCode(call.CallSid, 'phone', call.Digits ?? '');
      switch (outcome.kind) {
        case 'told':
          return tell(response, lang, outcome.facts);
        case 'wrong':
          return askCode(response, lang, [w.codeWrong]);
        case 'ended':
          return end(response, lang, [w.codeEnded]);
        case 'expired':
          return end(response, lang, [w.codeExpired]);
        case 'none':
          return askNumber(response, lang, 1);
      }
    }),
  );

  router.post(
    CASE_STATUS_ROUTE.after,
    handle(async (call, { lang, case: caseId }, response) => {
      if (call.Digits !== '3' || caseId === undefined) return end(response, lang, []);
      const outcome = await desk.notSatisfied(call.CallSid, 'phone', caseId);
      // Only a call that proved the number reaches this URL; one that did not, or long ago, hears nothing of the case.
      if (!outcome) return end(response, lang, []);
      return end(response, lang, takenFurtherSentences(outcome, lang));
    }),
  );
  return router;
}

/** "202600042", "202642", "2026*42": the first four digits are the year, the rest the number. */
export function keyedReference(digits: string): string | null {
  const d = digits.replace(/[^0-9]/g, '');
  if (d.length < 5 || d.length > 13) return null;
  return `${d.slice(0, 4)}-${d.slice(4)}`;
}

/** Written "IVO" is read as a word by the voice; on the phone it is said as letters (PROMPTS.md). */
function forSpeech(text: string): string {
  return text.replace(/\bIVO\b/g, 'I V O');
}

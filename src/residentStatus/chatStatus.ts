/**
 * Status on request in the chat: "status 2026-00042" (or the menu's button, whose words say to write that), a code
 * sent by SMS or e-mail to the contact on the case, the code written back, the status, and then "Jag är inte nöjd med
 * svaret". Answered here, beside the intake's conversation, which it does not change; anything else goes on to it.
 */
import type { Reply } from '../conversation/reply';
import type { Language } from '../domain';
import type { FlowInput, OutputPart, Question } from '../flow/types';
import type { Queryable } from '../db/database';
import { codeAwaited, lastVerifiedCase } from './codeStore';
import { keyedCode } from './oneTimeCodes';
import type { StatusDesk } from './statusDesk';
import { statusSentences, takenFurtherSentences } from './statusWords';

export interface ChatStatusRequest {
  conversationId: string;
  input: FlowInput;
  /** The client's address as the rate limits count it: guessing is throttled per address. */
  address: string | null;
  lang: Language | undefined;
}

const WORDS: Readonly<Record<Language, Readonly<Record<'notFound' | 'throttled' | 'noContact' | 'codeSms' | 'codeEmail' | 'codeWrong' | 'codeEnded' | 'codeExpired' | 'notSatisfied' | 'notProved', string>>>> = {
  sv: {
    notFound: 'Jag hittar inget ärende med det numret. Skriv status och numret igen, till exempel: status 2026-00042.',
    throttled: 'Du har frågat om många ärenden på kort tid, så jag kan inte söka fler just nu. Försök igen om en timme.',
    noContact: 'Det finns ingen telefon eller e-post i det ärendet, så jag kan inte berätta hur det går här. Ring kommunens kundtjänst, så hjälper de dig.',
    codeSms: 'Vi har skickat en kod i ett sms till telefonnumret i ärendet. Skriv koden här, sex siffror.',
    codeEmail: 'Vi har skickat en kod till e-postadressen i ärendet. Skriv koden här, sex siffror.',
    codeWrong: 'Koden stämmer inte. Skriv den igen.',
    codeEnded: 'Koden stämmer inte, och du har försökt tre gånger. Skriv status och ärendenumret igen om en stund, så skickar vi en ny kod.',
    codeExpired: 'Koden gäller inte längre. Skriv status och ärendenumret igen, så skickar vi en ny kod.',
    notSatisfied: 'Jag är inte nöjd med svaret',
    notProved: 'Skriv först status och ditt ärendenummer, till exempel: status 2026-00042.',
  },
  en: {
    notFound: 'I cannot find a case with that number. Write status and the number again, for example: status 2026-00042.',
    throttled: 'You have asked about many cases in a short time, so I cannot look up more just now. Please try again in an hour.',
    noContact: "There is no phone or e-mail on that case, so I cannot tell you how it is going here. Call the municipality's customer service, and they will help you.",
    codeSms: 'We have sent a code by text message to the phone number on the case. Write the code here, six digits.',
    codeEmail: 'We have sent a code to the e-mail address on the case. Write the code here, six digits.',
    codeWrong: 'That code is not right. Please write it again.',
    codeEnded: 'That code is not right, and you have tried three times. Write status and the case number again in a while, and we will send a new code.',
    codeExpired: 'That code no longer works. Write status and the case number again, and we will send a new code.',
    notSatisfied: 'I am not satisfied with the answer',
    notProved: 'First write status and your case number, for example: status 2026-00042.',
  },
  fi: {
    notFound: 'En löydä asiaa tällä numerolla. Kirjoita status ja numero uudelleen, esimerkiksi: status 2026-00042.',
    throttled: 'Olet kysynyt monesta asiasta lyhyessä ajassa, joten en voi hakea enempää juuri nyt. Yritä uudelleen tunnin kuluttua.',
    noContact: 'Asiassa ei ole puhelinta eikä sähköpostia, joten en voi kertoa sen tilasta täällä. Soita kunnan asiakaspalveluun.',
    codeSms: 'Lähetimme koodin tekstiviestinä asiassa olevaan puhelinnumeroon. Kirjoita koodi tähän, kuusi numeroa.',
    codeEmail: 'Lähetimme koodin asiassa olevaan sähköpostiosoitteeseen. Kirjoita koodi tähän, kuusi numeroa.',
    codeWrong: 'Koodi ei ole oikein. Kirjoita se uudelleen.',
    codeEnded: 'Koodi ei ole oikein, ja olet yrittänyt kolme kertaa. Kirjoita status ja asianumero uudelleen hetken kuluttua, niin lähetämme uuden koodin.',
    codeExpired: 'Koodi ei ole enää voimassa. Kirjoita status ja asianumero uudelleen, niin lähetämme uuden koodin.',
    notSatisfied: 'En ole tyytyväinen vastaukseen',
    notProved: 'Kirjoita ensin status ja asianumerosi, esimerkiksi: status 2026-00042.',
  },
};

/** "status 2026-00042", "Status: 2026 42", "status 202600042". */
const STATUS_ASKED = /^\s*status\s*:?\s*(\d{4}\s*[-\u2010-\u2015\u2212\s]?\s*\d{1,9})\s*[.!]?\s*$/i;
/** The button's words in any language, or the same said shortly. */
const NOT_SATISFIED = /^\s*(jag är inte nöjd med svaret|inte nöjd|i am not satisfied with the answer|not satisfied|en ole tyytyväinen vastaukseen)\s*[.!]?\s*$/i;

/** The button that takes the answer further: its value is not a key, so what comes back is its words. */
const NOT_SATISFIED_BUTTON = 'inte-nojd';

function reply(language: Language, sentences: string[], ask: Question | null = null): Reply {
  const say: OutputPart[] = sentences.map((text) => ({ kind: 'text', text }));
  return { turn: 0, language, say, ask, ending: ask ? 'ask' : 'status', caseReference: null };
}

export function chatStatus(db: Queryable, desk: Pick<StatusDesk, 'lookUp' | 'enterCode' | 'notSatisfied'>, clock: () => Date) {
  return async (request: ChatStatusRequest): Promise<Reply | null> => {
    if (request.input.kind !== 'text') return null;
    const text = request.input.text;
    const lang = request.lang ?? 'sv';
    const w = WORDS[lang];
    const asked = STATUS_ASKED.exec(text);
    if (asked) {
      const outcome = await desk.lookUp({
        requester: request.conversationId,
        channel: 'chat',
        reference: asked[1]!,
        callerNumber: null,
        guesser: { scope: 'address', value: request.address ?? request.conversationId },
      });
      switch (outcome.kind) {
        case 'throttled':
          return reply(lang, [w.throttled]);
        case 'notFound':
          return reply(lang, [w.notFound]);
        case 'noContact':
          return reply(lang, [w.noContact]);
        case 'codeSent':
          return reply(lang, [outcome.via === 'sms' ? w.codeSms : w.codeEmail]);
        case 'told':
          return told(lang, outcome.facts);
      }
    }
    if (keyedCode(text) !== null && (await codeAwaited(db, request.conversationId, clock()))) {
      const outcome = await desk.enterCode(request.conversationId, 'chat', text);
      switch (outcome.kind) {
        case 'told':
          return told(lang, outcome.facts);
        case 'wrong':
          return reply(lang, [w.codeWrong]);
        case 'ended':
          return reply(lang, [w.codeEnded]);
        case 'expired':
          return reply(lang, [w.codeExpired]);
        case 'none':
          return null;
      }
    }
    if (NOT_SATISFIED.test(text)) {
      const caseId = await lastVerifiedCase(db, request.conversationId);
      const outcome = caseId === null ? null : await desk.notSatisfied(request.conversationId, 'chat', caseId);
      return reply(lang, outcome ? takenFurtherSentences(outcome, lang) : [w.notProved]);
    }
    return null;
  };

  function told(lang: Language, facts: Parameters<typeof statusSentences>[0]): Reply {
    const sentences = statusSentences(facts, lang);
    if (!facts.answered) return reply(lang, sentences);
    const ask: Question = { step: 'status_not_satisfied', input: 'choice', choices: [{ key: NOT_SATISFIED_BUTTON, label: WORDS[lang].notSatisfied }], skippable: false, hints: [] };
    return reply(lang, sentences, ask);
  }
}

export type ChatStatus = ReturnType<typeof chatStatus>;

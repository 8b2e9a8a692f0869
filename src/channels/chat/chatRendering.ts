import type { Reply } from '../../conversation/reply';
import { fill } from '../../flow/speaking';
import type { FlowInput, OutputPart, Question } from '../../flow/types';
import { LANGUAGE_INFO, type Language } from '../../domain';
import type { ChatAction, ChatActivity } from './chatActivity';
import { CHAT_WORDS } from './chatWords';

/** The key that skips a question that may be skipped, as on the phone. */
const SKIP_KEY = '#';

export interface RenderOptions {
  /** Customer service's number, offered when the chat cannot hand over (config TWILIO_PHONE_NUMBER). */
  customerServicePhone: string | null;
}

/**
 * A reply as activities: each sentence a message; the question last, with its choices as buttons in the
 * phone's order, its step in channelData and inputHint expectingInput; an ending closes with endOfConversation.
 */
export function renderReply(reply: Reply, input: FlowInput, options: RenderOptions): ChatActivity[] {
  const { language } = reply;
  if (reply.ending === 'transfer') return transferOffer(reply, options);
  const messages = sentences(reply.say, reply.caseReference).map((text) => message(language, text));
  // Status on request answers beside the conversation: the chat stays open for the case number, the code, or more.
  if (reply.ending === 'status') return messages.map((m, i) => (i === messages.length - 1 ? { ...m, inputHint: 'expectingInput' } : m));
  if (reply.ending === 'ask' && reply.ask) {
    const question = messages.pop() ?? message(language, '');
    messages.push(asking(question, reply.ask, language));
    return messages;
  }
  // A message after the goodbye: the engine stays quiet, the chat says why. A closed chat needs nothing.
  if (messages.length === 0 && input.kind !== 'hangup') messages.push(message(language, CHAT_WORDS.alreadyEnded[language]));
  return [...messages, ended(language, 'end', reply.caseReference)];
}

/** Sentences in order; a number (a phone number, the case number) finishes the sentence before it. */
function sentences(parts: readonly OutputPart[], caseReference: string | null): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (part.kind === 'text') {
      out.push(part.text);
      continue;
    }
    const value = part.kind === 'digits' ? part.text : caseReference && unbroken(caseReference);
    if (!value) continue;
    const last = out.pop();
    out.push(last === undefined ? value : `${last} ${value}.`);
  }
  return out;
}

/**
 * The case number as a chat shows it: with a non-breaking hyphen (U+2011), which looks the same, so that no chat
 * client's line breaking splits it into "2026-" and "00005" (Web Chat does). The register reads either hyphen.
 */
export function unbroken(reference: string): string {
  return reference.replace('-', '\u2011');
}

function asking(question: ChatActivity, ask: Question, language: Language): ChatActivity {
  const actions = ask.choices.map((c) => action(c.label, c.key));
  if (ask.skippable) actions.push(action(CHAT_WORDS.skip[language], SKIP_KEY));
  return {
    ...question,
    inputHint: 'expectingInput',
    ...(actions.length ? { suggestedActions: { actions } } : {}),
    channelData: { step: ask.step, input: ask.input },
  };
}

/**
 * A safety net only: the intake answers a request for a person in the chat with its own callback offer, so the
 * engine never transfers a chat. A flow without that offer would, and the chat has no queue to wait in.
 */
function transferOffer(reply: Reply, { customerServicePhone }: RenderOptions): ChatActivity[] {
  const lang = reply.language;
  const texts = [CHAT_WORDS.transferNoLiveChat[lang]];
  if (reply.caseReference) texts.push(fill(CHAT_WORDS.transferKept[lang], { reference: unbroken(reply.caseReference) }));
  texts.push(CHAT_WORDS.transferCallback[lang]);
  if (customerServicePhone) texts.push(fill(CHAT_WORDS.transferPhone[lang], { number: customerServicePhone }));
  return [...texts.map((t) => message(lang, t)), ended(lang, 'transfer', reply.caseReference)];
}

function action(label: string, key: string): ChatAction {
  return { type: 'messageBack', title: label, text: label, displayText: label, value: key };
}

export function message(language: Language, text: string): ChatActivity {
  return { type: 'message', text, locale: LANGUAGE_INFO[language].locale, inputHint: 'acceptingInput' };
}

function ended(language: Language, ending: 'end' | 'transfer', caseReference: string | null): ChatActivity {
  return {
    type: 'endOfConversation',
    code: 'completedSuccessfully',
    locale: LANGUAGE_INFO[language].locale,
    inputHint: 'acceptingInput',
    channelData: { ending, ...(caseReference ? { caseReference } : {}) },
  };
}

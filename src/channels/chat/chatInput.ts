import type { FlowInput } from '../../flow/types';
import { languageOfLocale, MAX_TEXT_LENGTH, type Language } from '../../domain';
import type { IncomingActivity } from './chatActivity';

/** The longest message taken: what the register keeps of one answer. */
export const MAX_MESSAGE_LENGTH = MAX_TEXT_LENGTH;

/** Events a page may send to open the conversation (Web Chat's own, and ours). */
const START_EVENTS = new Set(['startConversation', 'webchat/join']);
/** A button's value: the phone digit it stands for, or # (skip), * (repeat). */
const KEY_VALUE = /^[0-9#*]{1,3}$/;

/** What an activity asks of the conversation: a turn, nothing (typing), or it cannot be read. */
export type ChatIntent =
  | { kind: 'turn'; input: FlowInput }
  | { kind: 'ignore' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'unknownType'; type: string };

/** Translation only: the engine already understands button texts, numbers, synonyms and commands. */
export function chatIntentOf(activity: IncomingActivity): ChatIntent {
  const lang = languageOf(activity.locale);
  switch (activity.type) {
    case 'message': {
      if (typeof activity.value === 'string' && KEY_VALUE.test(activity.value)) return turn({ kind: 'key', key: activity.value });
      const text = activity.text ?? '';
      if (text.length > MAX_MESSAGE_LENGTH) return { kind: 'tooLong', max: MAX_MESSAGE_LENGTH };
      return turn(text.trim() === '' ? { kind: 'silence' } : { kind: 'text', text });
    }
    case 'conversationUpdate':
      return turn({ kind: 'start', ...(lang ? { lang } : {}) });
    case 'event':
      return activity.name && START_EVENTS.has(activity.name) ? turn({ kind: 'start', ...(lang ? { lang } : {}) }) : { kind: 'ignore' };
    case 'endOfConversation':
      // The resident closed the chat: what they described so far is kept for customer service.
      return turn({ kind: 'hangup' });
    case 'typing':
      return { kind: 'ignore' };
    default:
      return { kind: 'unknownType', type: activity.type };
  }
}

/** "en", "en-GB", "en_US" → English; a language not served is Swedish (undefined: not said). */
export function languageOf(locale: string | null | undefined): Language | undefined {
  return locale ? languageOfLocale(locale) : undefined;
}

const turn = (input: FlowInput): ChatIntent => ({ kind: 'turn', input });

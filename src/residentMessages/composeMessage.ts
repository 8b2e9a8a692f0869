import { phoneNumberForReading, type Language, type ServiceArea } from '../domain';
import type { ResidentMessageKind } from '../register/residentContact';
import { RESIDENT_TEXTS, type ResidentTexts } from './catalogue';
import { SMS_MAX_LENGTH, type ResidentMessageSettings } from './residentMessageTypes';

/** The parts of a case a message to its resident is made from (never its account of what happened). */
export interface MessageCase {
  reference: string;
  language: Language;
  area: ServiceArea | null;
  contact: { name: string | null };
}

export interface ComposedMessage {
  subject: string;
  body: string;
}

/** Social services and LSS go to IVO, the municipality's health care to Patientnämnden; unknown: both are named. */
const AREA_AUTHORITY: Record<ServiceArea, keyof Pick<ResidentTexts, 'ivo' | 'patientnamnden' | 'ivoOrPatientnamnden'>> = {
  aldreomsorg: 'ivo',
  stod_och_service: 'ivo',
  individ_och_familjeomsorg: 'ivo',
  halso_och_sjukvard: 'patientnamnden',
  annat: 'ivoOrPatientnamnden',
};

const phoneOf = (settings: ResidentMessageSettings) => (settings.customerServicePhone ? phoneNumberForReading(settings.customerServicePhone) : null);

/**
 * Where to turn when not satisfied, at the end of every answer: the next level of the ladder (the signed link when
 * there is one, otherwise reply or call customer service), then IVO or Patientnämnden by the case's area.
 */
export function notSatisfiedLines(c: MessageCase, settings: ResidentMessageSettings, canReply: boolean): string[] {
  const t = RESIDENT_TEXTS[c.language];
  const url = settings.notSatisfiedUrl?.(c.reference) ?? null;
  const nextLevel = url ? t.notSatisfiedLink(url) : t.notSatisfiedContact({ phone: phoneOf(settings), reference: c.reference, canReply });
  return [nextLevel, t[AREA_AUTHORITY[c.area ?? 'annat']]];
}

/** News or the answer as a whole text, for an e-mail (`canReply`) or a letter: greeting, the handler's text, the way on. */
export function composeFullMessage(c: MessageCase, kind: ResidentMessageKind, text: string, settings: ResidentMessageSettings, canReply: boolean): ComposedMessage {
  const t = RESIDENT_TEXTS[c.language];
  const paragraphs = [
    t.greeting(c.contact.name),
    kind === 'news' ? t.newsIntro(c.reference) : t.answerIntro(c.reference),
    text.trim(),
    ...(kind === 'answer' ? notSatisfiedLines(c, settings, canReply) : [t.questions(phoneOf(settings), c.reference)]),
    t.signOff(settings.municipalityName),
  ];
  return { subject: kind === 'news' ? t.newsSubject(c.reference) : t.answerSubject(c.reference), body: paragraphs.join('\n\n') };
}

/**
 * An SMS to a resident who chose the phone. News goes whole when it fits (SMS_MAX_LENGTH); a longer text is never
 * cut: the SMS says the news has come and how to hear it. An answer by phone is given in a callback, so its SMS says
 * the answer is ready and customer service will call.
 */
export function composeSms(c: MessageCase, kind: ResidentMessageKind, text: string, settings: ResidentMessageSettings): { body: string; whole: boolean } {
  const t = RESIDENT_TEXTS[c.language];
  const sender = `${settings.municipalityName}: `;
  if (kind === 'answer') return { body: sender + t.answerHasComeCall(c.reference, phoneOf(settings)), whole: false };
  const whole = `${sender}${t.newsIntro(c.reference)} ${text.trim().replace(/\s+/g, ' ')}`;
  return whole.length <= SMS_MAX_LENGTH ? { body: whole, whole: true } : { body: sender + t.newsHasCome(c.reference, phoneOf(settings)), whole: false };
}

import { CASE_KIND_LABELS, CHANNEL_LABELS, SERVICE_AREA_LABELS, SWEDISH_TIME_ZONE } from '../domain';
import type { OutgoingEmail } from '../outbox/outboxTypes';
import type { Case } from '../register/case';
import { casePageUrl, type FollowUpSettings } from './followUpSettings';

const dateTime = new Intl.DateTimeFormat('sv-SE', { timeZone: SWEDISH_TIME_ZONE, dateStyle: 'short', timeStyle: 'short' });
const date = new Intl.DateTimeFormat('sv-SE', { timeZone: SWEDISH_TIME_ZONE, dateStyle: 'short' });

/** A deadline's day as the managers' e-mails write it (2026-12-28). */
export function dayOfDeadline(due: Date): string {
  return date.format(due);
}

/**
 * The facts a manager needs to find and judge the case, and never what the resident said or who they are: an
 * e-mail leaves the municipality's systems, the case page does not.
 */
export function facts(c: Case, unit: string | null, settings: FollowUpSettings): string[] {
  const link = casePageUrl(settings, c.reference);
  return [
    `Ärende: ${c.reference}`,
    `Typ: ${c.kind ? CASE_KIND_LABELS[c.kind] : 'inte angiven'}`,
    `Verksamhet: ${c.area ? SERVICE_AREA_LABELS[c.area] : 'inte angiven'}`,
    `Ansvarig enhet: ${unit ?? 'ingen ännu'}`,
    `Inkom: ${dateTime.format(c.registeredAt)} (${CHANNEL_LABELS[c.channel]})`,
    '',
    link ? `Öppna ärendet: ${link}` : `Öppna ärendet i Synpunkt: sök på ärendenummer ${c.reference}.`,
    '',
    'Vad invånaren berättat och vem hen är står bara i Synpunkt, inte i e-post.',
  ];
}

/** To the managers of a case flagged as a possible missförhållande. */
export function seriousCaseEmail(c: Case, unit: string | null, to: string, settings: FollowUpSettings): OutgoingEmail {
  return {
    to,
    language: 'sv',
    subject: `Allvarligt ärende ${c.reference}: möjligt missförhållande`,
    text: [
      `Ärende ${c.reference} är markerat som ett möjligt missförhållande. Det ska bedömas enligt Lex Sarah / Lex Maria`,
      'utan dröjsmål, och bedömningen registreras på ärendet innan det kan avslutas.',
      '',
      ...facts(c, unit, settings),
    ].join('\n'),
  };
}

export type Deadline = 'news' | 'answer';

const DEADLINE_WORDS: Record<Deadline, { what: string; due: (c: Case) => Date }> = {
  news: { what: 'besked om vad som händer (inom 14 dagar)', due: (c) => c.newsDue },
  answer: { what: 'svar (inom fyra veckor)', due: (c) => c.answerDue },
};

/** To a unit's managers, before a deadline passes. */
export function deadlineReminderEmail(c: Case, deadline: Deadline, unit: string, to: string, settings: FollowUpSettings): OutgoingEmail {
  const d = DEADLINE_WORDS[deadline];
  return {
    to,
    language: 'sv',
    subject: `Påminnelse: ärende ${c.reference} ska ha ${deadline === 'news' ? 'besked' : 'svar'} senast ${date.format(d.due(c))}`,
    text: [`Invånaren har utlovats ${d.what}. Tidsfristen för ärende ${c.reference} går ut ${date.format(d.due(c))}.`, '', ...facts(c, unit, settings)].join('\n'),
  };
}

/** To the managers one level up, once a deadline has passed. */
export function deadlineEscalationEmail(c: Case, deadline: Deadline, unit: string, escalatedTo: string, to: string, settings: FollowUpSettings): OutgoingEmail {
  const d = DEADLINE_WORDS[deadline];
  return {
    to,
    language: 'sv',
    subject: `Försenat ärende ${c.reference} hos ${unit}`,
    text: [
      `Tidsfristen för ${d.what} i ärende ${c.reference} gick ut ${date.format(d.due(c))} utan att det blev gjort.`,
      `Ärendet visas nu också i inkorgen för ${escalatedTo}.`,
      '',
      ...facts(c, unit, settings),
    ].join('\n'),
  };
}

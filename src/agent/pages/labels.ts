import type { SecretPart } from '../../register/secretParts';
import type { CallbackOutcome } from '../../callbacks/callbackPolicy';
import { html, type Html } from './html';
import type { CallbackFailure } from '../../callbacks/callbackOutcomes';
import type { CallbackStatus, CallbackWindow } from '../../callbacks/callbackTypes';
import {
  CLICK_TO_CALL_NOT_YOURS,
  CLICK_TO_CALL_TOO_LATE,
  CLICK_TO_CALL_UNKNOWN,
  NO_CREDENTIALS_ERROR,
  NO_SMTP_ERROR,
  type OutboxKind,
  type OutboxStatus,
} from '../../outbox/outboxTypes';
import type { CaseEventAction } from '../../register/caseEvents';
import type { AssessmentDecision, LexLaw } from '../../register/caseAssessment';
import { CASE_KIND_LABELS, CHANNEL_LABELS, LANGUAGE_INFO, SERVICE_AREA_LABELS, LANGUAGES, type CaseKind, type CaseStatus, type Language, type OnBehalf, type ReplyMethod, type ServiceArea } from '../../domain';
import type { AgentRole } from '../agentTypes';
import type { AccessAction } from '../../accessLog/caseAccessLog';
import type { ManagerTitle, UnitLevel } from '../../organisation/organisationTypes';

/** The words the pages use for the register's codes, in Swedish (the workspace's language). */
export const KIND_LABEL: Record<CaseKind, string> = { ...CASE_KIND_LABELS };

export const AREA_LABEL: Record<ServiceArea, string> = { ...SERVICE_AREA_LABELS };

export const STATUS_LABEL: Record<CaseStatus, string> = {
  registered: 'Registrerat',
  routed: 'Skickat till enhet',
  investigating: 'Utreds',
  answered: 'Besvarat',
  closed: 'Avslutat',
  incomplete: 'Ofullständigt',
};

export const CHANNEL_LABEL = CHANNEL_LABELS;
export const LANGUAGE_LABEL = Object.fromEntries(LANGUAGES.map((l) => [l, LANGUAGE_INFO[l].label])) as Record<Language, string>;
// The resident's side says "en närstående"; the agents' pages use the same word.
export const ON_BEHALF_LABEL: Record<OnBehalf, string> = { self: 'Invånaren själv', relative: 'En närstående', other: 'Någon annan' };
export const REPLY_LABEL: Record<ReplyMethod, string> = { phone: 'Telefon', email: 'E-post', letter: 'Brev' };
export const WINDOW_LABEL: Record<CallbackWindow, string> = { morning: 'Förmiddag 08–12', afternoon: 'Eftermiddag 13–16.30' };
/** The options of the case form's choices, by the declared field's name (src/register/caseFields.ts). */
export const CHOICE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  kind: KIND_LABEL,
  area: AREA_LABEL,
  onBehalf: ON_BEHALF_LABEL,
  replyMethod: REPLY_LABEL,
  language: LANGUAGE_LABEL,
};

export const ROLE_LABEL: Record<AgentRole, string> = { agent: 'Kundtjänst', handler: 'Handläggare', admin: 'Administratör', analyst: 'Analytiker' };

export const CALLBACK_STATUS_LABEL: Record<CallbackStatus, string> = {
  pending: 'Väntar',
  claimed: 'Tagen',
  done: 'Klar',
  failed: 'Misslyckad',
  cancelled: 'Avbruten',
};

export const OUTCOME_LABEL: Record<CallbackOutcome, string> = {
  reached: 'Nådde invånaren',
  no_answer: 'Inget svar',
  busy: 'Upptaget',
  wrong_number: 'Fel nummer',
};

export const FAILURE_LABEL: Record<CallbackFailure, string> = {
  wrong_number: 'Fel nummer: invånaren nås inte på numret.',
  not_reached: 'Invånaren nåddes inte trots upprepade försök.',
};

export const OUTBOX_KIND_LABEL: Record<OutboxKind, string> = { sms_receipt: 'SMS-kvitto', click_to_call: 'Uppringning via Twilio', email: 'E-post', sms: 'SMS', letter: 'Brev' };
/** How a message reached (or is to reach) the resident: the reply method, or the outbox kind that carried it. */
export const RESIDENT_WAY_LABEL: Record<string, string> = { phone: 'Telefon', email: 'E-post', letter: 'Brev', sms: 'SMS' };
export const OUTBOX_STATUS_LABEL: Record<OutboxStatus, string> = { pending: 'Väntar på att skickas', sent: 'Skickat', failed: 'Kunde inte skickas' };

export const EVENT_LABEL: Record<CaseEventAction, string> = {
  registered: 'Registrerat',
  kept_incomplete: 'Sparat som ofullständigt',
  completed: 'Kompletterat',
  status_changed: 'Status ändrad',
  rerouted: 'Flyttat till annan enhet',
  updated: 'Uppdaterat',
  note_added: 'Anteckning',
  callback_requested: 'Återuppringning önskad',
  callback_joined: 'Återuppringning samordnad med en redan bokad',
  callback_claimed: 'Återuppringning tagen',
  callback_released: 'Återuppringning tillbaka i kön',
  callback_attempted: 'Försök att ringa',
  callback_done: 'Återuppringning klar',
  callback_failed: 'Återuppringning misslyckad',
  callback_cancelled: 'Återuppringning avbruten',
  receipt_queued: 'Kvitto köat',
  flagged_serious: 'Markerat som allvarligt',
  serious_notified: 'Chefer meddelade om allvarligt ärende',
  assessed: 'Bedömt enligt Lex Sarah / Lex Maria',
  deadline_reminded: 'Påminnelse om tidsfrist',
  deadline_escalated: 'Tidsfrist passerad, lyft ett steg upp',
  news_queued: 'Besked till invånaren köat',
  answer_queued: 'Svar till invånaren köat',
  message_sent: 'Meddelande till invånaren skickat',
  message_failed: 'Meddelande till invånaren kunde inte skickas',
  letter_printed: 'Brev utskrivet',
  status_told: 'Invånaren fick höra ärendets status',
  not_satisfied: 'Invånaren är inte nöjd med svaret',
  escalated: 'Lyft ett steg upp',
  reopened: 'Öppnat igen',
  erased: 'Personuppgifter raderade',
  contact_anonymised: 'Kontaktuppgifter avidentifierade',
  parts_marked_secret: 'Delar markerade som sekretess',
  copy_released: 'Kopia lämnad ut med sekretess maskerad',
};

export const LEX_LAW_LABEL: Record<LexLaw, string> = { lex_sarah: 'Lex Sarah', lex_maria: 'Lex Maria' };
export const ASSESSMENT_DECISION_LABEL: Record<AssessmentDecision, string> = {
  inget_missforhallande: 'Inget missförhållande',
  missforhallande: 'Missförhållande, åtgärdat i verksamheten',
  anmalt_till_ivo: 'Allvarligt missförhållande, anmält till IVO',
};

export const DEADLINE_LABEL = { news: 'Besked inom 14 dagar', answer: 'Svar inom fyra veckor' } as const;

/** What the outbox keeps as its last error, in the workspace's words; an error from Twilio or the mail server is shown as it came. */
const OUTBOX_ERROR_LABEL: Readonly<Record<string, string>> = {
  [NO_CREDENTIALS_ERROR]: 'Inte skickat ännu: Twilio är inte inställt i tjänsten. Meddelandet skickas när det är gjort.',
  [NO_SMTP_ERROR]: 'Inte skickat ännu: ingen e-postserver är inställd i tjänsten. Meddelandet skickas när den är det.',
  [CLICK_TO_CALL_TOO_LATE]: 'Inte uppringt: samtalet kunde inte kopplas inom 2 minuter, och senare hade det överraskat dig.',
  [CLICK_TO_CALL_NOT_YOURS]: 'Inte uppringt: återuppringningen var inte längre din.',
  [CLICK_TO_CALL_UNKNOWN]: 'Inte uppringt: det framgick inte vilken återuppringning det gällde.',
};

/** A provider's own error is quoted as it came, marked as English (WCAG 3.1.2): we cannot translate what we do not know. */
export function outboxErrorLabel(error: string): Html {
  const known = OUTBOX_ERROR_LABEL[error];
  return known ? html`${known}` : html`Fel från leverantören: <span lang="en">${error}</span>`;
}

/** Why a callback went back to the queue (the history's callback_released). */
export const RELEASE_REASON_LABEL: Readonly<Record<string, string>> = {
  released: 'Lämnades tillbaka till kön',
  'claim expired': 'Tiden för att ringa gick ut',
};

/** Who did something in a case's history, in words after "av": "invånaren (telefon)", "anna", "systemet". */
export function actorLabel(actor: string): string {
  if (actor === 'system') return 'systemet';
  const [who, name] = [actor.slice(0, actor.indexOf(':')), actor.slice(actor.indexOf(':') + 1)];
  if (who === 'resident') return `invånaren (${labelOf(RESIDENT_CHANNEL_LABEL, name)})`;
  if (who === 'agent') return name;
  return actor;
}

const RESIDENT_CHANNEL_LABEL: Record<string, string> = { phone: 'telefon', chat: 'chatt', link: 'länk i svaret' };

/** A label for a code that may be anything stored in jsonb: the code itself when it is not one we know. */
export function labelOf<K extends string>(labels: Record<K, string>, code: unknown): string {
  return typeof code === 'string' && code in labels ? labels[code as K] : String(code ?? '');
}

/** The rungs of the ladder and the managers' titles, as staff say them. */
export const LEVEL_LABEL: Record<UnitLevel, string> = { enhet: 'Enhet', verksamhet: 'Verksamhet', sektor: 'Sektor' };
export const TITLE_LABEL: Record<ManagerTitle, string> = {
  enhetschef: 'Enhetschef',
  bitradande_verksamhetschef: 'Biträdande verksamhetschef',
  verksamhetschef: 'Verksamhetschef',
  sektorschef: 'Sektorschef',
};

/** What was done with a case, in the access log. */
export const ACCESS_ACTION_LABEL: Record<AccessAction, string> = {
  read: 'Läste ärendet',
  export: 'Laddade ned fil',
  listen: 'Lyssnade på inspelning',
  search: 'Hittade i sökning',
  refused: 'Nekades läsning',
};

/** The parts of a case that can be marked secret (OSL), as the copy for release names them. */
export const SECRET_PART_LABEL: Record<SecretPart, string> = {
  what: 'Vad hände?',
  when_where: 'När och var?',
  consequences: 'Följder',
  handling: 'Anteckningar, åtgärder och svar',
  contact: 'Kontaktuppgifter',
};

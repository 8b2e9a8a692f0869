import type { Language } from '../domain';

/** What leaves the service through the outbox; the SQL check constraints in db/002 mirror these. */
export const OUTBOX_KIND = {
  /** A text with the case number, to the resident. */
  smsReceipt: 'sms_receipt',
  /** Rings the agent's own phone, then bridges the call to the resident. */
  clickToCall: 'click_to_call',
  /** An e-mail (to managers about serious and overdue cases; later news and answers to residents). */
  email: 'email',
  /** A text to the resident: news, a short note that the answer has come, a one-time code. */
  sms: 'sms',
  /** A letter to the resident: listed for staff to print (status sent = printed); recipient is name and address. */
  letter: 'letter',
} as const;
export type OutboxKind = (typeof OUTBOX_KIND)[keyof typeof OUTBOX_KIND];

export const OUTBOX_STATUS = { pending: 'pending', sent: 'sent', failed: 'failed' } as const;
export type OutboxStatus = (typeof OUTBOX_STATUS)[keyof typeof OUTBOX_STATUS];

export interface OutboxMessage {
  id: number;
  kind: OutboxKind;
  caseId: number | null;
  /** Who is texted or rung first, in E.164; for an e-mail, the address. */
  recipient: string;
  body: string | null;
  /** An e-mail's subject line. */
  subject: string | null;
  /** The language an e-mail is written in. */
  language: Language | null;
  /** Why it was sent (a serious case, a deadline): the same notice reaches a recipient once per case. */
  purpose: string | null;
  payload: Record<string, unknown>;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  providerId: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** An e-mail as any part of the service sends it: one recipient, a subject, a plain text, its language. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  language: Language;
}

/** Shown on the case page while nothing can be sent: the message waits, it is never pretended sent. */
export const NO_CREDENTIALS_ERROR = 'not sent: no Twilio credentials';
/** The same for e-mail while no SMTP server is configured. */
export const NO_SMTP_ERROR = 'not sent: no SMTP server configured';

/** The kinds each way out delivers: Twilio texts and rings, SMTP mails. */
export const TWILIO_KINDS: readonly OutboxKind[] = [OUTBOX_KIND.smsReceipt, OUTBOX_KIND.sms, OUTBOX_KIND.clickToCall];
export const EMAIL_KINDS: readonly OutboxKind[] = [OUTBOX_KIND.email];

/** Delivery settings, from configuration (OUTBOX_* variables). */
export interface OutboxPolicy {
  maxAttempts: number;
  /** The wait after the first failure; it doubles with every further failure, up to MAX_RETRY_SECONDS. */
  retryBaseSeconds: number;
}

export const MAX_RETRY_SECONDS = 3600;

/**
 * A click-to-call rings the agent's phone: later than this after they asked, it would surprise them (they have
 * moved on, or called the resident themselves), so it is given up instead of retried like an SMS.
 */
export const CLICK_TO_CALL_GIVE_UP_SECONDS = 120;
export const CLICK_TO_CALL_TOO_LATE = 'not called: it could not be placed within 2 minutes of the request, and a call later than that would surprise the agent';
export const CLICK_TO_CALL_NOT_YOURS = 'not called: the callback is no longer yours';
export const CLICK_TO_CALL_UNKNOWN = 'not called: the request does not say which callback and agent it is for';

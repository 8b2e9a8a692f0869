/** How the queue treats claims and attempts; read from configuration (CALLBACK_* variables). */
export interface CallbackPolicy {
  /** A claim nobody acts on returns to the queue after this long. */
  claimMinutes: number;
  /** After this many attempts without reaching the resident the callback fails. */
  maxAttempts: number;
  /** How long to wait before trying again after no answer or busy. */
  retryMinutes: number;
}

export const CALLBACK_OUTCOMES = ['reached', 'no_answer', 'busy', 'wrong_number'] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];
export const CALLBACK_OUTCOME = {
  reached: 'reached',
  noAnswer: 'no_answer',
  busy: 'busy',
  wrongNumber: 'wrong_number',
} as const satisfies Record<string, CallbackOutcome>;

export const CALLBACK_STATUS = {
  pending: 'pending',
  claimed: 'claimed',
  done: 'done',
  failed: 'failed',
  cancelled: 'cancelled',
} as const;
export type CallbackStatus = (typeof CALLBACK_STATUS)[keyof typeof CALLBACK_STATUS];
export const CALLBACK_STATUSES = Object.values(CALLBACK_STATUS) as CallbackStatus[];
/** Statuses in which a callback still waits for someone to call: at most one per case. */
export const OPEN_CALLBACK_STATUSES: readonly CallbackStatus[] = [CALLBACK_STATUS.pending, CALLBACK_STATUS.claimed];

export const CALLBACK_WINDOWS = ['morning', 'afternoon'] as const;
export type CallbackWindow = (typeof CALLBACK_WINDOWS)[number];

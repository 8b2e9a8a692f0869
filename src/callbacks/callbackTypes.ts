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

/** The windows are the working calendar's (src/domain/calendar/callbackWindows.ts). */
export { CALLBACK_WINDOWS, type CallbackWindow } from '../domain/calendar/callbackWindows';

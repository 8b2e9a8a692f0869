export const CALLBACK_STATUS = {
  pending: 'pending',
  claimed: 'claimed',
  done: 'done',
  failed: 'failed',
  cancelled: 'cancelled',
} as const;
export type CallbackStatus = (typeof CALLBACK_STATUS)[keyof typeof CALLBACK_STATUS];

/** The windows are the working calendar's (src/domain/calendar/callbackHours.ts). */
export { CALLBACK_WINDOWS, type CallbackWindow } from '../domain/calendar';

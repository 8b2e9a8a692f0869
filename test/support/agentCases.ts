import type { Database } from '../../src/db/database';
import { registerCase, type RegisteredCase } from '../../src/intake/registration';
import { phoneComplaint } from './cases';
import { deadlinesNow } from './calendar';

/** A distinct, valid Swedish mobile number per index, so test callbacks never join each other by accident. */
export function residentPhone(index: number): string {
  return `+46701${String(100000 + index).padStart(6, '0')}`;
}

let nextResident = 0;

export interface CallbackCaseOptions {
  phone?: string;
  serious?: boolean;
  /** When the wished window opens; by default an hour ago, so the callback is due now. */
  windowStart?: Date;
}

/** A registered complaint whose resident wants a callback. */
export function registerCaseWithCallback(db: Database, options: CallbackCaseOptions = {}): Promise<RegisteredCase> {
  const phone = options.phone ?? residentPhone(nextResident++);
  const windowStart = options.windowStart ?? new Date(Date.now() - 3_600_000);
  return registerCase(
    db,
    phoneComplaint({
      serious: options.serious ?? false,
      contact: { name: 'Karin Andersson', phone, email: null },
      callback: { phone, window: 'morning', windowStart, windowEnd: new Date(windowStart.getTime() + 4 * 3_600_000) },
    }),
    'resident:phone',
    deadlinesNow(),
  );
}

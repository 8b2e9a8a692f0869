import { z } from 'zod';
import { CALLBACK_WINDOWS } from '../callbacks/callbackTypes';
import { callbackTime, type WorkingCalendar } from '../domain/calendar';
import type { CaseDetails } from '../register/caseCompletion';
import { CASE_KINDS, checkPhoneNumber, LANGUAGES, MAX_TEXT_LENGTH, ON_BEHALF, REPLY_METHODS, SERVICE_AREAS } from '../domain';
import { storableText } from '../db/storableText';
import { InvalidCaseError } from '../register/errors';

/** Forms send "" for an empty field; the API treats it as no value. */
const blankAsNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const optionalText = (max: number) => z.preprocess(blankAsNull, storableText().trim().max(max).nullable().default(null));
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(blankAsNull, z.enum(values).nullable().default(null));

/** A phone number as an agent types it (070-123 45 67, +46 70…), stored in E.164. */
export const typedPhone = z.preprocess(
  blankAsNull,
  storableText()
    .max(40)
    .nullable()
    .default(null)
    .transform((value, ctx) => {
      if (value === null) return null;
      const checked = checkPhoneNumber(value);
      if (checked.ok) return checked.e164;
      ctx.addIssue({
        code: 'custom',
        message: checked.reason === 'refused_type' ? 'we do not call premium-rate or shared-cost numbers' : 'not a phone number we can call, write it like 070-123 45 67',
      });
      return z.NEVER;
    }),
);

/** The case form as the finish-call, new-case and complete pages send it (JSON; nested names like contact.phone). */
export const caseFormSchema = z.object({
  kind: z.enum(CASE_KINDS, 'choose the kind: klagomål, synpunkt, förslag or beröm'),
  area: z.enum(SERVICE_AREAS, 'choose the service area'),
  what: storableText('describe what happened').trim().min(1, 'describe what happened').max(MAX_TEXT_LENGTH),
  whenWhere: optionalText(MAX_TEXT_LENGTH),
  consequences: optionalText(MAX_TEXT_LENGTH),
  onBehalf: optionalChoice(ON_BEHALF),
  anonymous: z.boolean().default(false),
  serious: z.boolean().default(false),
  confidential: z.boolean().default(false),
  unit: optionalText(200),
  replyMethod: optionalChoice(REPLY_METHODS),
  contact: z
    .object({ name: optionalText(200), phone: typedPhone, email: optionalText(254) })
    .default({ name: null, phone: null, email: null }),
  /** Book a callback on the next working day, in the morning or the afternoon, to this number (or the contact's). */
  callback: z
    .object({ window: optionalChoice(CALLBACK_WINDOWS), phone: typedPhone })
    .default({ window: null, phone: null }),
  language: z.enum(LANGUAGES).default('sv'),
});
export type CaseForm = z.output<typeof caseFormSchema>;

/** The form as register input. A booked callback is a reply by phone, in a window of the calendar's callback day. */
export function caseDetailsFromForm(form: CaseForm, now: Date, calendar: WorkingCalendar): CaseDetails {
  const { callback: booking, ...rest } = form;
  if (!booking.window) return rest;
  const phone = booking.phone ?? form.contact.phone;
  if (!phone) throw new InvalidCaseError([{ field: 'callback.phone', message: 'a callback needs a number to call' }]);
  const { windowStart, windowEnd } = callbackTime(calendar, now, booking.window);
  return {
    ...rest,
    replyMethod: rest.replyMethod ?? 'phone',
    callback: { phone, window: booking.window, windowStart, windowEnd },
  };
}

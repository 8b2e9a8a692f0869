import { z } from 'zod';
import { CALLBACK_WINDOWS, type CallbackWindow } from '../callbacks/callbackTypes';
import { callbackTime, type WorkingCalendar } from '../domain/calendar';
import type { CaseDetails } from '../register/caseCompletion';
import { checkPhoneNumber, MAX_TEXT_LENGTH } from '../domain';
import { CASE_FIELDS, placedWrittenBy, type FieldsWrittenBy, type PlacedField, type ValuesOf } from '../register/caseFields';
import { storableText } from '../db/storableText';
import { InvalidCaseError } from '../register/errors';
import { blankAsNull, optionalText } from './http/validation';

/** The declared fields the agents' case form shows, in declaration order. */
export const AGENT_FORM_FIELDS: readonly PlacedField[] = placedWrittenBy('details').filter((p) => p.field.form);

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
        params: { code: checked.reason === 'refused_type' ? 'betalnummer' : 'inget-telefonnummer' },
      });
      return z.NEVER;
    }),
);

/** What the form asks for a declared field: "" is no value, required fields say what to fill in. */
function formSchemaOf({ field }: PlacedField): z.ZodType {
  const form = field.form!;
  if (form.input === 'checkbox') return z.boolean().default(false);
  if (form.input === 'tel') return typedPhone;
  // The unit is chosen by id from the units the page offers; whether it can take cases is checked at registration.
  if (form.input === 'unit') return z.preprocess(blankAsNull, z.coerce.number('välj en enhet ur listan').int().positive().max(2 ** 31 - 1).nullable().default(null));
  if (form.input === 'select') {
    const choices = form.choices as readonly [string, ...string[]];
    if (form.required) return z.enum(choices, form.required);
    // A select without an empty option always has a choice: the field's own default.
    return form.empty === null ? field.schema : optionalChoice(choices);
  }
  if (form.required) return storableText(form.required).trim().min(1, form.required).max(form.max ?? MAX_TEXT_LENGTH);
  return optionalText(form.max ?? MAX_TEXT_LENGTH);
}

function formShape(fields: readonly PlacedField[]): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  const groups = new Map<string, Record<string, z.ZodType>>();
  for (const f of fields) {
    if (f.path.length === 1) shape[f.name] = formSchemaOf(f);
    else groups.set(f.path[0]!, { ...groups.get(f.path[0]!), [f.path[1]!]: formSchemaOf(f) });
  }
  for (const [name, group] of groups) shape[name] = z.object(group).prefault({});
  return shape;
}

/** What the form sends: the declared details, and a callback to book. */
export type CaseForm = ValuesOf<FieldsWrittenBy<typeof CASE_FIELDS, 'details'>> & {
  callback: { window: CallbackWindow | null; phone: string | null };
};

/** The case form as the finish-call, new-case and complete pages send it (JSON; nested names like contact.phone). */
export const caseFormSchema = z.object({
  ...formShape(AGENT_FORM_FIELDS),
  /** Book a callback on the next working day, in the morning or the afternoon, to this number (or the contact's). */
  callback: z
    .object({ window: optionalChoice(CALLBACK_WINDOWS), phone: typedPhone })
    .default({ window: null, phone: null }),
}) as unknown as z.ZodType<CaseForm>;

/** The form as register input. A booked callback is a reply by phone, in a window of the calendar's callback day. */
export function caseDetailsFromForm(form: CaseForm, now: Date, calendar: WorkingCalendar): CaseDetails {
  const { callback: booking, ...rest } = form;
  if (!booking.window) return rest;
  const phone = booking.phone ?? form.contact.phone;
  if (!phone) throw new InvalidCaseError([{ field: 'callback.phone', message: 'a callback needs a number to call', code: 'aterringning-behover-nummer' }]);
  const { windowStart, windowEnd } = callbackTime(calendar, now, booking.window);
  return {
    ...rest,
    replyMethod: rest.replyMethod ?? 'phone',
    callback: { phone, window: booking.window, windowStart, windowEnd },
  };
}

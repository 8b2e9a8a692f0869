import { z } from 'zod';
import { CALLBACK_WINDOWS, type CallbackWindow } from '../callbacks/callbackTypes';
import type { TransferredCall } from '../conversation/transferredCalls';
import { LANGUAGES } from '../domain';
import type { Case } from '../register/case';
import { CASE_FIELDS, shapeWrittenBy, valueAt, type FieldsWrittenBy, type ValuesOf } from '../register/caseFields';
import { AGENT_FORM_FIELDS } from './caseForm';

/** What the case form shows when it opens: the declared details, filled from what is already known. */
export type CaseFormValues = ValuesOf<FieldsWrittenBy<typeof CASE_FIELDS, 'details'>> & { callbackWindow: CallbackWindow | null };

const detailsSchema = z.object(shapeWrittenBy('details'));

/** Every field at its declared default (nothing chosen, nothing ticked, Swedish). */
export function emptyCaseForm(): CaseFormValues {
  return { ...detailsSchema.parse({}), callbackWindow: null };
}

function withValues(read: (path: readonly string[]) => unknown): CaseFormValues {
  const values = emptyCaseForm() as unknown as Record<string, Record<string, unknown>>;
  for (const { path } of AGENT_FORM_FIELDS) {
    const value = read(path);
    if (value === undefined) continue;
    if (path.length === 1) values[path[0]!] = value as Record<string, unknown>;
    else values[path[0]!] = { ...values[path[0]!], [path[1]!]: value };
  }
  return values as unknown as CaseFormValues;
}

// The flow's stored answers are read by the declared fields' names (contact.phone as `phone`), each with the
// field's own schema, and anything unexpected is left at its default: a flow that changes shape, or a call cut
// short, still opens a usable form, and a new field the flow also asks for is filled in without more code.
const stateShape = z
  .object({
    language: z.enum(LANGUAGES).catch('sv'),
    answers: z.record(z.string(), z.unknown()).catch({}),
  })
  .partial()
  .catch({});
const callbackShape = z.object({ window: z.enum(CALLBACK_WINDOWS) }).nullable().catch(null);

/** The form for finishing a transferred call, filled with what the caller already answered in the menu. */
export function prefillFromCall(call: TransferredCall): CaseFormValues {
  const state = stateShape.parse(call.state);
  const answers = state.answers ?? {};
  const form = withValues((path) => {
    const field = valueAt(CASE_FIELDS, path) as { schema: z.ZodType };
    const parsed = field.schema.safeParse(answers[path.at(-1)!]);
    return parsed.success && parsed.data !== null ? parsed.data : undefined;
  });
  const anonymous = form.anonymous;
  return {
    ...form,
    replyMethod: anonymous ? null : form.replyMethod,
    contact: anonymous ? { name: null, phone: null, email: null } : { ...form.contact, phone: form.contact.phone ?? call.callerPhone },
    callbackWindow: anonymous ? null : (callbackShape.parse(answers.callback)?.window ?? null),
    language: state.language ?? 'sv',
  };
}

/** The form for completing a case already in the register (an incomplete one). */
export function prefillFromCase(c: Case): CaseFormValues {
  return withValues((path) => valueAt(c, path));
}

import { z } from 'zod';
import { CALLBACK_WINDOWS, type CallbackWindow } from '../callbacks/callbackTypes';
import type { Case } from '../register/case';
import {
  CASE_KINDS,
  LANGUAGES,
  ON_BEHALF,
  REPLY_METHODS,
  SERVICE_AREAS,
  type CaseKind,
  type Language,
  type OnBehalf,
  type ReplyMethod,
  type ServiceArea,
} from '../domain';
import type { TransferredCall } from '../conversation/transferredCalls';

/** What the case form shows when it opens: every field optional, filled from what is already known. */
export interface CaseFormValues {
  kind: CaseKind | null;
  area: ServiceArea | null;
  what: string | null;
  whenWhere: string | null;
  consequences: string | null;
  onBehalf: OnBehalf | null;
  anonymous: boolean;
  serious: boolean;
  confidential: boolean;
  unit: string | null;
  replyMethod: ReplyMethod | null;
  contact: { name: string | null; phone: string | null; email: string | null };
  callbackWindow: CallbackWindow | null;
  language: Language;
}

export function emptyCaseForm(): CaseFormValues {
  return {
    kind: null,
    area: null,
    what: null,
    whenWhere: null,
    consequences: null,
    onBehalf: null,
    anonymous: false,
    serious: false,
    confidential: false,
    unit: null,
    replyMethod: null,
    contact: { name: null, phone: null, email: null },
    callbackWindow: null,
    language: 'sv',
  };
}

// The phone menu's answers as stored by the intake flow. Each key is read on its own and anything unexpected
// becomes null: a flow that changes shape, or a call cut short, still opens a usable form.
const text = z.string().trim().min(1).max(8000).nullable().catch(null);
const answersShape = z
  .object({
    kind: z.enum(CASE_KINDS).nullable().catch(null),
    area: z.enum(SERVICE_AREAS).nullable().catch(null),
    what: text,
    whenWhere: text,
    consequences: text,
    onBehalf: z.enum(ON_BEHALF).nullable().catch(null),
    anonymous: z.boolean().nullable().catch(null),
    serious: z.boolean().nullable().catch(null),
    name: text,
    replyMethod: z.enum(REPLY_METHODS).nullable().catch(null),
    phone: text,
    email: text,
    callback: z.object({ window: z.enum(CALLBACK_WINDOWS) }).nullable().catch(null),
  })
  .partial()
  .catch({});
const stateShape = z
  .object({ language: z.enum(LANGUAGES).catch('sv'), answers: answersShape })
  .partial()
  .catch({});

/** The form for finishing a transferred call, filled with what the caller already answered in the menu. */
export function prefillFromCall(call: TransferredCall): CaseFormValues {
  const state = stateShape.parse(call.state);
  const a = state.answers ?? {};
  const anonymous = a.anonymous ?? false;
  return {
    ...emptyCaseForm(),
    kind: a.kind ?? null,
    area: a.area ?? null,
    what: a.what ?? null,
    whenWhere: a.whenWhere ?? null,
    consequences: a.consequences ?? null,
    onBehalf: a.onBehalf ?? null,
    anonymous,
    serious: a.serious ?? false,
    replyMethod: anonymous ? null : (a.replyMethod ?? null),
    contact: anonymous
      ? { name: null, phone: null, email: null }
      : { name: a.name ?? null, phone: a.phone ?? call.callerPhone, email: a.email ?? null },
    callbackWindow: anonymous ? null : (a.callback?.window ?? null),
    language: state.language ?? 'sv',
  };
}

/** The form for completing a case already in the register (an incomplete one). */
export function prefillFromCase(c: Case): CaseFormValues {
  return {
    kind: c.kind,
    area: c.area,
    what: c.what,
    whenWhere: c.whenWhere,
    consequences: c.consequences,
    onBehalf: c.onBehalf,
    anonymous: c.anonymous,
    serious: c.serious,
    confidential: c.confidential,
    unit: c.unit,
    replyMethod: c.replyMethod,
    contact: { ...c.contact },
    callbackWindow: null,
    language: c.language,
  };
}

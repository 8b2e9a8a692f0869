/**
 * What the intake makes of an answer beyond its step's own choice: numbers and addresses checked, kind, area and whose
 * it is heard in what was said, and what the confirm step's choice clears.
 */
import { z } from 'zod';
import { checkPhoneNumber, type ServiceArea } from '../src/domain';
import type { Parsed } from '../src/flow/flowTypes';
import type { IntakeAnswers } from './intakeAnswers';
import type { ConfirmChoice } from './intakeChoices';
import { areaHeardIn, kindHeardIn, onBehalfHeardIn } from './intakeHearing';
import { PROMPTS as P } from './intakePrompts';

const email = z.email().max(254);

export function parsePhone(raw: string): Parsed<string> {
  const checked = checkPhoneNumber(raw);
  if (checked.ok) return { ok: true, value: checked.e164 };
  return { ok: false, problem: checked.reason === 'refused_type' ? P.numberRefused : P.numberInvalid };
}

export function parseEmail(raw: string): Parsed<string> {
  const parsed = email.safeParse(raw.trim());
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: P.emailInvalid };
}

/** Who it is about, when the account already said so ("min mamma"): not asked again. */
export function told(a: IntakeAnswers, words: string | null): IntakeAnswers {
  return a.onBehalf === null && words ? { ...a, onBehalf: onBehalfHeardIn(words) } : a;
}

/** Kind and area named in the menu's answer ("jag vill klaga på hemtjänsten"). */
export function heardKindAndArea(a: IntakeAnswers, words: string, areas: readonly ServiceArea[]): IntakeAnswers {
  const kind = a.kind ?? kindHeardIn(words);
  return { ...a, kind, area: a.area ?? (kind ? areaHeardIn(words, areas) : null) };
}

/** The confirm step's choice: send (nothing being changed), or the part to change, with what it replaces cleared. */
export function startEditing(a: IntakeAnswers, choice: ConfirmChoice): IntakeAnswers {
  switch (choice) {
    case 'send':
      return { ...a, editing: null };
    case 'editAccount':
      return { ...a, editing: 'account' };
    case 'editContact':
      return { ...a, ...NO_CONTACT, editing: 'contact' };
    case 'editCallback':
      return { ...a, callbackDay: null, callback: null, editing: 'callback' };
  }
}

export const NO_CONTACT = {
  anonymous: null, wantsReply: null, name: null, replyMethod: null, phone: null, phoneToConfirm: null, email: null, callbackDay: null, callback: null,
} satisfies Partial<IntakeAnswers>;

import { CALLBACK_WINDOWS } from '../../callbacks/callbackTypes';
import type { UnitRef } from '../../organisation/organisationTypes';
import { valueAt, type AgentInput, type PlacedField } from '../../register/caseFields';
import { AGENT_FORM_FIELDS } from '../caseForm';
import type { CaseFormValues } from '../caseFormValues';
import { html, when, type Html } from './html';
import { fieldError, fieldState, type ShownProblem } from './formErrors';
import { CHOICE_LABELS, WINDOW_LABEL } from './labels';

/** Ids follow the field's name: contact.phone → f-contact-phone (labels point at them). */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, '-')}`;
}

/** A select; `empty` names the no-choice option, or null when a choice is always made. */
export function select(
  name: string,
  label: string,
  options: readonly [string, string][],
  value: string | null,
  opts: { required?: boolean; empty?: string | null } = {},
): Html {
  return html`<div class="field">
  <label for="${fieldId(name)}">${label}${opts.required ? html` <span class="required">(måste fyllas i)</span>` : ''}</label>
  <select id="${fieldId(name)}" name="${name}" ${when(opts.required === true, 'required')}>
    ${opts.empty === null ? '' : html`<option value="">${opts.empty ?? '– välj –'}</option>`}
    ${options.map(([code, text]) => html`<option value="${code}" ${when(code === value, 'selected')}>${text}</option>`)}
  </select>
</div>`;
}

function textArea(name: string, label: string, value: string | null, opts: { required?: boolean; hint?: string } = {}): Html {
  const hintId = `${fieldId(name)}-hint`;
  return html`<div class="field">
  <label for="${fieldId(name)}">${label}${opts.required ? html` <span class="required">(måste fyllas i)</span>` : ''}</label>
  ${opts.hint ? html`<p class="hint" id="${hintId}">${opts.hint}</p>` : ''}
  <textarea id="${fieldId(name)}" name="${name}" rows="4" maxlength="8000" ${when(opts.required === true, 'required')} ${opts.hint ? html`aria-describedby="${hintId}"` : ''}>${value ?? ''}</textarea>
</div>`;
}

/** A text input; `id` when the page has another field of the same name (its id follows the name otherwise). */
export function textInput(
  name: string,
  label: string,
  value: string | null,
  opts: { type?: string; autocomplete?: string; hint?: string; required?: boolean; id?: string; error?: ShownProblem } = {},
): Html {
  const id = opts.id ?? fieldId(name);
  const hintId = `${id}-hint`;
  return html`<div class="field">
  <label for="${id}">${label}${opts.required ? html` <span class="required">(måste fyllas i)</span>` : ''}</label>
  ${opts.hint ? html`<p class="hint" id="${hintId}">${opts.hint}</p>` : ''}
  <input id="${id}" name="${name}" type="${opts.type ?? 'text'}" value="${value ?? ''}" autocomplete="${opts.autocomplete ?? 'off'}" ${when(opts.required === true, 'required')} ${fieldState(id, Boolean(opts.error), opts.hint ? hintId : undefined)}>
  ${fieldError(id, opts.error)}
</div>`;
}

function checkbox(name: string, label: string, checked: boolean, hint: string): Html {
  const hintId = `${fieldId(name)}-hint`;
  return html`<div class="field checkbox">
  <input id="${fieldId(name)}" name="${name}" type="checkbox" ${when(checked, 'checked')} aria-describedby="${hintId}">
  <label for="${fieldId(name)}">${label}</label>
  <p class="hint" id="${hintId}">${hint}</p>
</div>`;
}

const pairs = (codes: readonly string[], labels: Readonly<Record<string, string>>): [string, string][] => codes.map((c) => [c, labels[c] ?? c]);

const FIELDSET_LEGEND: Record<AgentInput['fieldset'], string> = { case: 'Ärendet', marks: 'Markeringar', reply: 'Återkoppling' };

/** One declared field as the form asks for it, filled with its value. */
function formField({ name, path, field }: PlacedField, v: CaseFormValues, units: readonly UnitRef[]): Html {
  const form = field.form!;
  const value = valueAt(v, path);
  const label = field.label.sv;
  const required = form.required !== undefined;
  switch (form.input) {
    case 'select':
      return select(name, label, pairs(form.choices ?? [], CHOICE_LABELS[name] ?? {}), value as string | null, { required, empty: form.empty });
    case 'unit':
      return unitSelect(name, label, units, value as number | null, { hint: form.hint });
    case 'textarea':
      return textArea(name, label, value as string | null, { required, hint: form.hint });
    case 'checkbox':
      return checkbox(name, label, value === true, form.hint ?? '');
    default:
      return textInput(name, label, value as string | null, { type: form.input === 'text' ? undefined : form.input, hint: form.hint, required });
  }
}

/** A unit chosen from the organisation's active units, by name; `hint` says what no choice means. */
export function unitSelect(name: string, label: string, units: readonly UnitRef[], value: number | null, opts: { hint?: string; required?: boolean; empty?: string } = {}): Html {
  const hintId = `${fieldId(name)}-hint`;
  return html`<div class="field">
  <label for="${fieldId(name)}">${label}${opts.required ? html` <span class="required">(måste fyllas i)</span>` : ''}</label>
  ${opts.hint ? html`<p class="hint" id="${hintId}">${opts.hint}</p>` : ''}
  <select id="${fieldId(name)}" name="${name}" ${when(opts.required === true, 'required')} ${opts.hint ? html`aria-describedby="${hintId}"` : ''}>
    <option value="">${opts.empty ?? '– välj enhet –'}</option>
    ${units.map((u) => html`<option value="${u.id}" ${when(u.id === value, 'selected')}>${u.name}</option>`)}
  </select>
</div>`;
}

/**
 * The case form's fields, shared by finishing a call, a new case and completing an incomplete case; the units given are
 * the active units the form offers.
 */
export function caseFormFields(v: CaseFormValues, units: readonly UnitRef[]): Html {
  const fieldsets = (Object.keys(FIELDSET_LEGEND) as AgentInput['fieldset'][]).map(
    (fieldset) => html`<fieldset>
  <legend>${FIELDSET_LEGEND[fieldset]}</legend>
  ${AGENT_FORM_FIELDS.filter((f) => f.field.form!.fieldset === fieldset).map((f) => formField(f, v, units))}
</fieldset>`,
  );
  return html`${fieldsets}
<fieldset>
  <legend>Boka återuppringning</legend>
  ${select('callback.window', 'När nästa vardag', pairs(CALLBACK_WINDOWS, WINDOW_LABEL), v.callbackWindow, { empty: 'Ingen återuppringning' })}
  ${textInput('callback.phone', 'Ring till', null, { type: 'tel', hint: 'Lämna tomt för att ringa telefonnumret ovan.' })}
</fieldset>`;
}

import { CALLBACK_WINDOWS } from '../../callbacks/callbackTypes';
import { CASE_KINDS, LANGUAGES, ON_BEHALF, REPLY_METHODS, SERVICE_AREAS } from '../../domain';
import type { CaseFormValues } from '../caseFormValues';
import { html, when, type Html } from './html';
import { AREA_LABEL, KIND_LABEL, LANGUAGE_LABEL, ON_BEHALF_LABEL, REPLY_LABEL, WINDOW_LABEL } from './labels';

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

export function textInput(name: string, label: string, value: string | null, opts: { type?: string; autocomplete?: string; hint?: string; required?: boolean } = {}): Html {
  const hintId = `${fieldId(name)}-hint`;
  return html`<div class="field">
  <label for="${fieldId(name)}">${label}${opts.required ? html` <span class="required">(måste fyllas i)</span>` : ''}</label>
  ${opts.hint ? html`<p class="hint" id="${hintId}">${opts.hint}</p>` : ''}
  <input id="${fieldId(name)}" name="${name}" type="${opts.type ?? 'text'}" value="${value ?? ''}" autocomplete="${opts.autocomplete ?? 'off'}" ${when(opts.required === true, 'required')} ${opts.hint ? html`aria-describedby="${hintId}"` : ''}>
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

const pairs = <K extends string>(codes: readonly K[], labels: Record<K, string>): [string, string][] => codes.map((c) => [c, labels[c]]);

/** The case form's fields, shared by finishing a call, a new case and completing an incomplete case. */
export function caseFormFields(v: CaseFormValues): Html {
  return html`<fieldset>
  <legend>Ärendet</legend>
  ${select('kind', 'Vad gäller det?', pairs(CASE_KINDS, KIND_LABEL), v.kind, { required: true })}
  ${select('area', 'Verksamhet', pairs(SERVICE_AREAS, AREA_LABEL), v.area, { required: true })}
  ${textArea('what', 'Vad hände?', v.what, { required: true, hint: 'Med invånarens egna ord så långt det går.' })}
  ${textArea('whenWhere', 'När och var?', v.whenWhere)}
  ${textArea('consequences', 'Vilka följder fick det?', v.consequences)}
  ${select('onBehalf', 'För vems räkning?', pairs(ON_BEHALF, ON_BEHALF_LABEL), v.onBehalf)}
  ${select('language', 'Språk', pairs(LANGUAGES, LANGUAGE_LABEL), v.language, { empty: null })}
  ${textInput('unit', 'Ansvarig enhet', v.unit, { hint: 'Till exempel Hemtjänst Norr. Lämna tomt om du inte vet.' })}
</fieldset>
<fieldset>
  <legend>Markeringar</legend>
  ${checkbox('anonymous', 'Anonym', v.anonymous, 'Ärendet utreds men ingen återkoppling kan ges; inga kontaktuppgifter sparas.')}
  ${checkbox('serious', 'Allvarligt (möjligt missförhållande)', v.serious, 'Flaggas direkt för bedömning enligt Lex Sarah / Lex Maria.')}
  ${checkbox('confidential', 'Kan omfattas av sekretess', v.confidential, 'Delar av ärendet kan vara sekretessbelagda (OSL).')}
</fieldset>
<fieldset>
  <legend>Återkoppling</legend>
  ${select('replyMethod', 'Vill ha svar via', pairs(REPLY_METHODS, REPLY_LABEL), v.replyMethod, { empty: 'Inget svar önskas' })}
  ${textInput('contact.name', 'Namn', v.contact.name, { autocomplete: 'off' })}
  ${textInput('contact.phone', 'Telefonnummer', v.contact.phone, { type: 'tel', hint: 'Till exempel 070-123 45 67.' })}
  ${textInput('contact.email', 'E-post', v.contact.email, { type: 'email' })}
</fieldset>
<fieldset>
  <legend>Boka återuppringning</legend>
  ${select('callback.window', 'När nästa vardag', pairs(CALLBACK_WINDOWS, WINDOW_LABEL), v.callbackWindow, { empty: 'Ingen återuppringning' })}
  ${textInput('callback.phone', 'Ring till', null, { type: 'tel', hint: 'Lämna tomt för att ringa telefonnumret ovan.' })}
</fieldset>`;
}

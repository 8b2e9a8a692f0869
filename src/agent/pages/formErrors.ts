import { html, type Html } from './html';

/**
 * Errors tied to their fields (WCAG 1.3.1, 3.3.1): a summary at the top whose items link to the fields, and each
 * field's message beside it, in its aria-describedby, with aria-invalid. The page script does the same for forms it
 * sends to the API (agent.js, showErrors), with the same ids and classes.
 */
export interface ShownProblem {
  /** The id of the input the problem is about; none when it is about the whole form. */
  fieldId?: string;
  /** The field's label as the form shows it. */
  label?: string;
  /** Swedish, from src/agent/messages.ts. */
  text: string;
}

export const ERROR_SUMMARY_ID = 'fel-sammanfattning';

/** The id of a field's message: what its aria-describedby names. */
export const fieldErrorId = (fieldId: string) => `${fieldId}-fel`;

/**
 * The summary: an alert that takes the focus when the page opens (autofocus, and agent.js for browsers that do not
 * honour it on a non-control), so a screen reader reads what went wrong first.
 */
export function errorSummary(heading: string, problems: readonly ShownProblem[]): Html {
  const linked = problems.filter((p) => p.fieldId || p.text !== heading);
  return html`<div class="form-status error-summary" id="${ERROR_SUMMARY_ID}" role="alert" tabindex="-1" autofocus data-focus-on-load>
  <p>${heading}</p>
  ${linked.length
    ? html`<ul>${linked.map((p) => html`<li>${p.fieldId ? html`<a href="#${p.fieldId}">${p.label ? `${p.label}: ` : ''}${p.text}</a>` : p.text}</li>`)}</ul>`
    : ''}
</div>`;
}

/** The message beside a field, or nothing when the field is fine. */
export function fieldError(fieldId: string, problem: ShownProblem | undefined): Html {
  return problem ? html`<p class="field-error" id="${fieldErrorId(fieldId)}">${problem.text}</p>` : html``;
}

/** A field's attributes: aria-invalid and its message (with any hint it already has) in aria-describedby. */
export function fieldState(fieldId: string, invalid: boolean, hintId?: string): Html {
  const described = [hintId, invalid ? fieldErrorId(fieldId) : undefined].filter(Boolean).join(' ');
  return html`${invalid ? html`aria-invalid="true" ` : ''}${described ? html`aria-describedby="${described}"` : ''}`;
}

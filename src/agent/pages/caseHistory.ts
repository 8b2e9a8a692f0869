import type { CaseEvent } from '../../register/caseEvents';
import { formatDateTime, isoOf } from './format';
import { html, type Html } from './html';
import { RESIDENT_WAY_LABEL, actorLabel, SECRET_PART_LABEL, AREA_LABEL, ASSESSMENT_DECISION_LABEL, CHANNEL_LABEL, DEADLINE_LABEL, EVENT_LABEL, LEX_LAW_LABEL, FAILURE_LABEL, KIND_LABEL, labelOf, OUTCOME_LABEL, RELEASE_REASON_LABEL, STATUS_LABEL, WINDOW_LABEL } from './labels';

/** How each detail of a history entry is shown; details not named here are internal (ids) and left out. */
const DETAILS: Record<string, { label: string; show: (value: unknown, event: CaseEvent) => string }> = {
  from: { label: 'Från', show: (v) => labelOf(STATUS_LABEL, v) },
  to: { label: 'Till', show: (v) => labelOf(STATUS_LABEL, v) },
  fromUnit: { label: 'Från enhet', show: String },
  unit: { label: 'Enhet', show: String },
  rule: { label: 'Enligt regel nr', show: String },
  measures: { label: 'Åtgärder', show: String },
  answer: { label: 'Svaret i korthet', show: String },
  reason: {
    label: 'Anledning',
    show: (v, e) => (e.action === 'callback_failed' ? labelOf(FAILURE_LABEL, v) : e.action === 'callback_released' ? labelOf(RELEASE_REASON_LABEL, v) : String(v)),
  },
  note: { label: 'Anteckning', show: String },
  outcome: { label: 'Resultat', show: (v) => labelOf(OUTCOME_LABEL, v) },
  attempt: { label: 'Försök nr', show: String },
  attempts: { label: 'Antal försök', show: String },
  nextAttemptAt: { label: 'Nästa försök', show: (v) => formatDateTime(String(v)) },
  window: { label: 'Tidsfönster', show: (v) => labelOf(WINDOW_LABEL, v) },
  windowStart: { label: 'Dag', show: (v) => formatDateTime(String(v)) },
  kind: { label: 'Typ', show: (v) => labelOf(KIND_LABEL, v) },
  area: { label: 'Verksamhet', show: (v) => labelOf(AREA_LABEL, v) },
  channel: { label: 'Kanal', show: (v) => labelOf(CHANNEL_LABEL, v) },
  serious: { label: 'Allvarligt', show: (v) => (v ? 'Ja' : 'Nej') },
  agent: { label: 'Handläggare', show: String },
  callbackId: { label: 'Återuppringning nr', show: String },
  law: { label: 'Bedömt enligt', show: (v) => labelOf(LEX_LAW_LABEL, v) },
  decision: { label: 'Beslut', show: (v) => labelOf(ASSESSMENT_DECISION_LABEL, v) },
  assessmentReference: { label: 'Diarienummer', show: String },
  deadline: { label: 'Tidsfrist', show: (v) => labelOf(DEADLINE_LABEL, v) },
  told: { label: 'Meddelade', show: String },
  recipients: { label: 'Antal e-postmeddelanden', show: String },
  message: { label: 'Meddelande', show: (v) => (v === 'news' ? 'Besked' : v === 'answer' ? 'Svar' : String(v)) },
  via: { label: 'Sätt', show: (v) => labelOf(RESIDENT_WAY_LABEL, v) },
  text: { label: 'Text till invånaren', show: String },
  parts: { label: 'Delar med sekretess', show: (v) => (Array.isArray(v) ? v.map((p) => labelOf(SECRET_PART_LABEL, p)).join(', ') || 'Inga' : String(v)) },
};

function details(event: CaseEvent, omit: readonly string[]): Html {
  // In the order DETAILS names them: jsonb does not keep the order the details were written in.
  const shown = Object.keys(DETAILS)
    .filter((key) => !omit.includes(key))
    .map((key) => [key, event.details[key]] as const)
    .filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (shown.length === 0) return html``;
  return html`<dl class="details">${shown.map(
    ([key, value]) => html`<dt>${DETAILS[key]!.label}</dt><dd>${DETAILS[key]!.show(value, event)}</dd>`,
  )}</dl>`;
}

/** A case's history, oldest first: who did what, when, as written; details in `omit` are shown elsewhere on the page. */
export function caseHistory(events: CaseEvent[], options: { omit?: readonly string[] } = {}): Html {
  return html`<ol class="history">${events.map(
    (e) => html`<li>
      <p><time datetime="${isoOf(e.at)}">${formatDateTime(e.at)}</time> <strong>${labelOf(EVENT_LABEL, e.action)}</strong>
        <span class="meta">av ${actorLabel(e.actor)}</span></p>
      ${details(e, options.omit ?? [])}
    </li>`,
  )}</ol>`;
}

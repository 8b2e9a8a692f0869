import type { Case } from '../../register/case';
import { valueAt, type PlacedField } from '../../register/caseFields';
import { CASE_STATUS } from '../../domain';
import type { AgentSession } from '../agentSessionStore';
import { mayDo, PERMISSION } from '../agentTypes';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../agentRoutes';
import { AGENT_FORM_FIELDS } from '../caseForm';
import { prefillFromCase } from '../caseFormValues';
import { allowedStatusChanges, mayAddNote } from '../casePermissions';
import type { CaseView } from '../caseWork';
import { caseFormFields, fieldId, select, textInput } from './caseFormFields';
import { caseHistory } from './caseHistory';
import { formatDate, formatDateTime, isoOf } from './format';
import { html, type Html } from './html';
import { AREA_LABEL, CALLBACK_STATUS_LABEL, CHANNEL_LABEL, CHOICE_LABELS, KIND_LABEL, labelOf, LANGUAGE_LABEL, ON_BEHALF_LABEL, OUTBOX_KIND_LABEL, OUTBOX_STATUS_LABEL, OUTCOME_LABEL, REPLY_LABEL, STATUS_LABEL, WINDOW_LABEL } from './labels';
import { apiForm, page } from './layout';
import { caseCategoriesSection } from './caseCategoriesSection';

const text = (value: string | null) => (value ? html`<p class="text">${value}</p>` : html`<p class="empty">Inte angivet.</p>`);

/** Only web addresses become links: a stored javascript: or data: URL stays inert text. */
function recordingLink(url: string | null): Html {
  if (!url) return html`Ingen`;
  return /^https?:\/\//i.test(url) ? html`<a href="${url}">Lyssna på inspelningen</a>` : html`${url}`;
}

/** The declared fields this page places by hand; any other the form asks for is shown in the facts, by its label. */
const PLACED_BY_HAND = new Set(['kind', 'area', 'what', 'whenWhere', 'consequences', 'onBehalf', 'language', 'unit', 'anonymous', 'serious', 'confidential', 'replyMethod', 'contact.name', 'contact.phone', 'contact.email']);
const MORE_FACTS = AGENT_FORM_FIELDS.filter((f) => !PLACED_BY_HAND.has(f.name));

function fact({ name, path, field }: PlacedField, c: Case): Html {
  const value = valueAt(c, path);
  const shown = value === null || value === undefined ? 'Inte angivet' : typeof value === 'boolean' ? (value ? 'Ja' : 'Nej') : labelOf(CHOICE_LABELS[name] ?? {}, value);
  return html`<dt>${field.label.sv}</dt><dd>${shown}</dd>`;
}

function facts(c: Case): Html {
  const flags = [c.anonymous && 'Anonym', c.serious && 'Allvarligt (bedöm enligt Lex Sarah / Lex Maria)', c.confidential && 'Kan omfattas av sekretess'].filter(Boolean);
  return html`<dl class="facts">
  <dt>Status</dt><dd>${STATUS_LABEL[c.status]}</dd>
  <dt>Typ</dt><dd>${c.kind ? KIND_LABEL[c.kind] : 'Inte angivet'}</dd>
  <dt>Verksamhet</dt><dd>${c.area ? AREA_LABEL[c.area] : 'Inte angivet'}</dd>
  <dt>Ansvarig enhet</dt><dd>${c.unit ?? 'Ingen ännu'}</dd>
  <dt>Markeringar</dt><dd>${flags.length ? flags.join(', ') : 'Inga'}</dd>
  <dt>Inkom</dt><dd><time datetime="${isoOf(c.registeredAt)}">${formatDateTime(c.registeredAt)}</time>, ${labelOf(CHANNEL_LABEL, c.channel)}, ${LANGUAGE_LABEL[c.language]}</dd>
  <dt>Besked senast</dt><dd>${formatDate(c.newsDue)}</dd>
  <dt>Svar senast</dt><dd>${formatDate(c.answerDue)}</dd>
  ${MORE_FACTS.map((f) => fact(f, c))}
</dl>`;
}

function contact(c: Case): Html {
  if (c.anonymous) return html`<p>Anonymt ärende: inga kontaktuppgifter, ingen återkoppling.</p>`;
  return html`<dl class="facts">
  <dt>Namn</dt><dd>${c.contact.name ?? 'Inte angivet'}</dd>
  <dt>Telefon</dt><dd>${c.contact.phone ?? 'Inte angivet'}</dd>
  <dt>E-post</dt><dd>${c.contact.email ?? 'Inte angivet'}</dd>
  <dt>Vill ha svar via</dt><dd>${c.replyMethod ? REPLY_LABEL[c.replyMethod] : 'Inget svar önskas'}</dd>
</dl>`;
}

function source(c: Case): Html {
  return html`<dl class="facts">
  <dt>Samtals-id</dt><dd>${c.source.callSid ? html`<code>${c.source.callSid}</code>` : 'Inget'}</dd>
  <dt>Chatt</dt><dd>${c.source.conversationId ? html`<code>${c.source.conversationId}</code>` : 'Ingen'}</dd>
  <dt>Registrerat av</dt><dd>${c.source.agent ?? 'Invånaren själv'}</dd>
  <dt>Inspelning</dt><dd>${recordingLink(c.source.recordingUrl)}</dd>
</dl>`;
}

/** What the resident sent in the chat, as downloads (never shown inline: a file is not trusted as a page). */
function attachments(view: CaseView): Html {
  if (view.attachments.length === 0) return html`<p class="empty">Inga bifogade filer.</p>`;
  const reference = view.case.reference;
  return html`<ul class="attachments">${view.attachments.map(
    (a) => html`<li><a href="${pathTo(AGENT_ROUTE.caseAttachment, { reference, id: a.id })}" download>${a.name}</a>
      (${a.contentType === 'application/pdf' ? 'PDF' : 'bild'}, ${formatSize(a.size)}, <time datetime="${isoOf(a.createdAt)}">${formatDateTime(a.createdAt)}</time>)</li>`,
  )}</ul>`;
}

const formatSize = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`);

function callbacks(view: CaseView): Html {
  if (view.callbacks.length === 0) return html`<p class="empty">Ingen återuppringning bokad.</p>`;
  return html`<ul class="callbacks">${view.callbacks.map((cb) => {
    const attempts = view.attempts.filter((a) => a.callbackId === cb.id);
    return html`<li>
      <p><a href="${pathTo(AGENT_ROUTE.callback, { id: cb.id })}">Återuppringning ${cb.id}</a>: ${CALLBACK_STATUS_LABEL[cb.status]},
        ${formatDate(cb.windowStart)} ${WINDOW_LABEL[cb.window]}, till ${cb.phone}</p>
      ${attempts.length ? html`<ul class="attempts">${attempts.map(
        (a) => html`<li><time datetime="${isoOf(a.at)}">${formatDateTime(a.at)}</time> ${a.agent}: ${OUTCOME_LABEL[a.outcome]}${a.note ? html`<p class="note">${a.note}</p>` : ''}</li>`,
      )}</ul>` : ''}
    </li>`;
  })}</ul>`;
}

function outbox(view: CaseView): Html {
  if (view.outbox.length === 0) return html`<p class="empty">Inget har skickats från ärendet.</p>`;
  return html`<ul class="outbox">${view.outbox.map(
    (m) => html`<li>${OUTBOX_KIND_LABEL[m.kind]}: <strong>${OUTBOX_STATUS_LABEL[m.status]}</strong>
      (${m.attempts} försök${m.sentAt ? html`, skickat <time datetime="${isoOf(m.sentAt)}">${formatDateTime(m.sentAt)}</time>` : ''})
      ${m.lastError ? html`<p class="note">Senaste fel: ${m.lastError}</p>` : ''}</li>`,
  )}</ul>`;
}

function actions(session: AgentSession, c: Case): Html {
  const here = pathTo(AGENT_ROUTE.case, { reference: c.reference });
  const parts: Html[] = [];
  if (c.status === CASE_STATUS.incomplete && mayDo(session.agent, PERMISSION.intake)) {
    parts.push(html`<section aria-labelledby="complete-heading"><h2 id="complete-heading">Komplettera ärendet</h2>
      ${apiForm({ api: pathTo(AGENT_API.completeCase, { reference: c.reference }), next: here, submitLabel: 'Spara som registrerat ärende' }, caseFormFields(prefillFromCase(c)))}
    </section>
    <section aria-labelledby="close-heading"><h2 id="close-heading">Avsluta utan att komplettera</h2>
      ${apiForm(
        { api: pathTo(AGENT_API.closeIncompleteCase, { reference: c.reference }), next: here, submitLabel: 'Avsluta ärendet' },
        html`<div class="field"><label for="${fieldId('reason')}">Anledning <span class="required">(måste fyllas i)</span></label>
          <textarea id="${fieldId('reason')}" name="reason" rows="2" maxlength="2000" required></textarea></div>`,
      )}
    </section>`);
  }
  const targets = allowedStatusChanges(session.agent, c);
  if (targets.length) {
    parts.push(html`<section aria-labelledby="status-heading"><h2 id="status-heading">Ändra status</h2>
      ${apiForm(
        { api: pathTo(AGENT_API.caseStatus, { reference: c.reference }), next: here, submitLabel: 'Spara status' },
        html`${select('to', 'Ny status', targets.map((t) => [t, STATUS_LABEL[t]]), null, { required: true })}
        ${textInput('unit', 'Ansvarig enhet', c.unit, { hint: 'Krävs för att skicka ärendet till en enhet.' })}
        <div class="field"><label for="${fieldId('measures')}">Åtgärder</label><textarea id="${fieldId('measures')}" name="measures" rows="3" maxlength="8000"></textarea></div>
        <div class="field"><label for="${fieldId('answer')}">Svar till invånaren</label><textarea id="${fieldId('answer')}" name="answer" rows="3" maxlength="8000"></textarea></div>`,
      )}
    </section>`);
  }
  if (mayAddNote(session.agent, c)) parts.push(html`<section aria-labelledby="note-heading"><h2 id="note-heading">Lägg till anteckning</h2>
    ${apiForm(
      { api: pathTo(AGENT_API.caseNotes, { reference: c.reference }), next: here, submitLabel: 'Spara anteckningen' },
      html`<div class="field"><label for="${fieldId('note')}">Anteckning</label><textarea id="${fieldId('note')}" name="note" rows="3" maxlength="8000" required></textarea></div>`,
    )}
  </section>`);
  return html`${parts}`;
}

/** A case with everything known about it, and what the agent's role may do next. */
export function casePage(session: AgentSession, view: CaseView, options: { categoryChoices: readonly string[] | null } = { categoryChoices: null }): string {
  const c = view.case;
  return page(session, {
    title: `Ärende ${c.reference}`,
    current: AGENT_ROUTE.findCase,
    body: html`
${facts(c)}
<h2>Det invånaren berättade</h2>
<h3>Vad hände?</h3>${text(c.what)}
<h3>När och var?</h3>${text(c.whenWhere)}
<h3>Följder</h3>${text(c.consequences)}
<p>Gäller: ${c.onBehalf ? ON_BEHALF_LABEL[c.onBehalf] : 'Inte angivet'}</p>
${caseCategoriesSection(c, options.categoryChoices)}
<h2>Kontakt och återkoppling</h2>${contact(c)}
<h2>Källa</h2>${source(c)}
<h2>Bifogade filer</h2>${attachments(view)}
<h2>Återuppringningar</h2>${callbacks(view)}
<h2>Utskick</h2>${outbox(view)}
<h2>Historik</h2>${caseHistory(view.events)}
${actions(session, c)}`,
  });
}

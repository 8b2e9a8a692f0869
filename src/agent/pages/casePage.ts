import type { Case } from '../../register/case';
import { valueAt, type PlacedField } from '../../register/caseFields';
import { CASE_STATUS, phoneNumberForReading } from '../../domain';
import type { AgentSession } from '../agentSessionStore';
import { mayDo, PERMISSION } from '../agentTypes';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../agentRoutes';
import { AGENT_FORM_FIELDS } from '../caseForm';
import { prefillFromCase } from '../caseFormValues';
import { allowedStatusChanges, mayAddNote, mayReroute, type Reader } from '../casePermissions';
import type { UnitRef } from '../../organisation/organisationTypes';
import type { CaseView } from '../caseWork';
import { RECORDING_STATUS } from '../../recordings/recordingTypes';
import { caseFormFields, fieldId, select, textInput, unitSelect } from './caseFormFields';
import { caseHistory } from './caseHistory';
import { CASE_EVENT } from '../../register/caseEvents';
import { formatDate, formatDateTime, isoOf } from './format';
import { html, type Html } from './html';
import { AREA_LABEL, CALLBACK_STATUS_LABEL, CHANNEL_LABEL, CHOICE_LABELS, KIND_LABEL, labelOf, LANGUAGE_LABEL, ON_BEHALF_LABEL, OUTBOX_KIND_LABEL, OUTBOX_STATUS_LABEL, actorLabel, outboxErrorLabel, OUTCOME_LABEL, REPLY_LABEL, STATUS_LABEL, WINDOW_LABEL } from './labels';
import { apiForm, page } from './layout';
import { seriousSection } from './seriousPages';
import { caseCategoriesSection } from './caseCategoriesSection';
import { residentMessageSection } from './residentMessageSection';
import { residentMessageOf } from '../../residentMessages/deliveries';
import type { OutboxMessage } from '../../outbox/outboxTypes';

const text = (value: string | null) => (value ? html`<p class="text">${value}</p>` : html`<p class="empty">Inte angivet.</p>`);

/** "0:04", "2:05": a voice message's length as a player shows it. */
function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The case's voice messages, played through the service behind the login (never a link to Twilio): a native
 * player (keyboard operable), loaded only when played, so each listen is one request from the first byte.
 */
function recordings(view: CaseView): Html {
  const c = view.case;
  if (view.recordings.length === 0) {
    return c.source.recordingUrl ? html`<p>Röstmeddelandet väntar på Twilios besked att inspelningen är klar; sedan kopieras det hit.</p>` : html`<p class="empty">Inget röstmeddelande.</p>`;
  }
  return html`${view.recordings.map((r, i) => {
    const name = view.recordings.length > 1 ? `Röstmeddelande ${i + 1}` : 'Röstmeddelande';
    switch (r.status) {
      case RECORDING_STATUS.copying:
        return html`<p>${name}: hämtas från Twilio (${r.attempts} försök hittills).${r.lastError ? html` <span class="note">Senaste fel: ${r.lastError}</span>` : ''}</p>`;
      case RECORDING_STATUS.copyFailed:
        return html`<p>${name}: kunde inte hämtas från Twilio och finns kvar där; ingenting har raderats. <span class="note">Fel: ${r.lastError ?? 'okänt'}</span></p>`;
      default: {
        const id = `recording-${r.id}`;
        const length = r.durationMs === null ? '' : formatDuration(r.durationMs);
        const at = r.status === RECORDING_STATUS.stored ? html`Finns bara här; raderat hos Twilio ${r.deletedAtTwilio ? html`<time datetime="${isoOf(r.deletedAtTwilio)}">${formatDateTime(r.deletedAtTwilio)}</time>` : ''}.`
          : r.status === RECORDING_STATUS.deleteFailed ? html`Kopian är sparad här, men kunde inte raderas hos Twilio: ${r.lastError ?? 'okänt fel'}.`
          : html`Sparat här; raderas hos Twilio.`;
        return html`<figure class="recording">
  <figcaption id="${id}">${name}${length ? html`, längd <time datetime="PT${String(Math.round((r.durationMs ?? 0) / 1000))}S">${length}</time>` : ''}. ${at}</figcaption>
  <audio controls preload="none" aria-labelledby="${id}" src="${pathTo(AGENT_ROUTE.caseRecording, { reference: c.reference, id: r.id })}">
    Webbläsaren kan inte spela upp ljud.
  </audio>
</figure>`;
      }
    }
  })}`;
}

/** The declared fields this page places by hand; any other the form asks for is shown in the facts, by its label. */
const PLACED_BY_HAND = new Set(['kind', 'area', 'what', 'whenWhere', 'consequences', 'onBehalf', 'language', 'unitId', 'anonymous', 'serious', 'confidential', 'replyMethod', 'contact.name', 'contact.phone', 'contact.email', 'contact.address']);
const MORE_FACTS = AGENT_FORM_FIELDS.filter((f) => !PLACED_BY_HAND.has(f.name));

function fact({ name, path, field }: PlacedField, c: Case): Html {
  const value = valueAt(c, path);
  const shown = value === null || value === undefined ? 'Inte angivet' : typeof value === 'boolean' ? (value ? 'Ja' : 'Nej') : labelOf(CHOICE_LABELS[name] ?? {}, value);
  return html`<dt>${field.label.sv}</dt><dd>${shown}</dd>`;
}

function facts(c: Case, unit: UnitRef | null): Html {
  const flags = [c.anonymous && 'Anonym', c.serious && 'Allvarligt (bedöm enligt Lex Sarah / Lex Maria)', c.confidential && 'Kan omfattas av sekretess'].filter(Boolean);
  return html`<dl class="facts">
  <dt>Status</dt><dd>${STATUS_LABEL[c.status]}</dd>
  <dt>Typ</dt><dd>${c.kind ? KIND_LABEL[c.kind] : 'Inte angivet'}</dd>
  <dt>Verksamhet</dt><dd>${c.area ? AREA_LABEL[c.area] : 'Inte angivet'}</dd>
  <dt>Ansvarig enhet</dt><dd>${unit?.name ?? 'Ingen ännu'}</dd>
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
  <dt>Telefon</dt><dd>${c.contact.phone ? phoneNumberForReading(c.contact.phone) : 'Inte angivet'}</dd>
  <dt>E-post</dt><dd>${c.contact.email ?? 'Inte angivet'}</dd>
  <dt>Postadress</dt><dd>${c.contact.address ?? 'Inte angivet'}</dd>
  <dt>Vill ha svar via</dt><dd>${c.replyMethod ? REPLY_LABEL[c.replyMethod] : 'Inget svar önskas'}</dd>
</dl>`;
}

function source(c: Case): Html {
  return html`<dl class="facts">
  <dt>Samtals-id</dt><dd>${c.source.callSid ? html`<code>${c.source.callSid}</code>` : 'Inget'}</dd>
  <dt>Chatt</dt><dd>${c.source.conversationId ? html`<code>${c.source.conversationId}</code>` : 'Ingen'}</dd>
  <dt>Registrerat av</dt><dd>${c.source.agent ?? 'Invånaren själv'}</dd>
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
        ${formatDate(cb.windowStart)} ${WINDOW_LABEL[cb.window]}, till ${phoneNumberForReading(cb.phone)}</p>
      ${attempts.length ? html`<ul class="attempts">${attempts.map(
        (a) => html`<li><time datetime="${isoOf(a.at)}">${formatDateTime(a.at)}</time> handläggare ${a.agent}: ${OUTCOME_LABEL[a.outcome]}${a.note ? html`<p class="note">${a.note}</p>` : ''}</li>`,
      )}</ul>` : ''}
    </li>`;
  })}</ul>`;
}

/** A message to the resident names what it carries, kept apart from the case's own status. */
function residentMessageLabel(m: OutboxMessage): string {
  const resident = residentMessageOf(m);
  if (!resident) return '';
  // The SMS before an answer by phone only says it is coming: the callback gives it.
  if (!resident.keepsPromise) return 'Avisering om svaret till invånaren, ';
  return `${resident.residentMessage === 'news' ? 'Besked' : 'Svar'} till invånaren, `;
}

function outbox(view: CaseView): Html {
  if (view.outbox.length === 0) return html`<p class="empty">Inget har skickats från ärendet.</p>`;
  return html`<ul class="outbox">${view.outbox.map(
    (m) => html`<li>${residentMessageLabel(m)}${OUTBOX_KIND_LABEL[m.kind]}: <strong>${OUTBOX_STATUS_LABEL[m.status]}</strong>
      (${m.attempts} försök${m.sentAt ? html`, skickat <time datetime="${isoOf(m.sentAt)}">${formatDateTime(m.sentAt)}</time>` : ''})
      ${m.lastError ? html`<p class="note">${outboxErrorLabel(m.lastError)}</p>` : ''}</li>`,
  )}</ul>`;
}

/**
 * The measures taken and the answers given, each in a section of its own (newest last), from the status changes
 * that recorded them: read at a glance instead of searched for in the history.
 */
function recorded(view: CaseView, key: 'measures' | 'answer', empty: string): Html {
  const entries = view.events.filter((e) => e.action === CASE_EVENT.statusChanged && typeof e.details[key] === 'string' && e.details[key] !== '');
  if (entries.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<ol class="recorded">${entries.map(
    (e) => html`<li><p class="meta"><time datetime="${isoOf(e.at)}">${formatDateTime(e.at)}</time>, ${actorLabel(e.actor)}</p><p class="text">${String(e.details[key])}</p></li>`,
  )}</ol>`;
}

function actions(reader: Reader, c: Case, units: readonly UnitRef[]): Html {
  const here = pathTo(AGENT_ROUTE.case, { reference: c.reference });
  const parts: Html[] = [];
  if (c.status === CASE_STATUS.incomplete && mayDo(reader.agent, PERMISSION.intake)) {
    parts.push(html`<section aria-labelledby="complete-heading"><h2 id="complete-heading">Komplettera ärendet</h2>
      ${apiForm({ api: pathTo(AGENT_API.completeCase, { reference: c.reference }), next: here, submitLabel: 'Spara som registrerat ärende', done: 'arende-registrerat' }, caseFormFields(prefillFromCase(c), units))}
    </section>
    <section aria-labelledby="close-heading"><h2 id="close-heading">Avsluta utan att komplettera</h2>
      ${apiForm(
        { api: pathTo(AGENT_API.closeIncompleteCase, { reference: c.reference }), next: here, submitLabel: 'Avsluta ärendet', done: 'arende-avslutat' },
        html`<div class="field"><label for="${fieldId('reason')}">Anledning <span class="required">(måste fyllas i)</span></label>
          <textarea id="${fieldId('reason')}" name="reason" rows="2" maxlength="2000" required></textarea></div>`,
      )}
    </section>`);
  }
  const targets = allowedStatusChanges(reader, c);
  if (targets.length) {
    parts.push(html`<section aria-labelledby="status-heading"><h2 id="status-heading">Ändra status</h2>
      ${apiForm(
        { api: pathTo(AGENT_API.caseStatus, { reference: c.reference }), next: here, submitLabel: 'Spara status', done: 'status-andrad' },
        html`${select('to', 'Ny status', targets.map((t) => [t, STATUS_LABEL[t]]), null, { required: true })}
        ${c.unitId === null ? unitSelect('unitId', 'Ansvarig enhet', units, null, { hint: 'Krävs för att skicka ärendet till en enhet.' }) : ''}
        <div class="field"><label for="${fieldId('measures')}">Åtgärder</label><textarea id="${fieldId('measures')}" name="measures" rows="3" maxlength="8000"></textarea></div>
        <div class="field"><label for="${fieldId('answer')}">Svaret i korthet</label><p class="hint" id="${fieldId('answer')}-hint">Noteras i ärendet när det sätts till Besvarat. Det skickas inte: själva svaret skickas under Besked och svar till invånaren.</p><textarea id="${fieldId('answer')}" name="answer" rows="3" maxlength="8000" aria-describedby="${fieldId('answer')}-hint"></textarea></div>`,
      )}
    </section>`);
  }
  if (mayReroute(reader, c)) {
    parts.push(html`<section aria-labelledby="reroute-heading"><h2 id="reroute-heading">Flytta till annan enhet</h2>
      ${apiForm(
        { api: pathTo(AGENT_API.caseUnit, { reference: c.reference }), next: here, submitLabel: 'Flytta ärendet', done: 'arende-flyttat' },
        html`${unitSelect('unitId', 'Ny enhet', units.filter((u) => u.id !== c.unitId), null, { required: true })}
        <div class="field"><label for="${fieldId('reason')}">Anledning <span class="required">(måste fyllas i)</span></label>
          <p class="hint" id="${fieldId('reason')}-hint">Syns i ärendets historik.</p>
          <textarea id="${fieldId('reason')}" name="reason" rows="2" maxlength="2000" required aria-describedby="${fieldId('reason')}-hint"></textarea></div>`,
      )}
    </section>`);
  }
  if (mayAddNote(reader, c)) parts.push(html`<section aria-labelledby="note-heading"><h2 id="note-heading">Lägg till anteckning</h2>
    ${apiForm(
      { api: pathTo(AGENT_API.caseNotes, { reference: c.reference }), next: here, submitLabel: 'Spara anteckningen', done: 'anteckning-sparad' },
      html`<div class="field"><label for="${fieldId('note')}">Anteckning</label><textarea id="${fieldId('note')}" name="note" rows="3" maxlength="8000" required></textarea></div>`,
    )}
  </section>`);
  return html`${parts}`;
}

/**
 * A case with everything known about it, and what the reader may do next; the units given are the active units its forms
 * offer, the category choices what a handler may set (null: this reader may not).
 */
export function casePage(
  session: AgentSession,
  view: CaseView,
  reader: Reader,
  units: readonly UnitRef[],
  options: { categoryChoices: readonly string[] | null } = { categoryChoices: null },
): string {
  const c = view.case;
  return page(session, {
    title: `Ärende ${c.reference}`,
    current: AGENT_ROUTE.findCase,
    body: html`
${facts(c, view.unit)}
<h2>Det invånaren berättade</h2>
<h3>Vad hände?</h3>${text(c.what)}
<h3>När och var?</h3>${text(c.whenWhere)}
<h3>Följder</h3>${text(c.consequences)}
<p>Gäller: ${c.onBehalf ? ON_BEHALF_LABEL[c.onBehalf] : 'Inte angivet'}</p>
${caseCategoriesSection(c, options.categoryChoices)}
<h2>Kontakt och återkoppling</h2>${contact(c)}
<h2>Källa</h2>${source(c)}
<h2>Röstmeddelande</h2>${recordings(view)}
<h2>Bifogade filer</h2>${attachments(view)}
<h2>Återuppringningar</h2>${callbacks(view)}
${residentMessageSection(c, mayAddNote(reader, c))}
<h2>Utskick</h2>${outbox(view)}
${seriousSection(reader, c, view.assessment, mayAddNote(reader, c))}
<h2>Åtgärder</h2>${recorded(view, 'measures', 'Inga åtgärder registrerade ännu.')}
<h2>Svaret i korthet</h2>${recorded(view, 'answer', 'Inget svar noterat ännu.')}
<h2>Historik</h2>${caseHistory(view.events, { omit: ['measures', 'answer'] })}
<h2>Utlämnande</h2><p><a href="${pathTo(AGENT_ROUTE.caseCopy, { reference: c.reference })}">Kopia för utlämnande</a> (med sekretessmarkerade delar maskerade)</p>
${actions(reader, c, units)}`,
  });
}

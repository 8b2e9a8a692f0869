import type { RegisterExtract } from '../../personalData/registerExtract';
import { formatDateTime, isoOf } from './format';
import { html, type Html } from './html';
import { AREA_LABEL, CALLBACK_STATUS_LABEL, CHANNEL_LABEL, EVENT_LABEL, KIND_LABEL, labelOf, ON_BEHALF_LABEL, OUTBOX_KIND_LABEL, OUTBOX_STATUS_LABEL, OUTCOME_LABEL, REPLY_LABEL, STATUS_LABEL, WINDOW_LABEL, actorLabel } from './labels';

/** A value as an extract shows it: dates in Swedish time, yes/no, json as json, nothing as a dash. */
function shown(value: unknown): Html | string {
  if (value === null || value === undefined || value === '') return '–';
  if (value instanceof Date) return html`<time datetime="${isoOf(value)}">${formatDateTime(value)}</time>`;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'object') return html`<pre>${JSON.stringify(value, null, 2)}</pre>`;
  return String(value);
}

/** One record: label and value, in the order given. */
function record(fields: readonly [string, unknown][]): Html {
  return html`<dl class="facts">${fields.map(([label, value]) => html`<dt>${label}</dt><dd>${shown(value)}</dd>`)}</dl>`;
}

function section(id: string, title: string, count: number, body: () => Html): Html {
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${title} (${count})</h2>
${count === 0 ? html`<p class="empty">Inget.</p>` : body()}</section>`;
}

/**
 * The extract grouped by where the data is kept: the same markup on the admin's page and in the printable
 * document, so what the admin checked is what the person gets.
 */
export function extractSections(x: RegisterExtract): Html {
  const referenceOf = new Map(x.cases.map((c) => [c.id, c.reference]));
  const caseRef = (id: number | null) => (id === null ? null : referenceOf.get(id) ?? `internt nr ${id}`);
  return html`
${section('extract-cases', 'Ärenden', x.cases.length, () => html`${x.cases.map((c) => html`<article class="extract-record">
  <h3>Ärende ${c.reference}</h3>
  ${record([
    ['Status', labelOf(STATUS_LABEL, c.status)], ['Typ', labelOf(KIND_LABEL, c.kind)], ['Verksamhet', labelOf(AREA_LABEL, c.area)],
    ['Kanal', labelOf(CHANNEL_LABEL, c.channel)], ['Registrerat', c.registeredAt], ['Vad hände?', c.what], ['När och var?', c.whenWhere],
    ['Följder', c.consequences], ['Gäller', labelOf(ON_BEHALF_LABEL, c.onBehalf)], ['Anonym', c.anonymous],
    ['Återkoppling via', labelOf(REPLY_LABEL, c.replyMethod)], ['Namn', c.contactName], ['Telefon', c.contactPhone],
    ['E-post', c.contactEmail], ['Postadress', c.contactAddress], ['Samtals-id', c.callSid], ['Chatt-id', c.conversationId],
    ['Länk till inspelning', c.recordingUrl],
  ])}
  <h4>Historik</h4>
  <ol class="history">${c.history.map((e) => html`<li><p><time datetime="${isoOf(e.at)}">${formatDateTime(e.at)}</time>
    <strong>${labelOf(EVENT_LABEL, e.action)}</strong> <span class="meta">av ${actorLabel(e.actor)}</span></p>
    ${Object.keys(e.details).length ? html`<pre>${JSON.stringify(e.details, null, 2)}</pre>` : ''}</li>`)}</ol>
</article>`)}`)}
${section('extract-callbacks', 'Återuppringningar', x.callbacks.length, () => html`${x.callbacks.map((c) => html`<article class="extract-record">
  <h3>Återuppringning ${c.id}</h3>
  ${record([['Ärende', caseRef(c.caseId)], ['Telefon', c.phone], ['Tidsfönster', labelOf(WINDOW_LABEL, c.timeWindow)],
    ['Status', labelOf(CALLBACK_STATUS_LABEL, c.status)], ['Begärd', c.createdAt]])}
  ${c.attempts.length ? html`<h4>Försök</h4><ol>${c.attempts.map((a) => html`<li>${shown(a.at)}, ${a.agent}: ${labelOf(OUTCOME_LABEL, a.outcome)}${a.note ? html` – ${a.note}` : ''}</li>`)}</ol>` : ''}
</article>`)}`)}
${section('extract-sessions', 'Samtal och chattar (samtalets arbetsdata)', x.sessions.length, () => html`${x.sessions.map((s) => html`<article class="extract-record">
  <h3>${s.channel === 'phone' ? 'Samtal' : 'Chatt'} ${s.id}</h3>
  ${record([['Uppringande nummer', s.callerPhone], ['Ärende', caseRef(s.caseId)], ['Började', s.createdAt], ['Slutade', s.endedAt], ['Det som sparats under samtalet', s.state]])}
</article>`)}`)}
${section('extract-transcripts', 'Chattutskrifter', x.transcripts.length, () => html`${x.transcripts.map((t) => html`<article class="extract-record">
  <h3>Chatt ${t.conversationId}</h3>
  <ol class="transcript">${t.lines.map((l) => html`<li><span class="meta">${shown(l.at)} ${l.from === 'user' ? 'Invånaren' : 'Tjänsten'}:</span> ${l.text}</li>`)}</ol>
  ${t.attachments.length ? html`<h4>Bifogade filer</h4><ul>${t.attachments.map((a) => html`<li>${a.name} (${a.contentType}, ${a.size} byte, ${shown(a.at)})</li>`)}</ul>` : ''}
</article>`)}`)}
${section('extract-messages', 'Utskick', x.messages.length, () => html`${x.messages.map((m) => html`<article class="extract-record">
  <h3>${labelOf(OUTBOX_KIND_LABEL, m.kind)} ${m.id}</h3>
  ${record([['Ärende', caseRef(m.caseId)], ['Mottagare', m.recipient], ['Ämne', m.subject], ['Text', m.body], ['Övriga uppgifter', m.payload],
    ['Status', labelOf(OUTBOX_STATUS_LABEL, m.status)], ['Skapat', m.createdAt], ['Skickat', m.sentAt]])}
</article>`)}`)}
${section('extract-queue', 'Telefonkön', x.queueCallers.length, () => html`${x.queueCallers.map((q) => html`<article class="extract-record">
  <h3>Samtal ${q.callSid}</h3>
  ${record([['Ärende', caseRef(q.caseId)], ['I kön från', q.enteredAt], ['Typ', labelOf(KIND_LABEL, q.kind)], ['Verksamhet', labelOf(AREA_LABEL, q.area)],
    ['Status', q.status], ['Togs av', q.takenBy], ['Lämnade kön', q.leftAt]])}
</article>`)}`)}
${section('extract-recordings', 'Röstmeddelanden', x.recordings.length, () => html`${x.recordings.map((r) => html`<article class="extract-record">
  <h3>Röstmeddelande ${r.recordingSid}</h3>
  ${record([['Samtals-id', r.callSid], ['Status', r.status], ['Längd (ms)', r.durationMs], ['Inspelat', r.createdAt], ['Raderat hos Twilio', r.deletedAtTwilio]])}
</article>`)}`)}`;
}

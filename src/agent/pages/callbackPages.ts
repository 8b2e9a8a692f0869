import type { CallbackAttempt } from '../../callbacks/callbackOutcomes';
import type { AnswerToGive } from '../../register/residentContact';
import { CALLBACK_OUTCOMES } from '../../callbacks/callbackPolicy';
import { SUMMARY_LENGTH, type QueuedCallback } from '../../callbacks/callbackQueue';
import { phoneNumberForReading } from '../../domain';
import { CALLBACK_STATUS } from '../../callbacks/callbackTypes';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../agentRoutes';
import { fieldId, textInput } from './caseFormFields';
import { formatDate, formatDateTime, formatMinutes, formatTime, isoOf } from './format';
import { html, type Html } from './html';
import { AREA_LABEL, CALLBACK_STATUS_LABEL, KIND_LABEL, labelOf, OUTCOME_LABEL, WINDOW_LABEL } from './labels';
import { apiForm, dataTable, page, timeoutWarning } from './layout';

function casesOf(cb: QueuedCallback): Html {
  return html`${cb.cases.map(
    (c, i) => html`${i > 0 ? ', ' : ''}<a href="${pathTo(AGENT_ROUTE.case, { reference: c.reference })}">${c.reference}</a>
      <span class="meta">${labelOf(KIND_LABEL, c.kind)}, ${labelOf(AREA_LABEL, c.area)}</span>`,
  )}`;
}

function stateOf(cb: QueuedCallback, session: AgentSession): Html {
  if (cb.status === CALLBACK_STATUS.claimed && cb.claimExpired) return html`Ledig (${cb.claimedBy} släppte den inte i tid)`;
  if (cb.status === CALLBACK_STATUS.claimed) {
    return cb.claimedBy === session.agent.username ? html`<strong>Tagen av dig</strong>` : html`Tagen av ${cb.claimedBy}`;
  }
  if (cb.status === CALLBACK_STATUS.pending && !cb.due) return html`Nästa försök ${formatDateTime(cb.nextAttemptAt)}`;
  return html`${CALLBACK_STATUS_LABEL[cb.status]}`;
}

/** What each case the call is about says, in short: the agent reads it before the call. */
function summaries(cb: QueuedCallback): Html {
  const withText = cb.cases.filter((c) => c.summary);
  if (withText.length === 0) return html``;
  return html`<h2>Om ärendet</h2>${withText.map(
    (c) => html`<p class="text"><a href="${pathTo(AGENT_ROUTE.case, { reference: c.reference })}">${c.reference}</a>: ${c.summary}${c.summary!.length >= SUMMARY_LENGTH ? '…' : ''}</p>`,
  )}`;
}

/** The callback queue: serious first, then by window, with how long each resident has waited. */
export function queuePage(session: AgentSession, queue: QueuedCallback[], open: number): string {
  // "Take next" takes only callbacks whose window has opened: say when the next one opens, so an agent
  // looking at a non-empty list is not told that nothing waits.
  const opensNext = queue
    .filter((cb) => cb.status === CALLBACK_STATUS.pending && !cb.due)
    .map((cb) => cb.nextAttemptAt)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  const emptyMessage = opensNext
    ? `Ingen återuppringning ska ringas ännu. Nästa tidsfönster öppnar ${formatDateTime(opensNext)}; öppna en i listan för att ringa tidigare.`
    : 'Ingen återuppringning väntar just nu.';
  return page(session, {
    title: 'Återuppringningar',
    current: AGENT_ROUTE.callbacks,
    body: html`
${apiForm({
  api: AGENT_API.claimNextCallback,
  next: AGENT_ROUTE.callback,
  submitLabel: 'Ta nästa återuppringning',
  done: 'aterringning-tagen',
  emptyMessage,
  className: 'api-form inline',
})}
<div id="callback-queue" data-live="callbacks">
${queue.length === 0
  ? html`<p class="empty">Kön är tom.</p>`
  : dataTable('callbacks-caption', html`${open} öppna återuppringningar${open > queue.length ? ` (de ${queue.length} första visas)` : ''}; allvarliga först, sedan efter tidsfönster`, html`
  <thead><tr><th scope="col">Ärende</th><th scope="col">Tidsfönster</th><th scope="col">Väntat</th><th scope="col">Försök</th><th scope="col">Läge</th><th scope="col"><span class="visually-hidden">Åtgärd</span></th></tr></thead>
  <tbody>${queue.map(
    (cb) => html`<tr${cb.serious ? html` class="serious"` : ''}>
      <td>${cb.serious ? html`<strong class="flag">Allvarligt</strong> ` : ''}${casesOf(cb)}</td>
      <td>${formatDate(cb.windowStart)} ${WINDOW_LABEL[cb.window]}</td>
      <td>${cb.waitingMinutes > 0 ? formatMinutes(cb.waitingMinutes) : 'Inte än'}</td>
      <td>${cb.attempts}</td>
      <td>${stateOf(cb, session)}</td>
      <td><a href="${pathTo(AGENT_ROUTE.callback, { id: cb.id })}">Öppna<span class="visually-hidden"> återuppringning ${cb.id}</span></a></td>
    </tr>`,
  )}</tbody>`)}
</div>`,
  });
}

function outcomeFields(): Html {
  return html`<fieldset>
  <legend>Hur gick samtalet? <span class="required">(måste fyllas i)</span></legend>
  ${CALLBACK_OUTCOMES.map(
    (o) => html`<div class="field radio">
      <input type="radio" id="${fieldId(`outcome-${o}`)}" name="outcome" value="${o}" required>
      <label for="${fieldId(`outcome-${o}`)}">${OUTCOME_LABEL[o]}</label>
    </div>`,
  )}
</fieldset>
<div class="field">
  <label for="${fieldId('note')}">Anteckning</label>
  <textarea id="${fieldId('note')}" name="note" rows="3" maxlength="2000"></textarea>
</div>`;
}

/** Two minutes before the agent's claim lapses: "Förläng" claims it again (the claim API renews one's own claim). */
function claimWarning(cb: QueuedCallback, claimMinutes: number): Html {
  return timeoutWarning({
    id: 'claim-timeout',
    secondsLeft: cb.claimSecondsLeft ?? 0,
    warnBefore: 2 * 60,
    lasts: claimMinutes * 60,
    extendApi: pathTo(AGENT_API.claimCallback, { id: cb.id }),
    heading: 'Återuppringningen går snart tillbaka till kön',
    warning: `Om {remaining} går återuppringning ${cb.id} tillbaka till kön och någon annan kan ta den. Välj Förläng för att behålla den.`,
    expired: `Återuppringning ${cb.id} är inte längre din: den kan tas av någon annan. Ladda om sidan för att se om du kan ta den igen.`,
    extendLabel: 'Förläng',
    extended: `Återuppringning ${cb.id} är din i ${claimMinutes} minuter till.`,
  });
}

/** Working one callback: claim it, call (by hand or through Twilio), record how it went. */
/** The answers this call gives the resident: read them out, then note what was said with the outcome. */
function answersToGive(answers: readonly AnswerToGive[]): Html {
  if (answers.length === 0) return html``;
  return html`<section aria-labelledby="answers-heading">
  <h2 id="answers-heading">Svar att ge i samtalet</h2>
  <p>Samtalet ger invånaren svaret i ärendet. Läs upp svaret, och skriv i anteckningen vad som sades när du sparar resultatet Nådde invånaren.</p>
  ${answers.map((a) => html`<h3>Ärende ${a.reference}</h3><p class="text">${a.text}</p>`)}
</section>`;
}

export function callbackPage(session: AgentSession, cb: QueuedCallback, attempts: CallbackAttempt[], claimMinutes: number, answers: readonly AnswerToGive[] = []): string {
  const mine = cb.status === CALLBACK_STATUS.claimed && cb.claimedBy === session.agent.username && !cb.claimExpired;
  const claimable = cb.status === CALLBACK_STATUS.pending || (cb.status === CALLBACK_STATUS.claimed && cb.claimExpired);
  const here = pathTo(AGENT_ROUTE.callback, { id: cb.id });
  return page(session, {
    title: `Återuppringning ${cb.id}`,
    current: AGENT_ROUTE.callbacks,
    body: html`
<dl class="facts">
  <dt>Invånare</dt><dd>${cb.cases.find((c) => c.name)?.name ?? 'Namnet är inte angivet'}</dd>
  <dt>Ring</dt><dd class="phone"><a href="tel:${cb.phone}">${phoneNumberForReading(cb.phone)}</a></dd>
  <dt>Gäller</dt><dd>${cb.serious ? html`<strong class="flag">Allvarligt</strong> ` : ''}${casesOf(cb)}</dd>
  <dt>Tidsfönster</dt><dd>${formatDate(cb.windowStart)}, ${formatTime(cb.windowStart)}–${formatTime(cb.windowEnd)}</dd>
  <dt>Försök hittills</dt><dd>${cb.attempts}</dd>
  <dt>Läge</dt><dd>${stateOf(cb, session)}</dd>
</dl>
${summaries(cb)}
${answersToGive(answers)}
${claimable ? apiForm({ api: pathTo(AGENT_API.claimCallback, { id: cb.id }), next: here, submitLabel: 'Ta återuppringningen', done: 'aterringning-tagen' }) : ''}
${mine
  ? html`<section aria-labelledby="call-heading">
  <h2 id="call-heading">Ring</h2>
  <p>Ring <a href="tel:${cb.phone}">${phoneNumberForReading(cb.phone)}</a> från din telefon, eller låt Twilio ringa först din telefon och sedan koppla samtalet till invånaren, från kommunens nummer.</p>
  ${apiForm(
    { api: pathTo(AGENT_API.callResident, { id: cb.id }), next: here, submitLabel: 'Ring upp via Twilio', done: 'ringer-upp' },
    textInput('agentPhone', 'Din telefon', session.agent.phone, { type: 'tel', hint: 'Numret till telefonen du sitter vid.' }),
  )}
</section>
<section aria-labelledby="outcome-heading">
  <h2 id="outcome-heading">Resultat</h2>
  ${apiForm({ api: pathTo(AGENT_API.callbackOutcome, { id: cb.id }), next: AGENT_ROUTE.callbacks, submitLabel: 'Spara resultatet', done: 'resultat-sparat' }, outcomeFields())}
</section>
${apiForm({ api: pathTo(AGENT_API.releaseCallback, { id: cb.id }), next: AGENT_ROUTE.callbacks, submitLabel: 'Lämna tillbaka till kön', done: 'aterringning-lamnad', className: 'api-form secondary' })}
${claimWarning(cb, claimMinutes)}`
  : ''}
<h2>Tidigare försök</h2>
${attempts.length === 0
  ? html`<p class="empty">Inga försök ännu.</p>`
  : html`<ul class="attempts">${attempts.map(
    (a) => html`<li><time datetime="${isoOf(a.at)}">${formatDateTime(a.at)}</time> handläggare ${a.agent}: ${OUTCOME_LABEL[a.outcome]}${a.note ? html`<p class="note">${a.note}</p>` : ''}</li>`,
  )}</ul>`}`,
  });
}

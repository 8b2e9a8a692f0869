import type { UnitRef } from '../../organisation/organisationTypes';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../agentRoutes';
import { emptyCaseForm, type CaseFormValues } from '../caseFormValues';
import { TAKE_HOLDS_MINUTES, type TransferredCall } from '../../conversation/transferredCalls';
import { caseFormFields } from './caseFormFields';
import { phoneNumberForReading } from '../../domain';
import { formatDateTime, isoOf } from './format';
import { html } from './html';
import { apiForm, dataTable, page } from './layout';

/** The calls handed to customer service that still need their after-call work. */
export function callsPage(session: AgentSession, calls: TransferredCall[]): string {
  const rows = calls.map(
    (call) => html`<tr>
      <td><time datetime="${isoOf(call.transferredAt)}">${formatDateTime(call.transferredAt)}</time></td>
      <td>${call.callerPhone ? phoneNumberForReading(call.callerPhone) : 'Dolt nummer'}</td>
      <td>${call.caseReference ? html`Ofullständigt ärende ${call.caseReference}` : 'Inget ärende ännu'}</td>
      <td>${call.takenBy === null ? 'Ingen ännu' : call.takenBy === session.agent.username ? html`<strong>Du</strong>` : `handläggare ${call.takenBy}`}</td>
      <td><a href="${pathTo(AGENT_ROUTE.finishCall, { callSid: call.callSid })}">Avsluta samtalet<span class="visually-hidden"> från ${formatDateTime(call.transferredAt)}</span></a></td>
    </tr>`,
  );
  return page(session, {
    title: 'Avsluta samtal',
    current: AGENT_ROUTE.calls,
    body: html`
<p>Samtal som kopplats till kundtjänst de senaste dagarna och som inte har ett färdigt ärende. Öppna samtalet du tog
och fyll i det som saknas; det invånaren redan svarat i menyn är ifyllt.</p>
${calls.length === 0
  ? html`<p class="empty">Inga samtal väntar på efterarbete.</p>`
  : dataTable('calls-caption', html`Kopplade samtal`, html`
  <thead><tr><th scope="col">Kopplat</th><th scope="col">Nummer</th><th scope="col">Ärende</th><th scope="col">Tas av</th><th scope="col"><span class="visually-hidden">Åtgärd</span></th></tr></thead>
  <tbody>${rows}</tbody>`)}
<h2>Samtal som inte gick via menyn</h2>
<p><a href="${AGENT_ROUTE.newCase}">Registrera ett ärende från ett samtal du tog direkt</a></p>`,
  });
}

/** The after-call form for one transferred call, prefilled from the menu's answers. */
export function finishCallPage(session: AgentSession, call: TransferredCall, prefill: CaseFormValues, units: readonly UnitRef[]): string {
  return page(session, {
    title: 'Avsluta samtal',
    current: AGENT_ROUTE.calls,
    body: html`
<dl class="facts">
  <dt>Samtals-id</dt><dd><code>${call.callSid}</code></dd>
  <dt>Nummer</dt><dd>${call.callerPhone ? phoneNumberForReading(call.callerPhone) : 'Dolt nummer'}</dd>
  <dt>Kopplat till kundtjänst</dt><dd><time datetime="${isoOf(call.transferredAt)}">${formatDateTime(call.transferredAt)}</time></dd>
  ${call.caseReference ? html`<dt>Sparat som ofullständigt</dt><dd>${call.caseReference} (kompletteras när du sparar)</dd>` : ''}
  <dt>Tas av</dt><dd>${call.takenBy === null ? 'Ingen ännu' : call.takenBy === session.agent.username ? 'Dig' : `handläggare ${call.takenBy}`}</dd>
</dl>
${call.takenBy !== null && call.takenBy !== session.agent.username
  ? html`<p class="note">Handläggare ${call.takenBy} har tagit samtalet och gör efterarbetet. Samtalet kan tas av någon annan om ${TAKE_HOLDS_MINUTES} minuter utan att det blivit klart.</p>`
  : html`${call.takenBy === null
    ? apiForm({ api: pathTo(AGENT_API.takeCall, { callSid: call.callSid }), next: 'reload', submitLabel: 'Ta samtalet', className: 'api-form inline', done: 'samtal-taget' })
    : ''}
${apiForm(
  {
    api: pathTo(AGENT_API.finishCall, { callSid: call.callSid }),
    next: AGENT_ROUTE.case,
    submitLabel: 'Registrera ärendet',
    done: 'arende-registrerat',
  },
  caseFormFields(prefill, units),
)}`}`,
  });
}

/** A case from a call the agent took directly, with no menu answers to start from. */
export function newCasePage(session: AgentSession, units: readonly UnitRef[]): string {
  return page(session, {
    title: 'Nytt ärende från samtal',
    current: AGENT_ROUTE.calls,
    body: html`
<p>För samtal som kom direkt till dig och inte gick via telefonmenyn.</p>
${apiForm({ api: AGENT_API.cases, next: AGENT_ROUTE.case, submitLabel: 'Registrera ärendet', done: 'arende-registrerat' }, caseFormFields(emptyCaseForm(), units))}`,
  });
}

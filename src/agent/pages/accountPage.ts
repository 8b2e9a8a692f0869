import type { UnitRef } from '../../organisation/organisationTypes';
import { ACCOUNT_ACTION, type AccountAction, type AccountEvent } from '../accountEvents';
import type { AgentSession } from '../agentSessionStore';
import type { Agent } from '../agentTypes';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../agentRoutes';
import type { LoginLockState } from '../loginThrottle';
import { MIN_PASSWORD_LENGTH } from '../passwords';
import { accountState } from './accountsPage';
import { textInput } from './caseFormFields';
import { formatDateTime, isoOf } from './format';
import { html } from './html';
import { ROLE_LABEL } from './labels';
import { apiForm, page } from './layout';

const ACTION_LABEL: Record<AccountAction, string> = {
  [ACCOUNT_ACTION.created]: 'skapade kontot',
  [ACCOUNT_ACTION.disabled]: 'stängde av kontot',
  [ACCOUNT_ACTION.enabled]: 'aktiverade kontot igen',
  [ACCOUNT_ACTION.unlocked]: 'låste upp kontot',
  [ACCOUNT_ACTION.passwordReset]: 'gav kontot ett nytt lösenord',
};

/** agent:anna → anna; terminal:root → "root i terminalen", where `npm run agents` was run. */
function actorLabel(actor: string): string {
  const [kind, ...rest] = actor.split(':');
  return kind === 'terminal' ? `${rest.join(':')} i terminalen` : rest.join(':') || actor;
}

/** One account, for admins: its state, unlock, a new password, enable or disable, and what admins have done to it. */
export function accountPage(session: AgentSession, agent: Agent, lock: LoginLockState | undefined, events: AccountEvent[], units: readonly UnitRef[]): string {
  const here = pathTo(AGENT_ROUTE.account, { username: agent.username });
  const api = (route: string) => pathTo(route, { username: agent.username });
  const own = agent.username === session.agent.username;
  return page(session, {
    title: `Konto ${agent.username}`,
    current: AGENT_ROUTE.accounts,
    body: html`
<p><a href="${AGENT_ROUTE.accounts}">Alla konton</a></p>
<dl class="facts">
  <dt>Roll</dt><dd>${ROLE_LABEL[agent.role]}</dd>
  <dt>Enheter</dt><dd>${units.length ? units.map((u, i) => html`${i ? ', ' : ''}<a href="${pathTo(AGENT_ROUTE.unit, { id: u.id })}">${u.name}</a>`) : 'Ingen'}</dd>
  <dt>Läge</dt><dd>${accountState(agent, lock)}</dd>
</dl>
${lock?.failures || lock?.lockedFrom
  ? html`<h2>Lås upp</h2>
<p>Misslyckade inloggningar glöms och spärren hävs direkt, från alla adresser. Gör det när du vet att det var personen själv som skrev fel.</p>
${apiForm({ api: api(AGENT_API.unlockAccount), next: here, submitLabel: `Lås upp ${agent.username}`, done: 'konto-upplast' })}`
  : ''}
<h2>Nytt lösenord</h2>
<p>Personen loggas ut överallt och loggar in med det nya lösenordet. Ge lösenordet på ett säkert sätt, inte i e-post.</p>
${apiForm(
  { api: api(AGENT_API.accountPassword), next: here, submitLabel: 'Spara nytt lösenord', done: 'losenord-sparat' },
  textInput('password', 'Nytt lösenord', null, { type: 'password', autocomplete: 'new-password', required: true, hint: `Minst ${MIN_PASSWORD_LENGTH} tecken.` }),
)}
${agent.disabled
  ? html`<h2>Aktivera</h2><p>Kontot är avstängt. Aktivera det så kan personen logga in igen.</p>
${apiForm({ api: api(AGENT_API.enableAccount), next: here, submitLabel: `Aktivera ${agent.username}`, done: 'konto-aktiverat' })}`
  : own
    ? ''
    : html`<h2>Stäng av</h2><p>Personen loggas ut direkt och kan inte logga in förrän kontot aktiveras igen.</p>
${apiForm({ api: api(AGENT_API.disableAccount), next: here, submitLabel: `Stäng av ${agent.username}`, done: 'konto-avstangt' })}`}
<h2>Ändringar</h2>
${events.length
  ? html`<ul>${events.map((e) => html`<li><time datetime="${isoOf(e.at)}">${formatDateTime(e.at)}</time>: ${actorLabel(e.actor)} ${ACTION_LABEL[e.action]}</li>`)}</ul>`
  : html`<p>Inga ändringar gjorda här ännu.</p>`}`,
  });
}

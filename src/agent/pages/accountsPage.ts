import type { AgentSession } from '../agentSessionStore';
import { AGENT_ROLES, type Agent } from '../agentTypes';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../agentRoutes';
import type { LoginLockState } from '../loginThrottle';
import { MIN_PASSWORD_LENGTH } from '../passwords';
import { select, textInput, unitSelect } from './caseFormFields';
import type { UnitRef } from '../../organisation/organisationTypes';
import { formatTime } from './format';
import { html } from './html';
import { ROLE_LABEL } from './labels';
import { apiForm, dataTable, page } from './layout';

/** "Aktivt", "Avstängt", or what locks the account now: what an admin needs to see at a glance. */
export function accountState(agent: Agent, lock: LoginLockState | undefined): string {
  if (agent.disabled) return 'Avstängt';
  const failures = (n: number) => (n === 1 ? 'en misslyckad inloggning' : `${n} misslyckade inloggningar`);
  if (lock?.lockedFrom) {
    const where = lock.lockedFrom === 1 ? 'en adress' : `${lock.lockedFrom} adresser`;
    return `Spärrat från ${where} till ${formatTime(lock.lockedUntil!)} efter ${failures(lock.failures)}`;
  }
  if (lock?.failures) return `Aktivt, ${failures(lock.failures)} senaste kvarten`;
  return 'Aktivt';
}

/** Accounts of the workspace, for admins: create, disable (which also signs the person out), and open one to manage. */
export function accountsPage(session: AgentSession, agents: Agent[], locks: Map<string, LoginLockState>, units: { ofAccount: ReadonlyMap<number, readonly UnitRef[]>; active: readonly UnitRef[] }): string {
  return page(session, {
    title: 'Konton',
    current: AGENT_ROUTE.accounts,
    body: html`
${dataTable('accounts-caption', html`Konton`, html`
  <thead><tr><th scope="col">Användarnamn</th><th scope="col">Roll</th><th scope="col">Enhet</th><th scope="col">Läge</th><th scope="col"><span class="visually-hidden">Åtgärd</span></th></tr></thead>
  <tbody>${agents.map(
    (a) => html`<tr>
      <td><a href="${pathTo(AGENT_ROUTE.account, { username: a.username })}">${a.username}</a></td><td>${ROLE_LABEL[a.role]}</td><td>${(units.ofAccount.get(a.id) ?? []).map((u) => u.name).join(', ')}</td><td>${accountState(a, locks.get(a.username))}</td>
      <td>${a.disabled || a.username === session.agent.username
        ? ''
        : apiForm({ api: pathTo(AGENT_API.disableAccount, { username: a.username }), next: AGENT_ROUTE.accounts, submitLabel: `Stäng av ${a.username}`, className: 'api-form inline', done: 'konto-avstangt' })}</td>
    </tr>`,
  )}</tbody>`)}
<h2>Nytt konto</h2>
${apiForm(
  { api: AGENT_API.accounts, next: AGENT_ROUTE.accounts, submitLabel: 'Skapa kontot', done: 'konto-skapat' },
  html`${textInput('username', 'Användarnamn', null, { required: true, hint: 'Små bokstäver, siffror, punkt, bindestreck.' })}
  ${select('role', 'Roll', AGENT_ROLES.map((r) => [r, ROLE_LABEL[r]]), null, { required: true })}
  ${unitSelect('unitId', 'Enhet', units.active, null, { hint: 'Krävs för handläggare: enheten vars ärenden de arbetar med. Fler enheter läggs till på enhetens sida.', empty: 'Ingen enhet' })}
  ${textInput('phone', 'Telefon', null, { type: 'tel', hint: 'Ringer först vid uppringning via Twilio.' })}
  ${textInput('password', 'Lösenord', null, { type: 'password', autocomplete: 'new-password', required: true, hint: `Minst ${MIN_PASSWORD_LENGTH} tecken.` })}`,
)}`,
  });
}

import type { UnitRef } from '../../organisation/organisationTypes';
import { promisedWithin } from '../../domain';
import type { OverdueCase } from '../../register/caseLists';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_ROUTE, pathTo } from '../agentRoutes';
import { formatDate } from './format';
import { html } from './html';
import { AREA_LABEL, KIND_LABEL, labelOf, STATUS_LABEL } from './labels';
import { page } from './layout';

/** Find a case by its number, as the resident reads it out ("2026-42" will do). */
export function findCasePage(session: AgentSession, query: { reference?: string; notFound?: boolean }): string {
  return page(session, {
    title: 'Sök ärende',
    current: AGENT_ROUTE.findCase,
    body: html`
<form class="search" method="get" action="${AGENT_ROUTE.findCase}" role="search">
  ${query.notFound ? html`<div class="form-status" role="alert"><p>Inget ärende har numret ${query.reference}. Kontrollera året och numret.</p></div>` : ''}
  <div class="field">
    <label for="reference">Ärendenummer</label>
    <p class="hint" id="reference-hint">Till exempel 2026-00042 eller 2026-42.</p>
    <input id="reference" name="reference" type="search" required value="${query.reference ?? ''}" aria-describedby="reference-hint" ${query.notFound ? html`aria-invalid="true"` : ''}>
  </div>
  <button type="submit">Sök</button>
</form>`,
  });
}

const MISSED = { news: `Besked inom ${promisedWithin('news', 'sv')}`, answer: `Svar inom ${promisedWithin('answer', 'sv')}` } as const;

/** Cases past a promised deadline, within what the reader may read (a handler: their units and those below). */
export function overduePage(session: AgentSession, cases: OverdueCase[], units: ReadonlyMap<number, UnitRef>): string {
  return page(session, {
    title: 'Försenade ärenden',
    current: AGENT_ROUTE.overdue,
    body: html`
<p>Ärenden där kommunens löfte inte hållits: besked om vad som händer inom ${promisedWithin('news', 'sv')}, svar inom ${promisedWithin('answer', 'sv')}.${session.agent.role === 'handler' ? ' Visar dina enheters ärenden och enheternas under dem.' : ''}</p>
${cases.length === 0
  ? html`<p class="empty">Inga försenade ärenden.</p>`
  : html`<table>
  <caption>Försenade ärenden, mest försenat först</caption>
  <thead><tr><th scope="col">Ärende</th><th scope="col">Missat</th><th scope="col">Status</th><th scope="col">Typ</th><th scope="col">Verksamhet</th><th scope="col">Enhet</th><th scope="col">Besked senast</th><th scope="col">Svar senast</th></tr></thead>
  <tbody>${cases.map(
    ({ case: c, missed }) => html`<tr>
      <td><a href="${pathTo(AGENT_ROUTE.case, { reference: c.reference })}">${c.reference}</a>${c.serious ? html` <strong class="flag">Allvarligt</strong>` : ''}</td>
      <td>${MISSED[missed]}</td>
      <td>${STATUS_LABEL[c.status]}</td>
      <td>${labelOf(KIND_LABEL, c.kind)}</td>
      <td>${labelOf(AREA_LABEL, c.area)}</td>
      <td>${(c.unitId !== null && units.get(c.unitId)?.name) || 'Ingen'}</td>
      <td>${formatDate(c.newsDue)}</td>
      <td>${formatDate(c.answerDue)}</td>
    </tr>`,
  )}</tbody>
</table>`}`,
  });
}

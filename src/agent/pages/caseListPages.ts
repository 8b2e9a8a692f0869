import type { UnitRef } from '../../organisation/organisationTypes';
import { promisedWithin } from '../../domain';
import { OVERDUE_PAGE_SIZE, type OverdueCase } from '../../register/caseLists';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_ROUTE, pathTo } from '../agentRoutes';
import { formatDate } from './format';
import { html } from './html';
import { AREA_LABEL, KIND_LABEL, labelOf, STATUS_LABEL } from './labels';
import { dataTable, page } from './layout';

const MISSED = { news: `Besked inom ${promisedWithin('news', 'sv')}`, answer: `Svar inom ${promisedWithin('answer', 'sv')}` } as const;

/** Cases past a promised deadline, within what the reader may read (a handler: their units and those below), a page at a time. */
export function overduePage(session: AgentSession, cases: OverdueCase[], units: ReadonlyMap<number, UnitRef>, pageNumber = 1): string {
  return page(session, {
    title: 'Försenade ärenden',
    current: AGENT_ROUTE.overdue,
    body: html`
<p>Ärenden där kommunens löfte inte hållits: besked om vad som händer inom ${promisedWithin('news', 'sv')}, svar inom ${promisedWithin('answer', 'sv')}.${session.agent.role === 'handler' ? ' Visar dina enheters ärenden och enheternas under dem.' : ''}</p>
${cases.length === 0
  ? html`<p class="empty">Inga försenade ärenden.</p>`
  : dataTable('overdue-caption', html`Försenade ärenden, mest försenat först`, html`
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
  )}</tbody>`)}
${pageNumber > 1 || cases.length === OVERDUE_PAGE_SIZE
  ? html`<nav class="paging" aria-label="Sidor med försenade ärenden"><ul>
  ${pageNumber > 1 ? html`<li><a href="${AGENT_ROUTE.overdue}${pageNumber > 2 ? `?page=${pageNumber - 1}` : ''}" rel="prev">Föregående sida</a></li>` : ''}
  <li>Sida ${pageNumber}</li>
  ${cases.length === OVERDUE_PAGE_SIZE ? html`<li><a href="${AGENT_ROUTE.overdue}?page=${pageNumber + 1}" rel="next">Nästa sida</a></li>` : ''}
</ul></nav>`
  : ''}`,
  });
}

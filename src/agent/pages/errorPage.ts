import type { AgentSession } from '../agentSessionStore';
import { AGENT_ROUTE, pathTo } from '../agentRoutes';
import type { ErrorAnswer } from '../http/errorMapping';
import { html } from './html';
import { homeOf, page } from './layout';

const TITLES: Record<number, string> = { 400: 'Uppgifterna behöver rättas', 403: 'Inte tillåtet', 404: 'Hittades inte', 409: 'Redan ändrat' };

export function errorPage(session: AgentSession | null, answer: ErrorAnswer): string {
  return page(session, {
    title: TITLES[answer.status] ?? 'Något gick fel',
    body: html`<p>${answer.message}</p>
${answer.reference ? html`<p><a href="${pathTo(AGENT_ROUTE.case, { reference: answer.reference })}">Visa ärende ${answer.reference}</a></p>` : ''}
<p><a href="${session ? homeOf(session) : AGENT_ROUTE.login}">Till startsidan</a></p>`,
  });
}

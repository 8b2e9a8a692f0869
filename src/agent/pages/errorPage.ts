import type { AgentSession } from '../agentSessionStore';
import { AGENT_ROUTE, pathTo } from '../agentRoutes';
import type { ErrorAnswer } from '../http/errorMapping';
import { errorSummary } from './formErrors';
import { html } from './html';
import { homeOf, page } from './layout';

const TITLES: Record<number, string> = { 400: 'Uppgifterna behöver rättas', 403: 'Inte tillåtet', 404: 'Hittades inte', 409: 'Redan ändrat' };

/** A refused request as a page: its Swedish text (and each field's problem), focused and announced. */
export function errorPage(session: AgentSession | null, answer: ErrorAnswer): string {
  return page(session, {
    title: TITLES[answer.status] ?? 'Något gick fel',
    failed: true,
    body: html`${errorSummary(answer.text, (answer.problems ?? []).map((p) => ({ text: p.text })))}
${answer.reference ? html`<p><a href="${pathTo(AGENT_ROUTE.case, { reference: answer.reference })}">Visa ärende ${answer.reference}</a></p>` : ''}
<p><a href="${session ? homeOf(session) : AGENT_ROUTE.login}">Till startsidan</a></p>`,
  });
}

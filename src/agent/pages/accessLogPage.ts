import type { CaseAccessEntry } from '../../accessLog/caseAccessLog';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_ROUTE, pathTo } from '../agentRoutes';
import { textInput } from './caseFormFields';
import { formatDateTime, isoOf } from './format';
import { html } from './html';
import { errorSummary, type ShownProblem } from './formErrors';
import { ACCESS_ACTION_LABEL } from './labels';
import { dataTable, page } from './layout';

/** The filters as the page's form sends them (the query string), kept as typed. */
export interface AccessLogQuery {
  reference: string;
  username: string;
  since: string;
  until: string;
}

export interface AccessLogView {
  query: AccessLogQuery;
  entries: CaseAccessEntry[];
  /** The id to page on from, when there are older lines. */
  olderFrom: number | null;
  /** What in the filters matched nothing (an unknown case number or username), said on the page. */
  /** A filter that names what is not there: the field and the Swedish text. */
  problem: { field: 'reference' | 'username'; text: string } | null;
}

function olderLink(v: AccessLogView): string {
  const params = new URLSearchParams({ ...v.query, before: String(v.olderFrom) });
  for (const [key, value] of [...params]) if (!value) params.delete(key);
  return `${AGENT_ROUTE.accessLog}?${params.toString()}`;
}

/** Who read which case and when, newest first, for admins: filtered by case, person and period, a page at a time. */
export function accessLogPage(session: AgentSession, v: AccessLogView): string {
  const problem: ShownProblem | null = v.problem
    ? { fieldId: v.problem.field, label: v.problem.field === 'reference' ? 'Ärendenummer' : 'Användarnamn', text: v.problem.text }
    : null;
  return page(session, {
    title: 'Läsloggen',
    failed: Boolean(problem),
    current: AGENT_ROUTE.accessLog,
    body: html`
<p>Varje gång någon öppnar ett ärende, laddar ned en fil ur det eller nekas att läsa det sparas vem, när och vilket ärende.</p>
<form class="search" method="get" action="${AGENT_ROUTE.accessLog}" role="search" aria-label="Filtrera läsloggen">
  ${problem ? errorSummary('Läsloggen kan inte filtreras så.', [problem]) : ''}
  ${textInput('reference', 'Ärendenummer', v.query.reference, { hint: 'Till exempel 2026-00042.', error: problem?.fieldId === 'reference' ? problem : undefined })}
  ${textInput('username', 'Användarnamn', v.query.username, { error: problem?.fieldId === 'username' ? problem : undefined })}
  ${textInput('since', 'Från och med dag', v.query.since, { type: 'date' })}
  ${textInput('until', 'Till och med dag', v.query.until, { type: 'date' })}
  <button type="submit">Visa</button>
</form>
${v.entries.length === 0
  ? html`<p class="empty">Inga läsningar${v.query.reference || v.query.username || v.query.since || v.query.until ? ' med de här villkoren' : ''}.</p>`
  : dataTable('access-log-caption', html`Läsningar, senaste först`, html`
  <thead><tr><th scope="col">Tid</th><th scope="col">Vem</th><th scope="col">Ärende</th><th scope="col">Vad</th></tr></thead>
  <tbody>${v.entries.map(
    (e) => html`<tr><td><time datetime="${isoOf(e.at)}">${formatDateTime(e.at)}</time></td><td>${e.username}</td>
      <td>${e.reference ? html`<a href="${pathTo(AGENT_ROUTE.case, { reference: e.reference })}">${e.reference}</a>` : e.what}</td><td>${ACCESS_ACTION_LABEL[e.action]}</td></tr>`,
  )}</tbody>`)}
${v.olderFrom !== null ? html`<p><a href="${olderLink(v)}">Äldre läsningar</a></p>` : ''}`,
  });
}

import { RECORD_CLASS_LABELS, type RecordClass } from '../../domain';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_ROUTE } from '../agentRoutes';
import { formatDate, formatDateTime, isoOf } from './format';
import { html } from './html';
import { dataTable, page } from './layout';

/** A line of the disposal log as the page shows it (src/retention writes and reads them). */
export interface DisposalLogLine {
  id: number;
  ranAt: Date;
  recordClass: RecordClass;
  action: 'delete' | 'anonymise';
  cutoff: Date;
  count: number;
  oldest: Date | null;
  decision: string;
  dryRun: boolean;
}

/** Reads the log newest first, a page at a time from before an id (injected by src/service.ts: src/retention owns it). */
export type DisposalLogReader = (before: number | null) => Promise<{ entries: DisposalLogLine[]; more: boolean }>;

const ACTION_LABEL = { delete: 'Raderade', anonymise: 'Kontaktuppgifter borttagna' } as const;

/** What the records plan removed, per purge and class, newest first, for admins: counts, dates and decisions only. */
export function disposalLogPage(session: AgentSession, v: { entries: DisposalLogLine[]; olderFrom: number | null }): string {
  return page(session, {
    title: 'Gallringsloggen',
    current: AGENT_ROUTE.disposalLog,
    body: html`
<p>Gallringen tar bort det som dokumenthanteringsplanen inte längre sparar (inställningen RECORDS_PLAN), en gång per dygn.
Här står hur mycket som gallrades i varje klass, före vilken dag och med stöd av vilket gallringsbeslut. Provkörningar
(<code>npm run purge -- --dry-run</code>) tar inte bort något och visas som provkörning.</p>
${v.entries.length === 0
  ? html`<p class="empty">Ingen gallring har körts ännu.</p>`
  : dataTable('disposal-log-caption', 'Gallringar, senaste först', html`
  <thead><tr><th scope="col">Körd</th><th scope="col">Klass</th><th scope="col">Vad</th><th scope="col">Antal</th><th scope="col">Äldre än</th><th scope="col">Gallringsbeslut</th></tr></thead>
  <tbody>${v.entries.map(
    (e) => html`<tr><td><time datetime="${isoOf(e.ranAt)}">${formatDateTime(e.ranAt)}</time></td><td>${RECORD_CLASS_LABELS[e.recordClass]}</td>
      <td>${e.dryRun ? `Provkörning: skulle ${e.action === 'delete' ? 'raderas' : 'avidentifieras'}${e.oldest ? ` (äldsta ${formatDate(e.oldest)})` : ''}` : ACTION_LABEL[e.action]}</td>
      <td>${String(e.count)}</td><td><time datetime="${isoOf(e.cutoff)}">${formatDate(e.cutoff)}</time></td><td>${e.decision}</td></tr>`,
  )}</tbody>`)}
${v.olderFrom !== null ? html`<p><a href="${AGENT_ROUTE.disposalLog}?before=${String(v.olderFrom)}">Äldre gallringar</a></p>` : ''}`,
  });
}

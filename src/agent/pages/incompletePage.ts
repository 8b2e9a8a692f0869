import type { Case } from '../../register/case';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_ROUTE, pathTo } from '../agentRoutes';
import { formatDateTime, isoOf } from './format';
import { html } from './html';
import { CHANNEL_LABEL, labelOf } from './labels';
import { dataTable, page } from './layout';

const EXCERPT = 120;

function excerpt(c: Case): string {
  const text = c.what ?? c.whenWhere ?? c.consequences ?? '';
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}

/** Interrupted intakes to follow up: open one to complete it or close it. */
export function incompletePage(session: AgentSession, cases: Case[]): string {
  return page(session, {
    title: 'Ofullständiga ärenden',
    current: AGENT_ROUTE.incomplete,
    body: html`
<p>Samtal som avbröts och röstmeddelanden. Öppna ärendet, lyssna på inspelningen om det finns en, och komplettera
eller avsluta det med en anledning.</p>
${cases.length === 0
  ? html`<p class="empty">Inga ofullständiga ärenden.</p>`
  : dataTable('incomplete-caption', html`Ofullständiga ärenden, äldst först`, html`
  <thead><tr><th scope="col">Ärende</th><th scope="col">Inkom</th><th scope="col">Kanal</th><th scope="col">Inspelning</th><th scope="col">Det som sades</th></tr></thead>
  <tbody>${cases.map(
    (c) => html`<tr>
      <td><a href="${pathTo(AGENT_ROUTE.case, { reference: c.reference })}">${c.reference}</a>${c.serious ? html` <strong class="flag">Allvarligt</strong>` : ''}</td>
      <td><time datetime="${isoOf(c.registeredAt)}">${formatDateTime(c.registeredAt)}</time></td>
      <td>${labelOf(CHANNEL_LABEL, c.channel)}</td>
      <td>${c.source.recordingUrl ? 'Ja' : 'Nej'}</td>
      <td>${excerpt(c)}</td>
    </tr>`,
  )}</tbody>`)}`,
  });
}

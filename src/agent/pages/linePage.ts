import type { QueueCaller } from '../../customerService/queueCallers';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../agentRoutes';
import { textInput } from './caseFormFields';
import { formatMinutes, formatTime, isoOf } from './format';
import { html } from './html';
import { AREA_LABEL, KIND_LABEL, LANGUAGE_LABEL, labelOf } from './labels';
import { apiForm, dataTable, page } from './layout';

/** The live view reloads this often: a caller's place changes by the minute, not the second. */
const LINE_REFRESH_SECONDS = 10;
const TAKEN_REFRESH_SECONDS = 3;

const minutesSince = (at: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - at.getTime()) / 60_000));

/** The phone queue live: how many wait, the longest wait, each caller's kind, area and whether serious. */
export function linePage(session: AgentSession, line: QueueCaller[], now: Date): string {
  const waiting = line.filter((c) => c.status === 'waiting');
  const longest = line[0] ? minutesSince(line[0].enteredAt, now) : 0;
  const rows = line.map(
    (c, i) => html`<tr>
      <td>${String(i + 1)}</td>
      <td><time datetime="${isoOf(c.enteredAt)}">${formatTime(c.enteredAt)}</time> (${formatMinutes(minutesSince(c.enteredAt, now))})</td>
      <td>${c.status === 'callback' ? html`<a href="${pathTo(AGENT_ROUTE.callback, { id: c.callbackId ?? 0 })}">Vill bli uppringd</a> (behåller sin plats)` : 'Väntar i telefon'}</td>
      <td>${labelOf(KIND_LABEL, c.kind)}</td>
      <td>${labelOf(AREA_LABEL, c.area)}</td>
      <td>${c.serious ? html`<strong>Allvarligt</strong>` : 'Nej'}</td>
      <td>${labelOf(LANGUAGE_LABEL, c.language)}</td>
    </tr>`,
  );
  const table =
    line.length === 0
      ? ''
      : dataTable('line-caption', html`I kön, först kommen först`, html`
  <thead><tr><th scope="col">Plats</th><th scope="col">Kom in</th><th scope="col">Hur</th><th scope="col">Vad gäller det?</th><th scope="col">Område</th><th scope="col">Allvarligt</th><th scope="col">Språk</th></tr></thead>
  <tbody>${rows}</tbody>`);
  return page(session, {
    title: 'Kön i telefon',
    current: AGENT_ROUTE.line,
    body: html`
<div id="line" data-refresh="${String(LINE_REFRESH_SECONDS)}">
<p class="summary" role="status">${line.length === 0
      ? 'Ingen står i kön just nu.'
      : `${waiting.length} väntar i telefon, ${line.length - waiting.length} vill bli uppringda när det är deras tur. Längsta väntan: ${formatMinutes(longest)}.`}</p>
${table}
</div>
${apiForm(
  { api: AGENT_API.takeNextCaller, next: 'answer', submitLabel: 'Ta nästa samtal', emptyMessage: 'Ingen står i kön just nu.' },
  textInput('agentPhone', 'Din telefon (Twilio ringer den och kopplar samtalet)', session.agent.phone, {
    type: 'tel',
    autocomplete: 'tel',
    hint: 'Numret på ditt konto är ifyllt.',
  }),
)}`,
  });
}

/** After "take next caller": the agent's phone rings; once the caller is bridged, the finish-call form opens. */
export function lineTakenPage(session: AgentSession): string {
  return page(session, {
    title: 'Din telefon ringer',
    current: AGENT_ROUTE.line,
    body: html`<p id="taken" data-refresh="${String(TAKEN_REFRESH_SECONDS)}" role="status">Svara i din telefon. När samtalet kopplas öppnas formuläret för samtalet här, ifyllt med det
invånaren redan har svarat.</p>
<p><a href="${AGENT_ROUTE.line}">Tillbaka till kön</a></p>`,
  });
}

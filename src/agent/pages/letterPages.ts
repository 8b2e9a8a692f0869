import type { OutboxMessage } from '../../outbox/outboxTypes';
import { residentMessageOf } from '../../residentMessages/deliveries';
import type { ResidentMessageSettings } from '../../residentMessages/residentMessageTypes';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../agentRoutes';
import type { AgentSession } from '../agentSessionStore';
import { formatDate, formatDateTime, isoOf } from './format';
import { html, type Html } from './html';
import { apiForm, dataTable, page } from './layout';

/** A letter as the pages show it: the outbox message and its case's number. */
export interface LetterToPrint {
  letter: OutboxMessage;
  reference: string;
}

const WHICH = { news: 'Besked', answer: 'Svar' } as const;
const which = (letter: OutboxMessage) => WHICH[residentMessageOf(letter)?.residentMessage ?? 'answer'];

/** Letters to residents waiting to be printed, oldest first, of the cases the reader may read. */
export function lettersPage(session: AgentSession, letters: readonly LetterToPrint[]): string {
  return page(session, {
    title: 'Brev att skriva ut',
    current: AGENT_ROUTE.letters,
    body: html`
<p>Besked och svar till invånare som vill ha brev. Öppna brevet, skriv ut det på A4, posta det och markera det som utskrivet.</p>
${letters.length === 0
  ? html`<p class="empty">Inga brev väntar på att skrivas ut.</p>`
  : dataTable('letters-caption', 'Brev som väntar, äldst först', html`
  <thead><tr><th scope="col">Brev</th><th scope="col">Ärende</th><th scope="col">Innehåll</th><th scope="col">Skapat</th></tr></thead>
  <tbody>${letters.map(
    ({ letter, reference }) => html`<tr>
      <td><a href="${pathTo(AGENT_ROUTE.letter, { id: letter.id })}">Brev ${letter.id}</a></td>
      <td><a href="${pathTo(AGENT_ROUTE.case, { reference })}">${reference}</a></td>
      <td>${which(letter)}</td>
      <td><time datetime="${isoOf(letter.createdAt)}">${formatDateTime(letter.createdAt)}</time></td>
    </tr>`,
  )}</tbody>`)}`,
  });
}

const lines = (text: string) => text.split(/\n|,\s*/).map((l) => l.trim()).filter(Boolean);
const paragraphs = (text: string): Html => html`${text.split(/\n{2,}/).map((p) => html`<p>${lines(p).length > 1 ? html`${lines(p).map((l, i) => html`${i ? html`<br>` : ''}${l}`)}` : p}</p>`)}`;

/**
 * One letter as an A4 page (letter.css sets the paper and hides the tools when printed): the municipality's name and
 * address, the resident's name and address, the date and case number, the text. The tools above it go back and mark
 * it printed.
 */
export function letterPage(session: AgentSession, item: LetterToPrint, settings: ResidentMessageSettings, today: Date): string {
  const { letter, reference } = item;
  const printed = letter.status !== 'pending';
  return html`<!doctype html>
<html lang="${letter.language ?? 'sv'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${session.csrfToken}">
<meta name="login-path" content="${AGENT_ROUTE.login}">
<title>${letter.subject ?? `Brev ${letter.id}`} – brev att skriva ut</title>
<link rel="stylesheet" href="${AGENT_ROUTE.assets}/letter.css">
<script src="${AGENT_ROUTE.assets}/agent.js" defer></script>
</head>
<body>
<div class="tools" lang="sv">
  <nav aria-label="Brev"><a href="${AGENT_ROUTE.letters}">Tillbaka till brev att skriva ut</a> · <a href="${pathTo(AGENT_ROUTE.case, { reference })}">Ärende ${reference}</a></nav>
  <p>${printed ? 'Brevet är redan markerat som utskrivet.' : 'Skriv ut sidan (Ctrl+P) på A4, posta brevet och markera det sedan som utskrivet.'}</p>
  ${printed ? '' : apiForm({ api: pathTo(AGENT_API.letterPrinted, { id: letter.id }), next: AGENT_ROUTE.letters, submitLabel: 'Markera som utskrivet', done: 'brev-utskrivet' })}
</div>
<main class="letter">
  <header class="letterhead">
    <p class="sender">${settings.municipalityName}${settings.municipalityAddress ? html`${lines(settings.municipalityAddress).map((l) => html`<br>${l}`)}` : ''}</p>
    <p class="recipient">${lines(letter.recipient).map((l, i) => html`${i ? html`<br>` : ''}${l}`)}</p>
    <p class="meta"><time datetime="${isoOf(today).slice(0, 10)}">${formatDate(today)}</time><br>Ärendenummer ${reference}</p>
  </header>
  <h1>${letter.subject ?? ''}</h1>
  ${paragraphs(letter.body ?? '')}
</main>
</body>
</html>`.value;
}

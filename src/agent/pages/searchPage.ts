import { phoneNumberForReading } from '../../domain';
import type { SearchHit, SearchResult } from '../../register/caseSearch';
import { SEARCH_LIMIT } from '../../register/caseSearch';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_ROUTE, pathTo } from '../agentRoutes';
import { formatDate } from './format';
import { html, type Html } from './html';
import { AREA_LABEL, KIND_LABEL, labelOf, STATUS_LABEL } from './labels';
import { page } from './layout';
import { errorSummary, fieldError, fieldState, type ShownProblem } from './formErrors';
import { ERROR_MESSAGE } from '../messages';

export interface SearchView {
  /** What was typed (q), shown again. */
  text: string;
  result: SearchResult | null;
  /** The old form's exact number that was not found (?reference=). */
  notFound?: string;
}

const MATCHED: Record<SearchHit['matched'], string> = {
  reference: 'ärendenummer',
  phone: 'telefonnummer',
  email: 'e-post',
  words: 'ord',
  name: 'namn',
  description: 'beskrivningen',
};

function hit({ case: c, matched }: SearchHit): Html {
  const who = c.contact.name ?? (c.anonymous ? 'Anonym' : 'Namn saknas');
  return html`<li>
  <a href="${pathTo(AGENT_ROUTE.case, { reference: c.reference })}">${c.reference}</a>${c.serious ? html` <strong class="flag">Allvarligt</strong>` : ''}
  – ${who}${c.contact.phone ? `, ${phoneNumberForReading(c.contact.phone)}` : ''}${c.contact.email ? `, ${c.contact.email}` : ''}
  <br><span class="meta">${STATUS_LABEL[c.status]}, ${labelOf(KIND_LABEL, c.kind) || 'typ saknas'}, ${labelOf(AREA_LABEL, c.area) || 'verksamhet saknas'}, inkom ${formatDate(c.registeredAt)}; träff på ${MATCHED[matched]}</span>
</li>`;
}

function results(view: SearchView): Html {
  if (!view.result) return html``;
  if (view.result.kind === null) return html`<p class="empty">Skriv minst tre bokstäver, ett ärendenummer, ett telefonnummer eller en e-postadress.</p>`;
  const hits = view.result.hits;
  if (hits.length === 0) return html`<p class="empty">Inga ärenden hittades.</p>`;
  return html`<p class="count">${hits.length === SEARCH_LIMIT ? `De ${SEARCH_LIMIT} första träffarna; skriv mer för att smalna av.` : `${hits.length} ${hits.length === 1 ? 'träff' : 'träffar'}.`}</p>
<ol class="hits">${hits.map(hit)}</ol>`;
}

/** Search by number, name, phone number, e-mail or words of the description; results as the agent types (agent.js). */
export function searchPage(session: AgentSession, view: SearchView): string {
  // The agent sent a whole number and waits for the case: an error tied to the search field, focused.
  const notFound: ShownProblem | undefined = view.notFound
    ? { fieldId: 'q', label: 'Sök', text: ERROR_MESSAGE['arendet-finns-inte']({ reference: view.notFound }) }
    : undefined;
  return page(session, {
    title: 'Sök ärende',
    current: AGENT_ROUTE.findCase,
    failed: Boolean(notFound),
    body: html`
${notFound ? errorSummary('Ärendet hittades inte.', [notFound]) : ''}
<form class="search" method="get" action="${AGENT_ROUTE.findCase}" role="search" data-live-search="search-results">
  <div class="field">
    <label for="q">Sök</label>
    <p class="hint" id="q-hint">Ärendenummer (2026-42 eller bara början, 2026 2), invånarens namn, telefonnummer (070-123 45 67), e-postadress eller ord ur beskrivningen.</p>
    <input id="q" name="q" type="search" value="${view.text}" maxlength="200" autocomplete="off" ${fieldState('q', Boolean(notFound), 'q-hint')} aria-controls="search-results">
    ${fieldError('q', notFound)}
  </div>
  <button type="submit">Sök</button>
</form>
<div id="search-results">
${results(view)}
</div>`,
  });
}

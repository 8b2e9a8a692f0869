import { CASE_KINDS, CASE_STATUS, CHANNELS, daysLeft, SERVICE_AREAS, type WorkingCalendar } from '../../domain';
import type { UnitRef } from '../../organisation/organisationTypes';
import type { Case } from '../../register/case';
import { INBOX_PAGE_SIZE, INBOX_SORTS, INBOX_STATUSES, type InboxPage, type InboxSort } from '../../register/inbox';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_ROUTE, pathTo } from '../agentRoutes';
import type { InboxForm } from '../inboxQuery';
import { fieldId, select } from './caseFormFields';
import { formatDate, isoOf } from './format';
import { html, type Html } from './html';
import { AREA_LABEL, CHANNEL_LABEL, KIND_LABEL, labelOf, STATUS_LABEL } from './labels';
import { dataTable, page } from './layout';

export interface InboxView {
  inbox: InboxPage;
  form: InboxForm;
  /** What the filters were read as: the shown filters again, as a query string for paging. */
  categories: readonly string[];
  /** The units by id, for the names beside the cases. */
  units: ReadonlyMap<number, UnitRef>;
  now: Date;
  calendar: WorkingCalendar;
  /** Which cases the inbox holds, in words: "Dina enheter", "Alla enheter". */
  reach: string;
}

const SORT_LABEL: Record<InboxSort, string> = { urgent: 'Allvarligt först, sedan närmast tidsgräns', newest: 'Senast inkomna först', oldest: 'Äldst först' };
const pairs = <T extends string>(codes: readonly T[], labels: Readonly<Record<T, string>>): [string, string][] => codes.map((c) => [c, labels[c]]);

/** "3 dagar kvar", "i dag", "2 dagar sen": the deadline as days, marked when it has passed. */
function dueIn(days: number): Html {
  if (days < 0) return html`<strong class="flag">${-days === 1 ? '1 dag' : `${-days} dagar`} sen</strong>`;
  if (days === 0) return html`<strong>i dag</strong>`;
  return html`${days === 1 ? '1 dag' : `${days} dagar`} kvar`;
}

function deadline(due: Date, view: InboxView, applies: boolean): Html {
  if (!applies) return html`<span class="meta">Lämnat</span>`;
  return html`${dueIn(daysLeft(view.calendar, view.now, due))}<br><span class="meta"><time datetime="${isoOf(due)}">${formatDate(due)}</time></span>`;
}

function row(c: Case, view: InboxView): Html {
  // News is due until someone has started investigating; the answer until the case is answered.
  const newsPending = c.status === CASE_STATUS.registered || c.status === CASE_STATUS.routed;
  return html`<tr ${c.serious ? html`class="serious"` : ''}>
  <td><a href="${pathTo(AGENT_ROUTE.case, { reference: c.reference })}">${c.reference}</a>${c.serious ? html` <strong class="flag">Allvarligt</strong>` : ''}${c.confidential ? html` <span class="meta">Sekretess</span>` : ''}</td>
  <td>${STATUS_LABEL[c.status]}</td>
  <td>${labelOf(KIND_LABEL, c.kind)}</td>
  <td>${labelOf(AREA_LABEL, c.area)}</td>
  <td>${labelOf(CHANNEL_LABEL, c.channel)}</td>
  <td>${c.unitId !== null ? (view.units.get(c.unitId)?.name ?? '') : 'Ingen ännu'}</td>
  <td>${deadline(c.newsDue, view, newsPending)}</td>
  <td>${deadline(c.answerDue, view, true)}</td>
  <td>${c.categories.length ? c.categories.join(', ') : html`<span class="meta">Inga</span>`}</td>
</tr>`;
}

/** The filters as a query string, with another page (or none: the first). */
function queryString(form: InboxForm, pageNumber: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) if (value !== undefined && key !== 'page') params.set(key, String(value));
  if (pageNumber > 1) params.set('page', String(pageNumber));
  const text = params.toString();
  return text ? `?${text}` : '';
}

function paging(view: InboxView): Html {
  const { total, moreThanTotal, page: current, cases } = view.inbox;
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  // Past the counted cases, a full page may have a next one.
  const hasNext = current < pages || (moreThanTotal && cases.length === INBOX_PAGE_SIZE);
  if (current === 1 && !hasNext) return html``;
  return html`<nav class="paging" aria-label="Sidor i inkorgen"><ul>
  ${current > 1 ? html`<li><a href="${AGENT_ROUTE.inbox}${queryString(view.form, current - 1)}" rel="prev">Föregående sida</a></li>` : ''}
  <li>Sida ${current} av ${moreThanTotal ? `fler än ${pages}` : pages}</li>
  ${hasNext ? html`<li><a href="${AGENT_ROUTE.inbox}${queryString(view.form, current + 1)}" rel="next">Nästa sida</a></li>` : ''}
</ul></nav>`;
}

function filters(view: InboxView): Html {
  const f = view.form;
  const dateField = (name: 'from' | 'to', label: string) => html`<div class="field">
    <label for="${fieldId(name)}">${label}</label>
    <input id="${fieldId(name)}" name="${name}" type="date" value="${f[name] ?? ''}">
  </div>`;
  return html`<form class="filters" method="get" action="${AGENT_ROUTE.inbox}" aria-label="Filtrera inkorgen">
  <fieldset><legend>Filtrera</legend>
  <div class="filter-grid">
  ${select('status', 'Status', pairs(INBOX_STATUSES, STATUS_LABEL), f.status ?? null, { empty: 'Alla' })}
  ${select('kind', 'Typ', pairs(CASE_KINDS, KIND_LABEL), f.kind ?? null, { empty: 'Alla' })}
  ${select('area', 'Verksamhet', pairs(SERVICE_AREAS, AREA_LABEL), f.area ?? null, { empty: 'Alla' })}
  ${select('channel', 'Kanal', pairs(CHANNELS, CHANNEL_LABEL), f.channel ?? null, { empty: 'Alla' })}
  ${select('serious', 'Allvarligt', [['ja', 'Bara allvarliga'], ['nej', 'Inte allvarliga']], f.serious ?? null, { empty: 'Alla' })}
  ${select('category', 'Kategori', view.categories.map((c) => [c, c]), f.category ?? null, { empty: 'Alla' })}
  ${dateField('from', 'Inkom från och med')}
  ${dateField('to', 'Inkom till och med')}
  ${select('sort', 'Sortering', pairs(INBOX_SORTS, SORT_LABEL), f.sort ?? 'urgent', { empty: null })}
  </div>
  </fieldset>
  <button type="submit">Visa</button> <a href="${AGENT_ROUTE.inbox}">Rensa filtren</a>
</form>`;
}

/** The cases a handler works: their units' (and below), new, routed or under investigation; serious first. */
export function inboxPage(session: AgentSession, view: InboxView): string {
  const { inbox } = view;
  const first = (inbox.page - 1) * INBOX_PAGE_SIZE + 1;
  return page(session, {
    title: 'Inkorg',
    current: AGENT_ROUTE.inbox,
    body: html`
<p>${view.reach}: ärenden som är nya, skickade till enheten eller under utredning. Besked om vad som händer ska ges inom 14 dagar, svar inom fyra veckor.</p>
${filters(view)}
<div id="inbox-results" data-live="inbox">
<p class="count">${inbox.total === 0 ? 'Inga ärenden.' : `${inbox.moreThanTotal ? 'Fler än ' : ''}${inbox.total} ${inbox.total === 1 ? 'ärende' : 'ärenden'}${inbox.total > INBOX_PAGE_SIZE ? `, visar ${first}–${first + inbox.cases.length - 1}` : ''}.`}</p>
${inbox.cases.length === 0
  ? html`<p class="empty">Inget att visa med de här filtren.</p>`
  : dataTable('inbox-caption', html`Inkorg, ${SORT_LABEL[view.form.sort ?? 'urgent'].toLowerCase()}`, html`
  <thead><tr><th scope="col">Ärende</th><th scope="col">Status</th><th scope="col">Typ</th><th scope="col">Verksamhet</th><th scope="col">Kanal</th><th scope="col">Enhet</th><th scope="col">Besked (14 dagar)</th><th scope="col">Svar (4 veckor)</th><th scope="col">Kategorier</th></tr></thead>
  <tbody>${inbox.cases.map((c) => row(c, view))}</tbody>`)}
${paging(view)}
</div>`,
  });
}

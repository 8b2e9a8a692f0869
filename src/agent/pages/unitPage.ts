import type { UnitMember } from '../../organisation/memberships';
import { MANAGER_TITLES, TITLE_LEVEL, UNIT_LEVELS, type Unit, type UnitManager } from '../../organisation/organisationTypes';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../agentRoutes';
import { fieldId, select, textInput, unitSelect } from './caseFormFields';
import { html, type Html } from './html';
import { AREA_LABEL, LEVEL_LABEL, ROLE_LABEL, TITLE_LABEL } from './labels';
import { apiForm, dataTable, page } from './layout';
import { areaBoxes } from './unitsPage';

const unitLink = (u: Pick<Unit, 'id' | 'name'>) => html`<a href="${pathTo(AGENT_ROUTE.unit, { id: u.id })}">${u.name}</a>`;

function managers(unit: Unit, list: UnitManager[], usernames: Map<number, string>): Html {
  const rows = list.length
    ? dataTable('managers-caption', html`Chefer för ${unit.name}`, html`
  <thead><tr><th scope="col">Titel</th><th scope="col">Namn</th><th scope="col">E-post</th><th scope="col">Konto</th><th scope="col"><span class="visually-hidden">Åtgärd</span></th></tr></thead>
  <tbody>${list.map(
    (m) => html`<tr><td>${TITLE_LABEL[m.title]}</td><td>${m.name}</td><td>${m.email}</td><td>${m.agentId !== null ? (usernames.get(m.agentId) ?? '') : 'Inget'}</td>
      <td>${apiForm({ api: pathTo(AGENT_API.unitManager, { id: unit.id, managerId: m.id }), next: 'reload', submitLabel: `Ta bort ${m.name}`, className: 'api-form inline', done: 'enhet-sparad' })}</td></tr>`,
  )}</tbody>`)
    : html`<p class="empty">Ingen chef angiven: ingen får e-post om enhetens allvarliga eller försenade ärenden.</p>`;
  const titles = MANAGER_TITLES.filter((t) => TITLE_LEVEL[t] === unit.level);
  return html`${rows}
<h3>Ny chef</h3>
${apiForm(
  { api: pathTo(AGENT_API.unitManagers, { id: unit.id }), next: 'reload', submitLabel: 'Lägg till chefen', done: 'enhet-sparad' },
  html`${select('title', 'Titel', titles.map((t) => [t, TITLE_LABEL[t]]), titles[0] ?? null, { empty: null })}
  ${textInput('name', 'Namn', null, { required: true, autocomplete: 'off' })}
  ${textInput('email', 'E-post', null, { type: 'email', required: true, hint: 'Dit skickas besked om allvarliga och försenade ärenden.' })}
  ${textInput('username', 'Konto i Synpunkt', null, { hint: 'Användarnamnet, om chefen också arbetar här. Gör hen till medlem nedan för att hen ska läsa ärendena.' })}`,
)}`;
}

function members(unit: Unit, list: UnitMember[]): Html {
  const rows = list.length
    ? html`<ul class="members">${list.map(
        (m) => html`<li><a href="${pathTo(AGENT_ROUTE.account, { username: m.username })}">${m.username}</a> (${ROLE_LABEL[m.role as keyof typeof ROLE_LABEL] ?? m.role})
        ${apiForm({ api: pathTo(AGENT_API.unitMemberRemoval, { id: unit.id, username: m.username }), next: 'reload', submitLabel: `Ta bort ${m.username}`, className: 'api-form inline', done: 'enhet-sparad' })}</li>`,
      )}</ul>`
    : html`<p class="empty">Inga medlemmar.</p>`;
  return html`${rows}
<h3>Ny medlem</h3>
${apiForm(
  { api: pathTo(AGENT_API.unitMembers, { id: unit.id }), next: 'reload', submitLabel: 'Lägg till medlemmen', done: 'enhet-sparad' },
  textInput('username', 'Användarnamn', null, { required: true, hint: 'Ett konto som redan finns (Konton).' }),
)}`;
}

export interface UnitPageData {
  unit: Unit;
  units: Unit[];
  managers: UnitManager[];
  members: UnitMember[];
  /** Usernames of the managers' accounts, by id. */
  usernames: Map<number, string>;
}

/** One unit, for admins: its place on the ladder, its managers and members, and whether it takes cases. */
export function unitPage(session: AgentSession, d: UnitPageData): string {
  const { unit, units } = d;
  const parent = units.find((u) => u.id === unit.parentId);
  const below = units.filter((u) => u.parentId === unit.id);
  const higher = units.filter((u) => UNIT_LEVELS.indexOf(u.level) > UNIT_LEVELS.indexOf(unit.level));
  return page(session, {
    title: unit.name,
    current: AGENT_ROUTE.units,
    body: html`
<p><a href="${AGENT_ROUTE.units}">Alla enheter</a></p>
<dl class="facts">
  <dt>Nivå</dt><dd>${LEVEL_LABEL[unit.level]}</dd>
  <dt>Ligger under</dt><dd>${parent ? unitLink(parent) : 'Ingen (högst upp)'}</dd>
  <dt>Under den</dt><dd>${below.length ? below.map((u, i) => html`${i ? ', ' : ''}${unitLink(u)}`) : 'Inga'}</dd>
  <dt>Verksamheter</dt><dd>${unit.serviceAreas.length ? unit.serviceAreas.map((a) => AREA_LABEL[a]).join(', ') : 'Inga angivna'}</dd>
  <dt>Tar emot ärenden</dt><dd>${unit.active ? 'Ja' : 'Nej'}</dd>
</dl>
<h2>Namn och verksamheter</h2>
${apiForm(
  { api: pathTo(AGENT_API.unitDetails, { id: unit.id }), next: 'reload', submitLabel: 'Spara namn och verksamheter', done: 'enhet-sparad' },
  html`${textInput('name', 'Enhetens namn', unit.name, { required: true, id: 'f-unit-name', hint: 'Ärendenas historik behåller namnet de fick.' })}
  ${areaBoxes('Verksamheter enheten arbetar med', unit.serviceAreas)}`,
)}
<h2>Plats i stegen</h2>
${apiForm(
  { api: pathTo(AGENT_API.unitParent, { id: unit.id }), next: 'reload', submitLabel: 'Spara platsen', done: 'enhet-sparad' },
  unitSelect('parentId', 'Ligger under', higher, unit.parentId, { empty: 'Ingen (högst upp)' }),
)}
<h2>Chefer</h2>
${managers(unit, d.managers, d.usernames)}
<h2>Medlemmar</h2>
<p>Handläggare som arbetar med enhetens ärenden. En medlem av en verksamhet eller sektor läser också ärendena i enheterna under den.</p>
${members(unit, d.members)}
<h2>${unit.active ? 'Sluta ta emot ärenden' : 'Ta emot ärenden igen'}</h2>
<p>${unit.active ? 'Enheten behåller sina ärenden och medlemmar men får inga nya och visas inte i formulären.' : 'Enheten visas i formulären och kan få nya ärenden igen.'}</p>
${apiForm(
  { api: pathTo(AGENT_API.unitActive, { id: unit.id }), next: 'reload', submitLabel: unit.active ? 'Sluta ta emot ärenden' : 'Ta emot ärenden igen', done: 'enhet-sparad' },
  html`<input type="hidden" id="${fieldId('active')}" name="active" value="${unit.active ? 'false' : 'true'}">`,
)}`,
  });
}

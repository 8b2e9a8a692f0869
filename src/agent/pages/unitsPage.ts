import { SERVICE_AREAS } from '../../domain';
import type { MergedVariant } from '../../organisation/mergeReport';
import { UNIT_LEVELS, type RoutingRule, type Unit } from '../../organisation/organisationTypes';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../agentRoutes';
import { fieldId, select, textInput, unitSelect } from './caseFormFields';
import { html, type Html } from './html';
import { AREA_LABEL, LEVEL_LABEL } from './labels';
import { apiForm, dataTable, page } from './layout';

/** The service areas a unit works in, ticked: the form sends { serviceAreas: { aldreomsorg: true, … } }. */
export function areaBoxes(legend: string, ticked: readonly string[] = []): Html {
  return html`<fieldset><legend>${legend}</legend>
  ${SERVICE_AREAS.map(
    (a) => html`<div class="field checkbox">
    <input id="${fieldId(`serviceAreas.${a}`)}" name="serviceAreas.${a}" type="checkbox" ${ticked.includes(a) ? html`checked` : ''}>
    <label for="${fieldId(`serviceAreas.${a}`)}">${AREA_LABEL[a]}</label>
  </div>`,
  )}
</fieldset>`;
}

const areas = (u: Unit) => (u.serviceAreas.length ? u.serviceAreas.map((a) => AREA_LABEL[a]).join(', ') : 'Inga verksamheter angivna');

/** The ladder as nested lists, top first: each unit with its rung, areas and whether it takes cases. */
function ladder(units: Unit[], parentId: number | null): Html {
  const here = units.filter((u) => u.parentId === parentId);
  if (here.length === 0) return html``;
  return html`<ul class="ladder">${here.map(
    (u) => html`<li><a href="${pathTo(AGENT_ROUTE.unit, { id: u.id })}">${u.name}</a> (${LEVEL_LABEL[u.level]}; ${areas(u)})${u.active ? '' : html` <strong>Tar inte emot ärenden</strong>`}
      ${ladder(units, u.id)}</li>`,
  )}</ul>`;
}

function rulesTable(rules: RoutingRule[], names: Map<number, string>): Html {
  if (rules.length === 0) return html`<p class="empty">Inga regler ännu: nya ärenden väntar som registrerade tills kundtjänst skickar dem till en enhet.</p>`;
  return dataTable('rules-caption', html`Regler för nya ärenden, i den ordning de prövas inom varje verksamhet`, html`
  <thead><tr><th scope="col">Verksamhet</th><th scope="col">Ord i beskrivningen</th><th scope="col">Enhet</th><th scope="col">Prioritet</th><th scope="col"><span class="visually-hidden">Åtgärd</span></th></tr></thead>
  <tbody>${rules.map(
    (r) => html`<tr><td>${AREA_LABEL[r.serviceArea]}</td><td>${r.words.length ? r.words.join(', ') : 'Alla ärenden'}</td><td>${names.get(r.unitId) ?? r.unitId}</td><td>${r.priority}</td>
      <td>${apiForm({ api: pathTo(AGENT_API.routingRuleRemoval, { ruleId: r.id }), next: 'reload', submitLabel: `Ta bort regel ${r.id}`, className: 'api-form inline', done: 'regel-sparad' })}</td></tr>`,
  )}</tbody>`);
}

function mergeReport(report: MergedVariant[]): Html {
  if (report.length === 0) return html``;
  return html`<h2>Sammanslagna stavningar</h2>
<p>När enheterna blev egna rader slogs stavningar som bara skilde sig i stora och små bokstäver eller mellanslag ihop.</p>
${dataTable('merged-caption', html`Stavningar i de gamla fritextfälten och enheten de blev`, html`
  <thead><tr><th scope="col">Stavning</th><th scope="col">Enhet</th><th scope="col">Ärenden</th><th scope="col">Konton</th></tr></thead>
  <tbody>${report.map((m) => html`<tr><td>${m.variant}</td><td>${m.unitName}</td><td>${m.cases}</td><td>${m.agents}</td></tr>`)}</tbody>`)}`;
}

/** The organisation, for admins: the ladder of units, a new unit, the routing rules, and what the migration merged. */
export function unitsPage(session: AgentSession, units: Unit[], rules: RoutingRule[], report: MergedVariant[]): string {
  const names = new Map(units.map((u) => [u.id, u.name]));
  const active = units.filter((u) => u.active);
  return page(session, {
    title: 'Enheter',
    current: AGENT_ROUTE.units,
    body: html`
<p>Enheterna i sin stege (enhet → verksamhet → sektor). En handläggare läser ärendena i sina enheter, och en chef också i enheterna under sin.</p>
${units.length ? ladder(units, null) : html`<p class="empty">Inga enheter ännu.</p>`}
<h2>Ny enhet</h2>
${apiForm(
  { api: AGENT_API.units, next: 'reload', submitLabel: 'Lägg till enheten', done: 'enhet-sparad' },
  html`${textInput('name', 'Namn', null, { required: true, hint: 'Till exempel Hemtjänst Norr.' })}
  ${select('level', 'Nivå', UNIT_LEVELS.map((l) => [l, LEVEL_LABEL[l]]), 'enhet', { empty: null })}
  ${unitSelect('parentId', 'Ligger under', units.filter((u) => u.level !== 'enhet'), null, { empty: 'Ingen (högst upp)', hint: 'En enhet ligger under en verksamhet eller sektor, en verksamhet under en sektor.' })}
  ${areaBoxes('Verksamheter enheten arbetar med')}`,
)}
<h2>Regler för nya ärenden</h2>
<p>Ett nytt ärende går direkt till enheten i den första regeln för dess verksamhet där alla ord finns i beskrivningen. En regel utan ord gäller hela verksamheten.</p>
${rulesTable(rules, names)}
<h3>Ny regel</h3>
${apiForm(
  { api: AGENT_API.routingRules, next: 'reload', submitLabel: 'Lägg till regeln', done: 'regel-sparad' },
  html`${select('serviceArea', 'Verksamhet', SERVICE_AREAS.map((a) => [a, AREA_LABEL[a]]), null, { required: true })}
  ${textInput('words', 'Ord i beskrivningen', null, { hint: 'Skilj orden med komma, till exempel: hemtjänst, norr. Lämna tomt för hela verksamheten.' })}
  ${unitSelect('unitId', 'Till enhet', active, null, { required: true })}
  ${textInput('priority', 'Prioritet', null, { type: 'number', hint: 'Lägre prövas först. Lämna tomt för 100.' })}`,
)}
${mergeReport(report)}`,
  });
}

import type { Case } from '../../register/case';
import { ASSESSMENT_DECISIONS, LEX_LAWS, type CaseAssessment } from '../../register/caseAssessment';
import type { SeriousCase } from '../../register/seriousCases';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../agentRoutes';
import { mayAssess, type Reader } from '../casePermissions';
import { fieldId, select, textInput } from './caseFormFields';
import { formatDate, formatDateTime, isoOf } from './format';
import { html, type Html } from './html';
import { AREA_LABEL, ASSESSMENT_DECISION_LABEL, KIND_LABEL, labelOf, LEX_LAW_LABEL, STATUS_LABEL } from './labels';
import { apiForm, dataTable, page } from './layout';

export interface SeriousListView {
  cases: SeriousCase[];
  showAll: boolean;
  page: number;
  pageSize: number;
}

const listHref = (showAll: boolean, pageNumber: number) =>
  `${AGENT_ROUTE.serious}?visa=${showAll ? 'alla' : 'obedomda'}${pageNumber > 1 ? `&sida=${pageNumber}` : ''}`;

function assessmentCell(s: SeriousCase): Html {
  if (!s.assessment) return html`<strong class="flag">Ej bedömt</strong>`;
  return html`${LEX_LAW_LABEL[s.assessment.law]}: ${ASSESSMENT_DECISION_LABEL[s.assessment.decision]} (<time datetime="${isoOf(s.assessment.assessedAt)}">${formatDate(s.assessment.assessedAt)}</time>)`;
}

/** The cases flagged as a possible missförhållande that the reader may read, newest first; unassessed by default. */
export function seriousListPage(session: AgentSession, view: SeriousListView): string {
  const { cases, showAll, page: pageNumber, pageSize } = view;
  return page(session, {
    title: 'Allvarliga ärenden',
    current: AGENT_ROUTE.serious,
    body: html`
<p>Ärenden markerade som ett möjligt missförhållande. Enhetens chef bedömer dem enligt Lex Sarah eller Lex Maria;
ett ärende kan inte avslutas innan bedömningen är registrerad.</p>
<p>${showAll
  ? html`Visar alla allvarliga ärenden. <a href="${listHref(false, 1)}">Visa bara de som inte är bedömda</a>`
  : html`Visar ärenden som inte är bedömda. <a href="${listHref(true, 1)}">Visa alla, även bedömda</a>`}</p>
${cases.length === 0
  ? html`<p class="empty">${showAll ? 'Inga allvarliga ärenden.' : 'Inga allvarliga ärenden väntar på bedömning.'}</p>`
  : dataTable('serious-caption', html`Allvarliga ärenden, nyast först${pageNumber > 1 ? `, sida ${pageNumber}` : ''}`, html`
  <thead><tr><th scope="col">Ärende</th><th scope="col">Inkom</th><th scope="col">Status</th><th scope="col">Typ</th><th scope="col">Verksamhet</th><th scope="col">Bedömning</th></tr></thead>
  <tbody>${cases.map(
    (s) => html`<tr>
      <td><a href="${pathTo(AGENT_ROUTE.case, { reference: s.case.reference })}">${s.case.reference}</a></td>
      <td><time datetime="${isoOf(s.case.registeredAt)}">${formatDateTime(s.case.registeredAt)}</time></td>
      <td>${STATUS_LABEL[s.case.status]}</td>
      <td>${labelOf(KIND_LABEL, s.case.kind)}</td>
      <td>${labelOf(AREA_LABEL, s.case.area)}</td>
      <td>${assessmentCell(s)}</td>
    </tr>`,
  )}</tbody>`)}
<nav aria-label="Sidor" class="pages">
  ${pageNumber > 1 ? html`<a href="${listHref(showAll, pageNumber - 1)}">Föregående sida</a>` : ''}
  ${cases.length === pageSize ? html`<a href="${listHref(showAll, pageNumber + 1)}">Nästa sida</a>` : ''}
</nav>`,
  });
}

/** The case page's part about a possible missförhållande: flag it, or its assessment and the form to record it. */
export function seriousSection(reader: Reader, c: Case, assessment: CaseAssessment | null, mayFlag: boolean): Html {
  const here = pathTo(AGENT_ROUTE.case, { reference: c.reference });
  if (!c.serious) {
    if (!mayFlag) return html``;
    return html`<section aria-labelledby="flag-heading"><h2 id="flag-heading">Möjligt missförhållande</h2>
  <p>Markera ärendet om det kan vara ett missförhållande. Enhetens chefer får e-post direkt.</p>
  ${apiForm(
    { api: pathTo(AGENT_API.flagSerious, { reference: c.reference }), next: here, submitLabel: 'Markera som allvarligt', done: 'markerat-allvarligt' },
    html`<div class="field"><label for="${fieldId('flag-reason')}">Varför (valfritt)</label><textarea id="${fieldId('flag-reason')}" name="reason" rows="2" maxlength="2000"></textarea></div>`,
  )}
</section>`;
  }
  const recorded = assessment
    ? html`<dl class="facts">
  <dt>Bedömt enligt</dt><dd>${LEX_LAW_LABEL[assessment.law]}</dd>
  <dt>Beslut</dt><dd>${ASSESSMENT_DECISION_LABEL[assessment.decision]}</dd>
  <dt>Diarienummer</dt><dd>${assessment.reference ?? 'Inget'}</dd>
  <dt>Bedömt av</dt><dd>handläggare ${assessment.assessedBy}, <time datetime="${isoOf(assessment.assessedAt)}">${formatDateTime(assessment.assessedAt)}</time></dd>
</dl>`
    : html`<p><strong class="flag">Inte bedömt ännu.</strong> Ärendet kan inte avslutas förrän bedömningen är registrerad.</p>`;
  const form = mayAssess(reader, c)
    ? apiForm(
        { api: pathTo(AGENT_API.caseAssessment, { reference: c.reference }), next: here, submitLabel: assessment ? 'Ändra bedömningen' : 'Registrera bedömningen', done: 'bedomning-sparad' },
        html`${select('law', 'Bedöms enligt', LEX_LAWS.map((l) => [l, LEX_LAW_LABEL[l]]), assessment?.law ?? null, { required: true })}
        ${select('decision', 'Beslut', ASSESSMENT_DECISIONS.map((d) => [d, ASSESSMENT_DECISION_LABEL[d]]), assessment?.decision ?? null, { required: true })}
        ${textInput('reference', 'Diarienummer', assessment?.reference ?? null, { hint: 'Krävs när missförhållandet anmäls till IVO.' })}`,
      )
    : '';
  return html`<section aria-labelledby="assessment-heading"><h2 id="assessment-heading">Bedömning enligt Lex Sarah / Lex Maria</h2>
  ${recorded}
  ${form}
</section>`;
}

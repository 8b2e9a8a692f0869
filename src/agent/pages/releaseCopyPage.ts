import type { CaseEvent } from '../../register/caseEvents';
import { MASKED, SECRET_PART, SECRET_PARTS, type SecretMarks, type SecretPart } from '../../register/secretParts';
import type { Case } from '../../register/case';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_ROUTE, pathTo } from '../agentRoutes';
import { CSRF_FIELD } from '../http/agentAuth';
import { caseHistory } from './caseHistory';
import { formatDate, formatDateTime } from './format';
import { html, when, type Html } from './html';
import { AREA_LABEL, CHANNEL_LABEL, KIND_LABEL, labelOf, SECRET_PART_LABEL } from './labels';
import { page } from './layout';


export interface ReleaseCopyView {
  case: Case;
  /** The history as the copy shows it (handling texts already masked when they are secret). */
  history: CaseEvent[];
  marks: SecretMarks | null;
  masked: SecretPart[];
  /** Whether this reader may mark parts and release the copy (a handler within reach, an admin). */
  mayRelease: boolean;
  /** Shown after the release was recorded: the copy is ready to print. */
  released: boolean;
}

const part = (masked: readonly SecretPart[], p: SecretPart, value: string | null): Html =>
  masked.includes(p) ? html`<p class="text masked">${MASKED}</p>` : value ? html`<p class="text">${value}</p>` : html`<p class="empty">Inte angivet.</p>`;

function marksForm(session: AgentSession, v: ReleaseCopyView): Html {
  const marked = new Set(v.marks?.parts ?? []);
  return html`<section class="no-print" aria-labelledby="marks"><h2 id="marks">Sekretessmarkering</h2>
${v.case.confidential ? html`<p>Ärendet är sekretessmarkerat: allt utom typ, verksamhet, datum och ärendenummer maskeras i kopian.</p>` : ''}
${v.marks ? html`<p>Markerat av ${v.marks.markedBy.replace(/^agent:/, '')} ${formatDateTime(v.marks.markedAt)}.</p>` : ''}
<form method="post" action="${pathTo(AGENT_ROUTE.caseSecretParts, { reference: v.case.reference })}">
  <input type="hidden" name="${CSRF_FIELD}" value="${session.csrfToken}">
  <fieldset><legend>Delar som omfattas av sekretess</legend>
  ${SECRET_PARTS.map((p) => html`<div class="field checkbox">
    <input id="del-${p}" name="del" type="checkbox" value="${p}" ${when(marked.has(p), 'checked')}>
    <label for="del-${p}">${SECRET_PART_LABEL[p]}</label>
  </div>`)}
  </fieldset>
  <button type="submit">Spara markeringen</button>
</form>
<form method="post" action="${pathTo(AGENT_ROUTE.caseCopy, { reference: v.case.reference })}">
  <input type="hidden" name="${CSRF_FIELD}" value="${session.csrfToken}">
  <p>Lämna ut kopian nedan: utlämnandet och vilka delar som maskerades skrivs i ärendets historik.</p>
  <button type="submit">Lämna ut kopian</button>
</form></section>`;
}

/**
 * A copy of the case for a public-records request (utlämnande av allmän handling): the parts marked secret and the
 * contact data replaced by [sekretess], printable as it stands.
 */
export function releaseCopyPage(session: AgentSession, v: ReleaseCopyView): string {
  const c = v.case;
  return page(session, {
    title: `Kopia för utlämnande, ärende ${c.reference}`,
    current: AGENT_ROUTE.findCase,
    body: html`
${v.released ? html`<div class="form-status confirmation" role="status" tabindex="-1" autofocus data-focus-on-load><p>Utlämnandet är antecknat i ärendets historik. Skriv ut kopian med webbläsarens utskrift.</p></div>` : ''}
<p class="no-print"><a href="${pathTo(AGENT_ROUTE.case, { reference: c.reference })}">Tillbaka till ärendet</a></p>
${v.mayRelease && !v.released ? marksForm(session, v) : ''}
<article class="release-copy" aria-labelledby="copy">
<h2 id="copy">Ärende ${c.reference}</h2>
<dl class="facts">
  <dt>Typ</dt><dd>${labelOf(KIND_LABEL, c.kind)}</dd>
  <dt>Verksamhet</dt><dd>${labelOf(AREA_LABEL, c.area)}</dd>
  <dt>Kanal</dt><dd>${labelOf(CHANNEL_LABEL, c.channel)}</dd>
  <dt>Registrerat</dt><dd>${formatDate(c.registeredAt)}</dd>
  <dt>Maskerade delar</dt><dd>${v.masked.length ? v.masked.map((p) => SECRET_PART_LABEL[p]).join(', ') : 'Inga'}</dd>
</dl>
<h3>Vad hände?</h3>${part(v.masked, SECRET_PART.what, c.what)}
<h3>När och var?</h3>${part(v.masked, SECRET_PART.whenWhere, c.whenWhere)}
<h3>Följder</h3>${part(v.masked, SECRET_PART.consequences, c.consequences)}
<h3>Kontaktuppgifter</h3>${v.masked.includes(SECRET_PART.contact) ? html`<p class="masked">${MASKED}</p>` : html`<p>${c.contact.name ?? 'Inte angivet'}</p>`}
<h3>Historik</h3>${caseHistory(v.history)}
</article>`,
  });
}

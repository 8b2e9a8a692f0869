import type { PersonQuery } from '../../personalData/personQuery';
import type { RegisterExtract } from '../../personalData/registerExtract';
import type { NameCandidate } from '../../register/personalData';
import type { AgentSession } from '../agentSessionStore';
import { AGENT_ROUTE } from '../agentRoutes';
import { CSRF_FIELD } from '../http/agentAuth';
import { textInput } from './caseFormFields';
import { extractSections } from './extractSections';
import { formatDate, formatDateTime } from './format';
import { html, type Html } from './html';
import { errorSummary } from './formErrors';
import { KIND_LABEL, labelOf } from './labels';
import { page } from './layout';

/** The search form's fields as typed. */
export interface ExtractForm {
  phone: string;
  email: string;
  name: string;
}

export interface RegisterExtractView {
  form: ExtractForm;
  problem: string | null;
  /** Cases found by name, for the admin to confirm. */
  candidates: NameCandidate[] | null;
  extract: RegisterExtract | null;
  /** After an erasure: how many cases it changed. */
  erased: number | null;
}

/** The query string that names the same person again (the export links, the erasure's way back). */
export function personQueryString(q: PersonQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (q.phone) params.set('telefon', q.phone);
  if (q.email) params.set('epost', q.email);
  for (const id of q.caseIds) params.append('arende', String(id));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

function candidatesForm(candidates: NameCandidate[]): Html {
  if (candidates.length === 0) return html`<p class="empty">Inget ärende har en kontaktperson med det namnet.</p>`;
  return html`<form method="get" action="${AGENT_ROUTE.registerExtract}">
  <fieldset><legend>Vilka ärenden gäller personen? Kontrollera innan utdraget tas.</legend>
  ${candidates.map((c) => html`<div class="field checkbox">
    <input id="arende-${c.id}" name="arende" type="checkbox" value="${c.id}">
    <label for="arende-${c.id}">${c.contactName}: ärende ${c.reference}, ${labelOf(KIND_LABEL, c.kind)}, registrerat ${formatDate(c.registeredAt)}</label>
  </div>`)}
  </fieldset>
  <button type="submit">Ta utdrag för de valda ärendena</button>
</form>`;
}

function erasureForm(session: AgentSession, x: RegisterExtract): Html {
  if (x.cases.length === 0) return html``;
  return html`<section aria-labelledby="erasure"><h2 id="erasure">Radera personuppgifter</h2>
<p>Ett beslut om radering tar bort kontaktuppgifter, återuppringningar, samtalens arbetsdata, chattutskrifter,
utskick och röstmeddelanden som bara finns här, för de valda ärendena. Själva synpunkten eller klagomålet och dess
historik finns kvar som allmän handling. Röstmeddelanden som ännu finns hos Twilio raderas där av gallringen.</p>
<form method="post" action="${AGENT_ROUTE.registerExtractErasure}">
  <input type="hidden" name="${CSRF_FIELD}" value="${session.csrfToken}">
  <fieldset><legend>Ärenden som beslutet gäller</legend>
  ${x.cases.map((c) => html`<div class="field checkbox">
    <input id="radera-${c.id}" name="arende" type="checkbox" value="${c.id}">
    <label for="radera-${c.id}">Ärende ${c.reference}</label>
  </div>`)}
  </fieldset>
  ${textInput('beslut', 'Beslutets diarienummer', '', { required: true, hint: 'Till exempel KS 2026/123.' })}
  <div class="field"><label for="skal">Skäl <span class="required">(måste fyllas i)</span></label>
  <textarea id="skal" name="skal" rows="3" required></textarea></div>
  <button type="submit">Radera enligt beslutet</button>
</form></section>`;
}

/** The admin's register extract: find a person, check what is held, export it, or erase it on a decision. */
export function registerExtractPage(session: AgentSession, v: RegisterExtractView): string {
  const x = v.extract;
  return page(session, {
    title: 'Registerutdrag',
    current: AGENT_ROUTE.registerExtract,
    failed: Boolean(v.problem),
    body: html`
<p>Allt som finns sparat om en person (artikel 15 i dataskyddsförordningen), sökt på exakt telefonnummer eller
e-postadress, eller på namn. Sökningen och varje export skrivs i läsloggen.</p>
${v.erased !== null ? html`<div class="form-status confirmation" role="status" tabindex="-1" autofocus data-focus-on-load><p>Beslutet är genomfört: personuppgifterna är raderade i ${v.erased} ärenden.</p></div>` : ''}
<form class="search" method="get" action="${AGENT_ROUTE.registerExtract}" role="search" aria-label="Sök personuppgifter">
  ${v.problem ? errorSummary(v.problem, []) : ''}
  ${textInput('telefon', 'Telefonnummer', v.form.phone, { type: 'tel', hint: 'I vilken form som helst: 070-123 45 67, +46 70 123 45 67.' })}
  ${textInput('epost', 'E-postadress', v.form.email, { type: 'email' })}
  ${textInput('namn', 'Namn', v.form.name, { hint: 'Ger förslag på ärenden som du bekräftar innan utdraget tas.' })}
  <button type="submit">Sök</button>
</form>
${v.candidates ? html`<h2>Ärenden med liknande namn</h2>${candidatesForm(v.candidates)}` : ''}
${x ? html`<h2>Utdrag ${formatDateTime(x.takenAt)}</h2>
<ul class="exports">
  <li><a href="${AGENT_ROUTE.registerExtractExport}?${personQueryString(x.query, { format: 'html' })}">Utdraget för utskrift (HTML)</a></li>
  <li><a href="${AGENT_ROUTE.registerExtractExport}?${personQueryString(x.query, { format: 'json' })}" download>Utdraget som JSON-fil</a></li>
</ul>
${extractSections(x)}
${erasureForm(session, x)}` : ''}`,
  });
}

/** The extract as a document of its own, to print or save for the person: no menu, print styles. */
export function registerExtractDocument(x: RegisterExtract): string {
  return html`<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Registerutdrag ${formatDate(x.takenAt)} – Synpunkt</title>
<link rel="stylesheet" href="${AGENT_ROUTE.assets}/agent.css">
</head>
<body class="document">
<main id="main">
<h1>Registerutdrag</h1>
<p>Uppgifter som kommunens register för synpunkter och klagomål har sparat om dig, ${formatDateTime(x.takenAt)}.</p>
${extractSections(x)}
</main>
</body>
</html>`.value;
}

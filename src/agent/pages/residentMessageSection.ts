import type { Case } from '../../register/case';
import { missingContact, whyNoMessage } from '../../residentMessages/sendToResident';
import { SMS_MAX_LENGTH } from '../../residentMessages/residentMessageTypes';
import { AGENT_API, AGENT_ROUTE, pathTo } from '../agentRoutes';
import { fieldId } from './caseFormFields';
import { formatDateTime, isoOf } from './format';
import { html, type Html } from './html';
import { apiForm } from './layout';

/** What happens to each message, by the way the resident chose: said before the handler sends it. */
const WHAT_HAPPENS = {
  email: { news: 'Skickas med e-post till invånaren.', answer: 'Skickas med e-post till invånaren, med var invånaren kan vända sig om hen inte är nöjd.' },
  phone: {
    news: `Skickas som sms. En text längre än ${SMS_MAX_LENGTH} tecken skickas inte i sms: invånaren får i stället ett sms om att ringa kundtjänst och säga ärendenumret.`,
    answer: 'Invånaren får ett sms om att svaret är klart, och en återuppringning bokas. Den som ringer läser svaret och skriver vad som sades; då räknas svaret som givet.',
  },
  letter: { news: 'Blir ett brev att skriva ut under Brev att skriva ut.', answer: 'Blir ett brev att skriva ut under Brev att skriva ut, med var invånaren kan vända sig om hen inte är nöjd.' },
} as const;

function messageForm(c: Case, message: 'news' | 'answer', here: string): Html {
  const id = fieldId(`${message}Text`);
  const [heading, label, submit] = message === 'news' ? ['Besked till invånaren', 'Vad händer med ärendet?', 'Skicka beskedet'] : ['Svar till invånaren', 'Svaret', 'Skicka svaret'];
  return html`<section aria-labelledby="${message}-message-heading"><h3 id="${message}-message-heading">${heading}</h3>
  ${apiForm(
    { api: pathTo(AGENT_API.caseResidentMessages, { reference: c.reference }), next: here, submitLabel: submit, done: message === 'news' ? 'besked-koat' : 'svar-koat' },
    html`<input type="hidden" name="message" value="${message}">
    <div class="field"><label for="${id}">${label}</label>
      <p class="hint" id="${id}-hint">${c.replyMethod ? WHAT_HAPPENS[c.replyMethod][message] : ''}</p>
      <textarea id="${id}" name="text" rows="4" maxlength="8000" required aria-describedby="${id}-hint"></textarea></div>`,
  )}
</section>`;
}

/**
 * "Besked till invånaren" (news within 14 days) beside "Svar till invånaren": sent the way the resident chose, or why
 * not (anonymous, no reply wanted, contact missing); the postal address for a letter is written here too.
 */
export function residentMessageSection(c: Case, mayWrite: boolean): Html {
  const here = pathTo(AGENT_ROUTE.case, { reference: c.reference });
  const given = html`<dl class="facts">
  <dt>Besked givet</dt><dd>${c.newsGivenAt ? html`<time datetime="${isoOf(c.newsGivenAt)}">${formatDateTime(c.newsGivenAt)}</time>` : 'Inte ännu'}</dd>
  <dt>Svar givet</dt><dd>${c.answerGivenAt ? html`<time datetime="${isoOf(c.answerGivenAt)}">${formatDateTime(c.answerGivenAt)}</time>` : 'Inte ännu'}</dd>
</dl>`;
  const refusal = whyNoMessage(c);
  if (refusal) return html`<h2>Besked och svar till invånaren</h2>${given}<p class="note">${refusal}</p>`;
  if (!mayWrite) return html`<h2>Besked och svar till invånaren</h2>${given}`;
  const missing = missingContact(c);
  const addressId = fieldId('address');
  const address = html`<section aria-labelledby="address-heading"><h3 id="address-heading">Postadress</h3>
  ${apiForm(
    { api: pathTo(AGENT_API.caseContactAddress, { reference: c.reference }), next: here, submitLabel: 'Spara postadressen', done: 'adress-sparad' },
    html`<div class="field"><label for="${addressId}">Postadress</label>
      <p class="hint" id="${addressId}-hint">Gata och nummer, postnummer och ort, en rad för varje. Behövs för svar med brev.</p>
      <textarea id="${addressId}" name="address" rows="3" maxlength="500" required aria-describedby="${addressId}-hint">${c.contact.address ?? ''}</textarea></div>`,
  )}
</section>`;
  return html`<h2>Besked och svar till invånaren</h2>${given}
${missing ? html`<p class="note">Kan inte skickas ännu: ${missing.message}.</p>` : ''}
${c.replyMethod === 'letter' ? address : ''}
${missing ? '' : html`${messageForm(c, 'news', here)}${messageForm(c, 'answer', here)}`}`;
}

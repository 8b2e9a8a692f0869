import type { AccessibilityStatementSettings } from '../config/configTypes';
import { html } from '../agent/pages/html';
import { CHAT_ROUTE } from '../channels/chat/chatRoutes';
import { fill } from '../flow/speaking';
import { residentPage } from './residentPage';
import { DIGG_REPORT_URL, STATEMENT_ROUTE, type StatementLanguage } from './statementRoutes';
import { STATEMENT_TEXT } from './statementText';

const DATE_FORMAT: Record<StatementLanguage, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A phone number as dialled from a link: digits and a leading +. */
const telOf = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

/** The accessibility statement (DOS-lagen, DIGG's model): the service's own parts and the municipality's settings. */
export function statementPage(language: StatementLanguage, settings: AccessibilityStatementSettings): string {
  const t = STATEMENT_TEXT[language];
  const other: StatementLanguage = language === 'sv' ? 'en' : 'sv';
  const contact =
    settings.email || settings.phone
      ? html`<ul class="contact">
${settings.email ? html`<li>${t.email}: <a href="${`mailto:${settings.email}`}">${settings.email}</a></li>` : ''}
${settings.phone ? html`<li>${t.phone}: <a href="${telOf(settings.phone)}">${settings.phone}</a></li>` : ''}
</ul>`
      : html`<p>${t.noContact}</p>`;
  const reviewed = settings.reviewedOn
    ? html`<p id="reviewed">${fill(t.reviewed, { date: DATE_FORMAT[language].format(new Date(`${settings.reviewedOn}T00:00:00Z`)) })}</p>`
    : html`<p id="reviewed">${t.notReviewed}</p>`;
  return residentPage({
    language,
    title: t.title,
    mainClass: 'statement',
    content: html`<nav class="languages"><a href="${STATEMENT_ROUTE[other]}" lang="${other}" hreflang="${other}">${t.otherLanguage}</a>
<a href="${`${CHAT_ROUTE.page}?lang=${language}`}">${t.backToChat}</a></nav>
<h1>${t.title}</h1>
<p>${fill(t.intro, { organisation: settings.organisation ?? t.defaultOrganisation })}</p>
<h2>${t.howAccessibleHeading}</h2>
<p>${t.howAccessible}</p>
<h2>${t.anotherWayHeading}</h2>
<p>${t.anotherWay}</p>
${contact}
<h2>${t.reportHeading}</h2>
<p>${t.report}</p>
${contact}
<h2>${t.superviseHeading}</h2>
<p>${t.supervise}</p>
<p><a href="${DIGG_REPORT_URL}" ${language === 'en' ? html`hreflang="sv"` : ''}>${t.diggLink}</a></p>
<h2>${t.technicalHeading}</h2>
<p>${t.technical}</p>
<h2>${t.notAccessibleHeading}</h2>
<p>${t.notAccessibleIntro}</p>
<ul class="shortcomings">
${[...t.knownShortcomings, ...settings.shortcomings[language]].map((item) => html`<li>${item}</li>`)}
</ul>
<h2>${t.testedHeading}</h2>
<p>${t.tested}</p>
${reviewed}`,
  });
}

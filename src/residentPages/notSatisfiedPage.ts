import { html, type Html } from '../agent/pages/html';
import { CHAT_ROUTE } from '../channels/chat/chatRoutes';
import { NOT_SATISFIED_ROUTE } from '../residentStatus/linkSigning';
import type { NotSatisfiedOutcome } from '../residentStatus/notSatisfied';
import { fillWords, takenFurtherSentences } from '../residentStatus/statusWords';

/** The page is in Swedish and English (?lang=en, or the form's lang). */
export type PageLanguage = 'sv' | 'en';

type PageWord = 'title' | 'ask' | 'what' | 'send' | 'other' | 'forged' | 'expired' | 'missing' | 'problem' | 'done';

const TEXT: Readonly<Record<PageLanguage, Readonly<Record<PageWord, string>>>> = {
  sv: {
    title: 'Inte nöjd med svaret',
    ask: 'Är du inte nöjd med svaret på ditt ärende {reference}?',
    what: 'Om du skickar det här öppnar vi ärendet igen. En chef på nivån över den som svarade tittar på det, och du får ett nytt svar.',
    send: 'Jag är inte nöjd med svaret',
    other: 'In English',
    forged: 'Länken går inte att använda. Kontrollera att du har fått med hela länken från meddelandet, eller ring kommunens kundtjänst.',
    expired: 'Länken gäller inte längre. Ring kommunens kundtjänst och säg ditt ärendenummer, så hjälper de dig.',
    missing: 'Ärendet finns inte längre hos oss. Ring kommunens kundtjänst om du har frågor.',
    problem: 'Det gick inte',
    done: 'Klart',
  },
  en: {
    title: 'Not satisfied with the answer',
    ask: 'Are you not satisfied with the answer to your case {reference}?',
    what: 'If you send this, we reopen the case. A manager one level above those who answered looks at it again, and you get a new answer.',
    send: 'I am not satisfied with the answer',
    other: 'På svenska',
    forged: "This link cannot be used. Check that you have the whole link from the message, or call the municipality's customer service.",
    expired: "This link no longer works. Call the municipality's customer service and give your case number, and they will help you.",
    missing: "The case is no longer held by us. Call the municipality's customer service if you have questions.",
    problem: 'It did not work',
    done: 'Done',
  },
};

function page(language: PageLanguage, title: string, body: Html, otherHref: string | null): string {
  const other: PageLanguage = language === 'sv' ? 'en' : 'sv';
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${CHAT_ROUTE.pageStyle}">
</head>
<body class="standalone">
<main class="chat">
<header class="chat-header">
<h1>${title}</h1>
${otherHref ? html`<a class="language" href="${otherHref}" lang="${other}" hreflang="${other}">${TEXT[language].other}</a>` : ''}
</header>
${body}
</main>
</body>
</html>
`.value;
}

/** GET: the choice, as a form carrying the signed token itself (no cookie: nothing for another site to ride on). */
export function askPage(language: PageLanguage, reference: string, token: string): string {
  const t = TEXT[language];
  const other = language === 'sv' ? 'en' : 'sv';
  return page(
    language,
    t.title,
    html`<p>${fillWords(t.ask, { reference })}</p>
<p>${t.what}</p>
<form method="post" action="${NOT_SATISFIED_ROUTE}">
<input type="hidden" name="t" value="${token}">
<input type="hidden" name="lang" value="${language}">
<button type="submit">${t.send}</button>
</form>`,
    `${NOT_SATISFIED_ROUTE}?${new URLSearchParams({ t: token, lang: other }).toString()}`,
  );
}

/** A link that cannot be used: why, and where to turn instead. */
export function refusedPage(language: PageLanguage, reason: 'forged' | 'expired' | 'missing'): string {
  const t = TEXT[language];
  return page(language, t.problem, html`<p>${t[reason]}</p>`, null);
}

/** What happens now, and always where to turn after that (IVO or Patientnämnden, by the case's area). */
export function outcomePage(language: PageLanguage, outcome: NotSatisfiedOutcome): string {
  return page(language, TEXT[language].done, html`${takenFurtherSentences(outcome, language).map((sentence) => html`<p>${sentence}</p>`)}`, null);
}

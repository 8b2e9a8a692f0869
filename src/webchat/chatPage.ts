import { statementFor } from '../accessibility/statementRoutes';
import { CHAT_ROUTE } from '../channels/chat/chatRoutes';
import { MAX_MESSAGE_LENGTH } from '../channels/chat/chatInput';
import { MINORITY_LANGUAGES, type Language, type MinorityLanguage } from '../domain';
import { ATTACHMENT_TYPES } from '../channels/chat/attachmentTypes';
import { fill } from '../flow/speaking';
import { MINORITY_LANGUAGE_NAMES, PAGE_TEXT } from './pageText';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The resident-facing chat page. Everything live is done by chat.js (fetch and polling against the Direct Line
 * endpoints); messages are put on the page as text, never as HTML. `embedded` is the widget's panel.
 */
export interface ChatPageOptions {
  uploadMaxMb: number;
  /** The languages offered (LANGUAGES): a link to the page in each of the others, named in its own language. */
  languages: readonly Language[];
  /** The municipality's information in Meänkieli and Sámi, linked when given. */
  minorityLanguageInfo: Readonly<Record<MinorityLanguage, string | null>>;
}

export function chatPage(language: Language, embedded: boolean, options: ChatPageOptions): string {
  const { uploadMaxMb } = options;
  const t = (key: string) => escape(PAGE_TEXT[language][key] ?? key);
  // Every language's link is on the page; the script hides the one the conversation is in (it may switch by the menu).
  const languageLinks = options.languages
    .map((other) => {
      const href = `${CHAT_ROUTE.page}?lang=${other}${embedded ? '&embed=1' : ''}`;
      return `<a class="language" href="${href}" lang="${other}" hreflang="${other}" data-language="${other}"${other === language ? ' hidden' : ''}>${escape(PAGE_TEXT[other]['inThisLanguage']!)}</a>`;
    })
    .join('\n');
  // Where the municipality has information in Meänkieli or Sámi: a link to it, and a call from customer service with
  // the language noted (the chat opens at the callback offer; the page's own language is kept).
  const minority = MINORITY_LANGUAGES.filter((l) => options.minorityLanguageInfo[l] !== null);
  const callKey = { meankieli: 'callMeMeankieli', sami: 'callMeSami' } as const;
  const callHref = (l: MinorityLanguage) => `${CHAT_ROUTE.page}?lang=${language}&callback=${l}${embedded ? '&embed=1' : ''}`;
  const minorityInfo = minority.length
    ? `<p class="intro minority-info"><span data-text="minorityInfo">${t('minorityInfo')}</span> ${minority
        .map((l) => `<a href="${escape(options.minorityLanguageInfo[l]!)}">${escape(MINORITY_LANGUAGE_NAMES[l])}</a>`)
        .join(' · ')}. <span data-text="callMe">${t('callMe')}</span> ${minority
        .map((l) => `<a href="${escape(callHref(l))}" data-text="${callKey[l]}">${t(callKey[l])}</a>`)
        .join(' · ')}</p>`
    : '';
  // The accessibility statement (DOS-lagen) in the page's language, Swedish for those it does not exist in; the
  // script follows the conversation's language. A new tab: the chat stays as it is, and the statement is not framed.
  const statement = statementFor(language);
  const statementHrefs = options.languages.map((l) => ` data-href-${l}="${statementFor(l).href}"`).join('');
  const statementLink = `<p class="statement-link"><a id="statement-link" href="${statement.href}" hreflang="${statement.language}" target="_blank" rel="noopener"${statementHrefs} data-text="statement">${t('statement')}</a></p>`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('title')}</title>
<link rel="stylesheet" href="${CHAT_ROUTE.pageStyle}">
<script src="${CHAT_ROUTE.pageScript}" defer></script>
<script src="${CHAT_ROUTE.attachScript}" defer></script>
</head>
<body class="${embedded ? 'embedded' : 'standalone'}">
<main class="chat" data-max-length="${MAX_MESSAGE_LENGTH}">
<header class="chat-header">
<h1 id="chat-heading" data-text="heading">${t('heading')}</h1>
<nav class="languages">${languageLinks}</nav>
</header>
<p class="intro" data-text="intro">${t('intro')}</p>
${minorityInfo}
<div id="log" class="log" role="log" aria-live="polite" aria-relevant="additions" aria-labelledby="log-label" tabindex="0"><ol id="messages" class="messages"></ol></div>
<span id="log-label" class="visually-hidden" data-text="log">${t('log')}</span>
<div id="choices" class="choices" role="group" aria-labelledby="choices-label" hidden></div>
<span id="choices-label" class="visually-hidden" data-text="choices">${t('choices')}</span>
<p id="status" class="status" role="status"></p>
<form id="composer" class="composer" novalidate>
<label for="message" data-text="label">${t('label')}</label>
<p id="message-hint" class="hint" data-text="hint">${t('hint')}</p>
<div class="composer-row">
<textarea id="message" name="message" rows="2" maxlength="${MAX_MESSAGE_LENGTH}" aria-describedby="message-hint" autocomplete="off"></textarea>
<button type="submit" id="send" data-text="send">${t('send')}</button>
</div>
<div class="attach-row">
<input type="file" id="attach-file" class="visually-hidden" accept="${ATTACHMENT_TYPES.join(',')}" tabindex="-1" aria-hidden="true">
<button type="button" id="attach" class="attach" data-max-mb="${uploadMaxMb}" aria-describedby="attach-hint">${t('attach')}</button>
<span id="attach-hint" class="hint">${escape(fill(PAGE_TEXT[language]['attachHint']!, { max: String(uploadMaxMb) }))}</span>
</div>
</form>
<button type="button" id="restart" class="restart" data-text="restart" hidden>${t('restart')}</button>
<noscript><p>${t('noScript')}</p></noscript>
${statementLink}
</main>
</body>
</html>
`;
}

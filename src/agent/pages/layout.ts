import { SESSION_HOURS, type AgentSession } from '../agentSessionStore';
import { mayDo, PERMISSION, type Permission } from '../agentTypes';
import { AGENT_API, AGENT_ROUTE } from '../agentRoutes';
import { CSRF_FIELD } from '../http/agentAuth';
import { html, type Html } from './html';
import { ROLE_LABEL } from './labels';
import { INBOX_COUNT_CAP } from '../../register/inbox';
import { noticeText, type NoticeCode } from '../messages';

interface NavItem {
  href: string;
  label: string;
  permission: Permission;
}

/** What the menu counts for the signed-in person (the pages router reads it; a handler's inbox). */
export interface MenuCounts {
  inbox: number;
  serious: number;
}

/** A session as pages get it: with the menu's counts when they were read for this request. */
export type PageSession = AgentSession & { menuCounts?: MenuCounts; notice?: NoticeCode };

const NAV: readonly NavItem[] = [
  { href: AGENT_ROUTE.calls, label: 'Avsluta samtal', permission: PERMISSION.intake },
  { href: AGENT_ROUTE.incomplete, label: 'Ofullständiga ärenden', permission: PERMISSION.intake },
  { href: AGENT_ROUTE.line, label: 'Kön i telefon', permission: PERMISSION.callbacks },
  { href: AGENT_ROUTE.callbacks, label: 'Återuppringningar', permission: PERMISSION.callbacks },
  // Before search: a handler starts here (homeOf), customer service and admins keep their first page.
  { href: AGENT_ROUTE.inbox, label: 'Inkorg', permission: PERMISSION.readCases },
  { href: AGENT_ROUTE.findCase, label: 'Sök ärende', permission: PERMISSION.readCases },
  { href: AGENT_ROUTE.overdue, label: 'Försenade ärenden', permission: PERMISSION.readCases },
  { href: AGENT_ROUTE.serious, label: 'Allvarliga ärenden', permission: PERMISSION.readCases },
  { href: AGENT_ROUTE.letters, label: 'Brev att skriva ut', permission: PERMISSION.readCases },
  { href: AGENT_ROUTE.accounts, label: 'Konton', permission: PERMISSION.accounts },
  { href: AGENT_ROUTE.units, label: 'Enheter', permission: PERMISSION.accounts },
  { href: AGENT_ROUTE.accessLog, label: 'Läsloggen', permission: PERMISSION.accounts },
  { href: AGENT_ROUTE.disposalLog, label: 'Gallringsloggen', permission: PERMISSION.accounts },
  { href: AGENT_ROUTE.registerExtract, label: 'Registerutdrag', permission: PERMISSION.accounts },
  { href: AGENT_ROUTE.analysis, label: 'Analys', permission: PERMISSION.analyse },
];

/** The first page a role works on. */
export function homeOf(session: AgentSession): string {
  return NAV.find((item) => mayDo(session.agent, item.permission))?.href ?? AGENT_ROUTE.findCase;
}

export interface PageContent {
  title: string;
  /** The nav entry to mark as the current page. */
  current?: string;
  body: Html;
  /** A form on this page was refused: the title starts with "Fel: " (the page shows an error summary). */
  failed?: boolean;
}

/**
 * The confirmation of what the last form did (?klart=<code>, read by the pages router into the session): a status
 * region that takes the focus, so it is read out at once (WCAG 4.1.3).
 */
export function noticeRegion(code: NoticeCode | undefined): Html {
  if (!code) return html``;
  return html`<div class="form-status confirmation" role="status" tabindex="-1" autofocus data-focus-on-load><p>${noticeText(code)}</p></div>`;
}

/** "Fel: Logga in" after a refused form. */
export const pageTitle = (content: Pick<PageContent, 'title' | 'failed'>) => (content.failed ? `Fel: ${content.title}` : content.title);

/** "Inkorg (12, varav 2 allvarliga)". */
function navLabel(item: NavItem, counts: MenuCounts | undefined): string {
  if (item.href !== AGENT_ROUTE.inbox || !counts) return item.label;
  const many = (n: number) => (n > INBOX_COUNT_CAP ? `${INBOX_COUNT_CAP}+` : String(n));
  return `${item.label} (${many(counts.inbox)}${counts.serious ? `, varav ${many(counts.serious)} allvarliga` : ''})`;
}

/**
 * A warning before time runs out (WCAG 2.2.1): the page's script opens it as a modal alert dialog `warnBefore`
 * seconds before the end, with the focus on "Förläng", which posts to `extendApi` (CSRF token as every POST);
 * the time then runs `lasts` seconds again (or what the answer's secondsLeft says). At the end it says so, and
 * what was typed on the page is kept for after the next login (agent.js).
 */
export interface TimeoutWarning {
  id: string;
  secondsLeft: number;
  warnBefore: number;
  lasts: number;
  extendApi: string;
  heading: string;
  /** {remaining} is filled with the time left ("2 minuter"). */
  warning: string;
  expired: string;
  extendLabel: string;
  /** Said (a status) when the extension went through. */
  extended: string;
  /** At the end, offer "Logga in igen" (back to this page after it). */
  loginAgain?: boolean;
}

export function timeoutWarning(w: TimeoutWarning): Html {
  return html`<dialog class="timeout" id="${w.id}" role="alertdialog" aria-labelledby="${w.id}-heading" aria-describedby="${w.id}-text"
  data-timeout data-seconds-left="${w.secondsLeft}" data-warn-before="${w.warnBefore}" data-lasts="${w.lasts}" data-extend="${w.extendApi}"
  data-warning="${w.warning}" data-expired="${w.expired}" data-extended="${w.extended}">
  <h2 id="${w.id}-heading">${w.heading}</h2>
  <p id="${w.id}-text"></p>
  <div class="actions">
    <button type="button" data-extend-button>${w.extendLabel}</button>
    ${w.loginAgain ? html`<a href="${AGENT_ROUTE.login}" data-login-link hidden>Logga in igen</a>` : ''}
    <button type="button" class="secondary" data-close-button>Stäng</button>
  </div>
</dialog>`;
}

/** The login's warning: five minutes before the session ends. */
function sessionWarning(session: PageSession): Html {
  if (session.secondsLeft === undefined) return html``;
  return timeoutWarning({
    id: 'session-timeout',
    secondsLeft: session.secondsLeft,
    warnBefore: 5 * 60,
    lasts: SESSION_HOURS * 3600,
    extendApi: AGENT_API.sessionExtension,
    heading: 'Du loggas snart ut',
    warning: 'Om {remaining} loggas du ut. Välj Förläng för att fortsätta arbeta; det du har skrivit finns kvar.',
    expired:
      'Du har loggats ut. Det du har skrivit på sidan sparas i den här fliken och fylls i igen när du har loggat in.',
    extendLabel: 'Förläng',
    extended: `Du är inloggad ${SESSION_HOURS} timmar till.`,
    loginAgain: true,
  });
}

/** Every page: Swedish, a skip link, landmarks, one h1, the CSRF token for the page's script. */
export function page(session: PageSession | null, content: PageContent): string {
  const nav = session
    ? html`<nav aria-label="Huvudmeny"><ul>
        ${NAV.filter((item) => mayDo(session.agent, item.permission)).map(
          (item) => html`<li><a href="${item.href}" ${content.current === item.href ? html`aria-current="page"` : ''}>${navLabel(item, session.menuCounts)}</a></li>`,
        )}
      </ul></nav>
      <form class="logout" method="post" action="${AGENT_ROUTE.logout}">
        <input type="hidden" name="${CSRF_FIELD}" value="${session.csrfToken}">
        <span>${session.agent.username} (${ROLE_LABEL[session.agent.role]})</span>
        <button type="submit">Logga ut</button>
      </form>`
    : '';
  return html`<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${session ? html`<meta name="csrf-token" content="${session.csrfToken}">
<meta name="agent" content="${session.agent.username}">` : ''}
<meta name="login-path" content="${AGENT_ROUTE.login}">
<meta name="case-path" content="${AGENT_ROUTE.case}">
<meta name="events-path" content="${AGENT_ROUTE.events}">
<title>${pageTitle(content)} – Synpunkt kundtjänst</title>
<link rel="stylesheet" href="${AGENT_ROUTE.assets}/agent.css">
<script src="${AGENT_ROUTE.assets}/agent.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Hoppa till innehållet</a>
<header class="top">
  <p class="brand"><a href="${AGENT_ROUTE.home}">Synpunkt – kundtjänst</a></p>
  ${nav}
</header>
<main id="main" tabindex="-1">
<h1>${content.title}</h1>
<p id="live-status" class="visually-hidden" role="status"></p>
${noticeRegion(session?.notice)}
${content.body}
</main>
${session ? sessionWarning(session) : ''}
</body>
</html>`.value;
}

export interface ApiFormOptions {
  /** The API path the form's script sends JSON to. */
  api: string;
  /** Where to go after success: a path with {reference} / {callbackId} from the answer, or "reload". */
  next: string;
  submitLabel: string;
  /** Said when the answer holds nothing (claim next with an empty queue). */
  emptyMessage?: string;
  className?: string;
  /** The confirmation the next page shows after success (?klart=<code>). */
  done?: NoticeCode;
}

/**
 * A data table in its own scrolling region (WCAG 1.4.10): at 320 px only the table scrolls sideways, never the page.
 * The region is named by the table's caption and takes the focus (tabindex="0"), so a keyboard can scroll it.
 * `id` is unique on the page; `rows` is the table's thead and tbody.
 */
export function dataTable(id: string, caption: Html | string, rows: Html, options: { className?: string } = {}): Html {
  return html`<div class="table-region" role="region" aria-labelledby="${id}" tabindex="0">
<table${options.className ? html` class="${options.className}"` : ''}>
  <caption id="${id}">${caption}</caption>
  ${rows}
</table>
</div>`;
}

/** A form the page script sends to the JSON API, with the CSRF token, and whose errors it reads out. */
export function apiForm(options: ApiFormOptions, fields: Html | string = ''): Html {
  return html`<form class="${options.className ?? 'api-form'}" method="post" action="${options.api}" data-api="${options.api}" data-next="${options.next}" ${options.emptyMessage ? html`data-empty-message="${options.emptyMessage}"` : ''} ${options.done ? html`data-done="${options.done}"` : ''}>
  <div class="form-status error-summary" role="alert" tabindex="-1" hidden></div>
  ${fields}
  <button type="submit">${options.submitLabel}</button>
</form>`;
}

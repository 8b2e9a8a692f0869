import { html, type Html } from '../agent/pages/html';
import { CHAT_ROUTE } from '../channels/chat/chatRoutes';

/**
 * A page for residents outside the chat, in its style and with no script: the accessibility statement, and the
 * front page (src/home) too, so the two stay alike.
 */
export function residentPage(page: { language: string; title: string; mainClass: string | null; content: Html }): string {
  return html`<!doctype html>
<html lang="${page.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<link rel="stylesheet" href="${CHAT_ROUTE.pageStyle}">
</head>
<body class="standalone">
<main${page.mainClass ? html` class="${page.mainClass}"` : ''}>
${page.content}
</main>
</body>
</html>
`.value;
}

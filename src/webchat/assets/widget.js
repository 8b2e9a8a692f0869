/*
 * The chat button for a municipal site: one tag,
 *   <script src="https://synpunkt.kommun.se/chat/widget.js" data-lang="sv" defer></script>
 * adds a "Lämna synpunkter i chatten" button that opens the chat page in a panel (an iframe of /chat from this
 * service). On a phone the panel takes the whole screen, so the text box and Send have the room they need.
 * data-lang="en" (or a page with <html lang="en">) gives English. No framework; styles are set on the
 * elements themselves, so a site's Content-Security-Policy for styles does not get in the way.
 * Keyboard: the button opens the panel and the focus goes into the chat; Escape or the close button closes it
 * and the focus goes back to the button. The panel's top row links to the accessibility statement.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.synpunktChatWidget) return;
  window.synpunktChatWidget = true;

  var origin = new URL(script.src).origin;
  var asked = script.getAttribute('data-lang') || document.documentElement.lang || 'sv';
  var lang = /^en/i.test(asked) ? 'en' : /^fi/i.test(asked) ? 'fi' : 'sv';
  var TEXT = {
    sv: { open: 'Lämna synpunkter i chatten', close: 'Stäng chatten', title: 'Automatisk chatt för klagomål, förslag och beröm', statement: 'Tillgänglighetsredogörelse (ny flik)', statementPath: '/tillganglighet', statementLang: 'sv' },
    en: { open: 'Give feedback in the chat', close: 'Close the chat', title: 'Automatic chat for complaints, suggestions and praise', statement: 'Accessibility statement (new tab)', statementPath: '/en/accessibility', statementLang: 'en' },
    fi: { open: 'Anna palautetta chatissa', close: 'Sulje chat', title: 'Automaattinen chat valituksille, ehdotuksille ja kiitoksille', statement: 'Saavutettavuusseloste ruotsiksi (uusi välilehti)', statementPath: '/tillganglighet', statementLang: 'sv' }
  }[lang];
  var BRAND = '#0a4a80';

  function styled(el, styles) {
    for (var name in styles) el.style[name] = styles[name];
    return el;
  }

  var openButton = styled(document.createElement('button'), {
    position: 'fixed', right: '1rem', bottom: '1rem', zIndex: '2147483000', font: 'inherit', fontSize: '1rem',
    fontWeight: '600', padding: '0.75rem 1.25rem', minHeight: '2.75rem', borderRadius: '2rem', border: '2px solid #ffffff',
    background: BRAND, color: '#ffffff', cursor: 'pointer', boxShadow: '0 2px 8px rgba(0,0,0,0.35)'
  });
  openButton.type = 'button';
  openButton.textContent = TEXT.open;
  openButton.setAttribute('aria-expanded', 'false');
  openButton.setAttribute('aria-controls', 'synpunkt-chat-panel');

  var panel = styled(document.createElement('section'), {
    position: 'fixed', zIndex: '2147483001', boxSizing: 'border-box', background: '#ffffff', border: '2px solid ' + BRAND,
    boxShadow: '0 4px 16px rgba(0,0,0,0.35)', display: 'none', flexDirection: 'column', overflow: 'hidden'
  });
  // A corner of the site on a wide screen; the whole screen on a phone (dvh: without the address bar).
  var PHONE = window.matchMedia('(max-width: 30rem), (max-height: 36rem)');
  var CORNER = { right: '1rem', bottom: '1rem', width: 'min(26rem, calc(100vw - 2rem))', height: 'min(40rem, calc(100vh - 2rem))', borderRadius: '0.75rem' };
  var WHOLE = { right: '0', bottom: '0', width: '100vw', height: '100vh', borderRadius: '0' };
  function fit() {
    styled(panel, PHONE.matches ? WHOLE : CORNER);
    if (PHONE.matches && window.CSS && CSS.supports('height', '100dvh')) panel.style.height = '100dvh';
  }
  fit();
  if (PHONE.addEventListener) PHONE.addEventListener('change', fit);
  panel.id = 'synpunkt-chat-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', TEXT.title);

  var closeButton = styled(document.createElement('button'), {
    alignSelf: 'flex-end', margin: '0.25rem', font: 'inherit', fontSize: '1rem', padding: '0.25rem 0.75rem', minHeight: '2.75rem',
    background: '#ffffff', color: BRAND, border: '2px solid ' + BRAND, borderRadius: '0.5rem', cursor: 'pointer'
  });
  closeButton.type = 'button';
  closeButton.textContent = TEXT.close;

  // The accessibility statement (DOS-lagen), visible in the panel's top row beside the close button.
  var bar = styled(document.createElement('div'), {
    display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: '0.25rem', padding: '0 0.25rem'
  });
  var statementLink = styled(document.createElement('a'), { color: BRAND, font: 'inherit', fontSize: '0.875rem', margin: '0.25rem', textDecoration: 'underline' });
  statementLink.href = origin + TEXT.statementPath;
  statementLink.hreflang = TEXT.statementLang;
  statementLink.target = '_blank';
  statementLink.rel = 'noopener';
  statementLink.textContent = TEXT.statement;
  bar.appendChild(statementLink);
  bar.appendChild(closeButton);

  var frame = styled(document.createElement('iframe'), { flex: '1 1 auto', width: '100%', border: '0' });
  frame.title = TEXT.title;

  panel.appendChild(bar);
  panel.appendChild(frame);

  function focusChat() {
    frame.focus();
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'synpunkt-chat:focus' }, origin);
  }

  function open() {
    // The chat starts when it is first opened, not when the page loads.
    if (!frame.src) {
      frame.addEventListener('load', focusChat, { once: true });
      frame.src = origin + '/chat?embed=1&lang=' + lang;
    }
    panel.style.display = 'flex';
    openButton.style.display = 'none';
    openButton.setAttribute('aria-expanded', 'true');
    focusChat();
  }

  function close() {
    panel.style.display = 'none';
    openButton.style.display = '';
    openButton.setAttribute('aria-expanded', 'false');
    openButton.focus();
  }

  openButton.addEventListener('click', open);
  closeButton.addEventListener('click', close);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') close();
  });
  window.addEventListener('message', function (event) {
    if (event.origin === origin && event.data && event.data.type === 'synpunkt-chat:close') close();
  });

  function mount() {
    document.body.appendChild(openButton);
    document.body.appendChild(panel);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();

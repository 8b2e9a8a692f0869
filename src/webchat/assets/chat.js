/*
 * The chat page's client: Direct Line 3.0 over fetch and polling, against this service's /v3/directline.
 * No framework. Every message is put on the page with textContent, never as HTML.
 * Keyboard: Tab reaches the conversation, the answer buttons, the text box and Send; Enter sends;
 * Escape closes the panel when the page is inside the widget. New messages are announced (role="log").
 * A message that could not be sent stays in the box and goes again with the same clientActivityID, so the
 * server takes it once. While the service cannot save (503), the page sends it again by itself, after the
 * Retry-After the server gives, until it goes through.
 */
(function () {
  'use strict';

  var API = '/v3/directline';
  var STORE = 'synpunkt-chat';
  var POLL_MS = 1000;
  var RESEND_MAX_MS = 30000;
  var TEXT = {
    sv: {
      you: 'Du skrev:', bot: 'Automatiskt svar:', attached: 'Bifogad fil:', connecting: 'Startar chatten…', sending: 'Skickar…',
      offline: 'Chatten fungerar inte just nu. Vi försöker igen om en stund.',
      tooLong: 'Meddelandet är för långt. Skriv högst {max} tecken åt gången.',
      tooMany: 'Du har skrivit många meddelanden på kort tid. Vänta en minut och försök igen.',
      failed: 'Meddelandet kunde inte skickas. Det står kvar i rutan, försök igen.',
      waiting: 'Något krånglar hos oss just nu. Ditt meddelande är inte borta. Vi skickar det så snart det går, du behöver inte skriva det igen.',
      stillWaiting: 'Vi väntar fortfarande på att kunna skicka ditt förra meddelande. Det du skriver nu står kvar i rutan så länge.',
      expired: 'Chatten har varit öppen länge utan svar. Starta en ny konversation.',
      ended: 'Samtalet är avslutat.', empty: 'Skriv något först, eller välj ett svarsalternativ.',
      heading: 'Automatisk chatt för klagomål, förslag och beröm', log: 'Chattens meddelanden', choices: 'Svarsalternativ',
      label: 'Skriv ditt svar', hint: 'Tryck Enter för att skicka. Skift och Enter ger en ny rad.', send: 'Skicka',
      restart: 'Starta en ny konversation', minorityInfo: 'Information på andra språk:', callMe: 'Kundtjänst kan ringa dig:', callMeMeankieli: 'på meänkieli', callMeSami: 'på samiska',
      statement: 'Tillgänglighetsredogörelse (öppnas i en ny flik)',
      intro: 'Här svarar en automatisk tjänst, inte en person. Det du skriver sparas, och kundtjänst tar hand om det. Om någon är i fara just nu, ring 112.'
    },
    en: {
      you: 'You wrote:', bot: 'Automatic reply:', attached: 'Attached file:', connecting: 'Starting the chat…', sending: 'Sending…',
      offline: 'The chat is not working just now. We will try again in a moment.',
      tooLong: 'That message is too long. Please write at most {max} characters at a time.',
      tooMany: 'You have sent many messages in a short time. Please wait a minute and try again.',
      failed: 'The message could not be sent. It is still in the box: please try again.',
      waiting: 'Something is not working on our side just now. Your message is not lost. We will send it as soon as we can, you do not need to write it again.',
      stillWaiting: 'We are still waiting to send your last message. What you write now stays in the box until then.',
      expired: 'The chat has been open a long time without an answer. Please start a new conversation.',
      ended: 'The conversation has ended.', empty: 'Please write something first, or choose one of the answers.',
      heading: 'Automatic chat for complaints, suggestions and praise', log: 'The chat’s messages', choices: 'Answers to choose from',
      label: 'Write your answer', hint: 'Press Enter to send. Shift and Enter gives a new line.', send: 'Send',
      restart: 'Start a new conversation', minorityInfo: 'Information in other languages:', callMe: 'Customer service can call you:', callMeMeankieli: 'in Meänkieli', callMeSami: 'in Sámi',
      statement: 'Accessibility statement (opens in a new tab)',
      intro: 'An automatic service answers here, not a person. What you write is saved, and customer service will take care of it. If someone is in danger now, call 112.'
    },
    fi: {
      you: 'Kirjoitit:', bot: 'Automaattinen vastaus:', attached: 'Liitetty tiedosto:', connecting: 'Chat käynnistyy…', sending: 'Lähetetään…',
      offline: 'Chat ei toimi juuri nyt. Yritämme hetken kuluttua uudelleen.',
      tooLong: 'Viesti on liian pitkä. Kirjoita enintään {max} merkkiä kerrallaan.',
      tooMany: 'Olet kirjoittanut monta viestiä lyhyessä ajassa. Odota minuutti ja yritä uudelleen.',
      failed: 'Viestiä ei voitu lähettää. Se on yhä ruudussa, yritä uudelleen.',
      waiting: 'Meillä on juuri nyt häiriö. Viestisi ei ole kadonnut. Lähetämme sen heti kun voimme, sinun ei tarvitse kirjoittaa sitä uudelleen.',
      stillWaiting: 'Odotamme yhä, että voimme lähettää edellisen viestisi. Se, mitä kirjoitat nyt, pysyy ruudussa siihen asti.',
      expired: 'Chat on ollut auki pitkään ilman vastausta. Aloita uusi keskustelu.',
      ended: 'Keskustelu on päättynyt.', empty: 'Kirjoita ensin jotain tai valitse vastausvaihtoehto.',
      heading: 'Automaattinen chat valituksille, ehdotuksille ja kiitoksille', log: 'Chatin viestit', choices: 'Vastausvaihtoehdot',
      label: 'Kirjoita vastauksesi', hint: 'Lähetä painamalla Enter. Vaihto ja Enter antaa uuden rivin.', send: 'Lähetä',
      restart: 'Aloita uusi keskustelu', minorityInfo: 'Tietoa muilla kielillä:', callMe: 'Asiakaspalvelu voi soittaa sinulle:', callMeMeankieli: 'meänkieleksi', callMeSami: 'saameksi',
      statement: 'Saavutettavuusseloste ruotsiksi (avautuu uuteen välilehteen)',
      intro: 'Täällä vastaa automaattinen palvelu, ei ihminen. Kirjoittamasi tallennetaan, ja asiakaspalvelu hoitaa asian. Jos joku on vaarassa juuri nyt, soita 112.'
    }
  };
  /** The locale each language's conversation is opened and written in (the service's LANGUAGE_INFO). */
  var LOCALES = { sv: 'sv-SE', en: 'en-GB', fi: 'fi-FI' };
  var CALLBACK_LANGUAGES = ['meankieli', 'sami'];
  var INPUT_MODES = { phone: ['tel', 'tel'], email: ['email', 'email'] };
  // A case number, with the hyphen the register writes or the non-breaking one (U+2011) the chat sends; the group
  // is kept by split().
  var CASE_NUMBER = /(\b\d{4}[-\u2011]\d{5,}\b)/;

  var log = byId('messages');
  var scroller = byId('log');
  var choices = byId('choices');
  var status = byId('status');
  var form = byId('composer');
  var box = byId('message');
  var restartButton = byId('restart');
  var maxLength = Number(document.querySelector('main').getAttribute('data-max-length')) || 8000;
  var embedded = document.body.classList.contains('embedded');
  var params = new URLSearchParams(location.search);
  var lang = TEXT[document.documentElement.lang] ? document.documentElement.lang : 'sv';

  var chat = null; // { token, conversationId, watermark, lang, expiresAt, life }
  var pending = {}; // clientActivityID → the bubble shown before the server echoed it
  var unsentOne = null; // { id, text, value } of the message that could not be sent
  var waiting = null; // the message being sent again while the service cannot save: { id, text, value, activity }
  var lastAsked = null;
  var pollTimer = null;
  var polling = false;
  var answeredByButton = false;
  var ended = false;

  function byId(id) { return document.getElementById(id); }
  function t(key) { return TEXT[lang][key]; }
  function say(key, values) {
    var text = t(key);
    for (var name in values || {}) text = text.replace('{' + name + '}', values[name]);
    status.textContent = text;
  }

  function setLanguage(next) {
    if (next === lang) return;
    lang = next;
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-text]').forEach(function (el) { el.textContent = t(el.getAttribute('data-text')); });
    // Each offered language has its link, named in its own words; the conversation's own is hidden.
    document.querySelectorAll('a.language').forEach(function (link) { link.hidden = link.getAttribute('data-language') === lang; });
    document.title = t('heading');
    // The accessibility statement in the conversation's language (the page names each language's).
    var statement = byId('statement-link');
    if (statement && statement.getAttribute('data-href-' + lang)) {
      statement.href = statement.getAttribute('data-href-' + lang);
      statement.hreflang = lang === 'en' ? 'en' : 'sv';
    }
  }

  function api(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (chat && chat.token) headers.Authorization = 'Bearer ' + chat.token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(API + path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        var retryAfter = Number(response.headers.get('Retry-After')) || 0;
        return response.json().catch(function () { return {}; }).then(function (json) { return { status: response.status, body: json, retryAfter: retryAfter }; });
      });
  }

  /** A token answer: the token, and when it expires (expires_in seconds) by this page's clock. */
  function took(body) {
    chat.token = body.token;
    chat.life = (Number(body.expires_in) || 1800) * 1000;
    chat.expiresAt = Date.now() + chat.life;
    save();
  }

  /** A fresh token when less than a third of this one's life is left (a failure: next poll). */
  function fresh() {
    if (!chat || !chat.expiresAt || chat.expiresAt - Date.now() > chat.life / 3) return Promise.resolve();
    var asked = chat;
    return api('POST', '/tokens/refresh').then(function (r) {
      if (r.status === 200 && chat === asked) took(r.body);
    }, function () {});
  }

  function save() {
    try { sessionStorage.setItem(STORE, JSON.stringify({ token: chat.token, conversationId: chat.conversationId, lang: chat.lang })); } catch (e) { /* private mode */ }
  }

  function forget() {
    try { sessionStorage.removeItem(STORE); } catch (e) { /* private mode */ }
  }

  /** Goes on with this tab's conversation after a reload, or starts a new one in the page's language. */
  function open() {
    say('connecting');
    var saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(STORE) || 'null'); } catch (e) { saved = null; }
    var asked = params.get('lang');
    if (saved && saved.conversationId && (!asked || asked === saved.lang) && !params.get('callback')) {
      chat = { token: saved.token, conversationId: saved.conversationId, watermark: '', lang: saved.lang };
      return api('GET', '/conversations/' + encodeURIComponent(chat.conversationId)).then(function (r) {
        if (r.status !== 200) return begin();
        took(r.body);
        status.textContent = '';
        poll();
      }, offline);
    }
    return begin();
  }

  function begin() {
    forget();
    chat = null;
    return api('POST', '/tokens/generate').then(function (r) {
      if (r.status !== 200) return trouble(r);
      chat = { token: r.body.token, conversationId: r.body.conversationId, watermark: '', lang: lang };
      // The page's link for a call in Meänkieli or Sámi opens the chat at the callback offer, the language noted.
      var start = { locale: LOCALES[lang] };
      if (CALLBACK_LANGUAGES.indexOf(params.get('callback')) >= 0) start.callbackLanguage = params.get('callback');
      return api('POST', '/conversations', start).then(function (s) {
        if (s.status === 503) {
          offline();
          return void setTimeout(begin, resendDelay(s));
        }
        if (s.status !== 201) return trouble(s);
        took(s.body);
        status.textContent = '';
        poll();
      });
    }, offline);
  }

  function schedule(ms) {
    clearTimeout(pollTimer);
    pollTimer = setTimeout(poll, ms);
  }

  function poll() {
    if (!chat || polling) return;
    polling = true;
    var mine = chat;
    fresh().then(function () {
      return api('GET', '/conversations/' + encodeURIComponent(mine.conversationId) + '/activities?watermark=' + encodeURIComponent(mine.watermark));
    }).then(function (r) {
      polling = false;
      if (chat !== mine) return poll(); // a new conversation began meanwhile
      if (r.status === 403 || r.status === 401 || r.status === 404) return expired();
      if (r.status !== 200) return schedule(POLL_MS * 3);
      if (status.textContent === t('offline')) status.textContent = '';
      chat.watermark = r.body.watermark || chat.watermark;
      show(r.body.activities || []);
      if (!ended) schedule(POLL_MS);
    }, function () {
      polling = false;
      offline();
      schedule(POLL_MS * 5);
    });
  }

  function show(activities) {
    var asked = null;
    activities.forEach(function (a) {
      if (a.from && a.from.role === 'user') return echoed(a);
      if (a.type === 'endOfConversation') return finish();
      if (a.type !== 'message') return;
      if (a.locale) setLanguage(/^en/i.test(a.locale) ? 'en' : /^fi/i.test(a.locale) ? 'fi' : 'sv');
      if (a.text) bubble('bot', a.text);
      if (a.inputHint === 'expectingInput') asked = a;
    });
    if (asked) ask(lastAsked = asked);
  }

  function echoed(a) {
    var id = a.channelData && a.channelData.clientActivityID;
    if (id && pending[id]) {
      pending[id].classList.remove('pending');
      delete pending[id];
      return;
    }
    if (a.type === 'message' && a.text) bubble('user', a.text);
    // A file sent with attach.js: shown by its name.
    (a.attachments || []).forEach(function (f) { if (f && f.name) bubble('user', t('attached') + ' ' + f.name); });
  }

  function bubble(who, text) {
    var item = document.createElement('li');
    item.className = 'message ' + who;
    var label = document.createElement('span');
    label.className = 'visually-hidden';
    label.textContent = t(who === 'bot' ? 'bot' : 'you') + ' ';
    var body = document.createElement('span');
    body.className = 'text';
    withCaseNumbers(body, text);
    item.appendChild(label);
    item.appendChild(body);
    log.appendChild(item);
    scroller.scrollTop = scroller.scrollHeight;
    return item;
  }

  /** Puts the text in the element as text, each case number ("2026-00005") in a span that keeps it on one line. */
  function withCaseNumbers(element, text) {
    var parts = text.split(CASE_NUMBER);
    parts.forEach(function (part, i) {
      if (i % 2 === 0) {
        if (part) element.appendChild(document.createTextNode(part));
        return;
      }
      var number = document.createElement('span');
      number.className = 'case-number';
      // The span keeps it on one line, so it is shown (and copied) with the register's own hyphen.
      number.textContent = part.replace('\u2011', '-');
      element.appendChild(number);
    });
  }

  /** Shows the question's answers as buttons (in the phone's order) and suits the text box to the answer. */
  function ask(activity) {
    clearChoices();
    var actions = (activity.suggestedActions && activity.suggestedActions.actions) || [];
    actions.forEach(function (action) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = action.title;
      button.addEventListener('click', function () {
        answeredByButton = true;
        send(action.displayText || action.title, action.value);
      });
      choices.appendChild(button);
    });
    choices.hidden = actions.length === 0;
    var input = (activity.channelData && activity.channelData.input) || 'text';
    var mode = INPUT_MODES[input];
    box.setAttribute('inputmode', mode ? mode[0] : 'text');
    box.setAttribute('autocomplete', mode ? mode[1] : 'off');
    // Whoever answered with a button goes on with the buttons; whoever typed stays in the text box.
    var focusButton = answeredByButton && actions.length > 0;
    if (focusButton) choices.querySelector('button').focus();
    else if (!document.activeElement || document.activeElement === document.body) box.focus();
  }

  function clearChoices() {
    var hadFocus = choices.contains(document.activeElement);
    while (choices.firstChild) choices.removeChild(choices.firstChild);
    choices.hidden = true;
    if (hadFocus) box.focus();
  }

  function send(text, value) {
    if (ended) return say('expired');
    if (!chat) return;
    // One message at a time, in order: a new one waits in the box until the one being sent again has gone.
    if (waiting) return say('stillWaiting');
    if (!value && text.trim() === '') return say('empty');
    if (text.length > maxLength) return say('tooLong', { max: String(maxLength) });
    // The same message again after a failure keeps its id: if the server took it after all, it answers once.
    var again = unsentOne && unsentOne.text === text && unsentOne.value === value;
    var id = again ? unsentOne.id : 'c-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 10);
    unsentOne = null;
    var item = bubble('user', text);
    item.classList.add('pending');
    pending[id] = item;
    clearChoices();
    if (!value) box.value = '';
    say('sending');
    var activity = { type: 'message', from: { id: 'resident', role: 'user' }, text: text, locale: LOCALES[lang], channelData: { clientActivityID: id } };
    if (value) activity.value = value;
    deliver({ id: id, text: text, value: value, activity: activity });
  }

  /** Posts a message; while the service cannot save it (503), posts it again, same id, until it is taken. */
  function deliver(out) {
    var id = out.id, text = out.text, value = out.value;
    var mine = chat;
    api('POST', '/conversations/' + encodeURIComponent(chat.conversationId) + '/activities', out.activity).then(function (r) {
      if (chat !== mine) return; // a new conversation began meanwhile
      if (r.status === 503) {
        waiting = out;
        say('waiting');
        return void setTimeout(function () { if (waiting === out && chat === mine) deliver(out); }, resendDelay(r));
      }
      waiting = null;
      if (r.status === 200) {
        if (status.textContent === t('sending') || status.textContent === t('waiting') || status.textContent === t('stillWaiting')) status.textContent = '';
        return schedule(50);
      }
      unsent(id, text, value);
      if (r.status === 429) say('tooMany');
      else if (r.status === 401 || r.status === 403) expired();
      else if (r.body && r.body.error && r.body.error.code === 'MessageTooLong') say('tooLong', { max: String(maxLength) });
      else say('failed');
    }, function () {
      waiting = null;
      unsent(id, text, value);
      say('failed');
    });
  }

  /** The server's Retry-After (seconds), within reason. */
  function resendDelay(r) {
    return Math.min(Math.max(r.retryAfter || 5, 1) * 1000, RESEND_MAX_MS);
  }

  /** Nothing is lost: the text goes back in the box (before anything typed since), the buttons come back. */
  function unsent(id, text, value) {
    if (pending[id]) log.removeChild(pending[id]);
    delete pending[id];
    unsentOne = { id: id, text: text, value: value };
    if (!value) box.value = box.value ? text + '\n' + box.value : text;
    else if (lastAsked && !ended) ask(lastAsked);
  }

  function finish(why, keepText) {
    ended = true;
    clearTimeout(pollTimer);
    clearChoices();
    forget();
    form.hidden = !keepText;
    say(why || 'ended');
    restartButton.hidden = false;
    restartButton.focus();
  }

  /** The chat cannot go on: what was being written stays in the box. */
  function expired() {
    finish('expired', !!box.value);
  }

  function offline() { say('offline'); }
  function trouble(r) { return r.status === 429 ? say('tooMany') : say('offline'); }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    answeredByButton = false;
    send(box.value);
  });
  box.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  // Leaving ends the conversation: the server keeps what was said, as after a hang-up.
  window.addEventListener('pagehide', function (event) {
    if (event.persisted || !chat || ended) return;
    fetch(API + '/conversations/' + encodeURIComponent(chat.conversationId) + '/activities', {
      method: 'POST', keepalive: true, headers: { Authorization: 'Bearer ' + chat.token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'endOfConversation', from: { id: 'resident', role: 'user' }, channelData: { clientActivityID: 'end' } })
    }).catch(function () {});
    forget();
  });
  restartButton.addEventListener('click', function () {
    while (log.firstChild) log.removeChild(log.firstChild);
    ended = false;
    answeredByButton = false;
    unsentOne = lastAsked = waiting = null;
    form.hidden = false;
    restartButton.hidden = true;
    box.focus();
    begin();
  });
  if (embedded) {
    // The widget's panel: Escape closes it, and the host page asks us to take the focus when it opens.
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') parent.postMessage({ type: 'synpunkt-chat:close' }, '*');
    });
    window.addEventListener('message', function (event) {
      if (event.data && event.data.type === 'synpunkt-chat:focus') (choices.querySelector('button') || box).focus();
    });
  }
  open();
})();

/*
 * The chat page's attach button: a photo of a letter or a decision (image or PDF) goes to the conversation by
 * Direct Line's upload, with the token chat.js keeps for this tab. A button, so Tab and Enter reach it; the file
 * input itself stays out of the tab order. What happens is said in the status line; the conversation shows the
 * file and the answer to it when chat.js next reads.
 */
(function () {
  'use strict';

  var API = '/v3/directline';
  var STORE = 'synpunkt-chat';
  var TEXT = {
    sv: {
      sending: 'Skickar filen…', sent: 'Filen är skickad.', tooLarge: 'Filen är för stor. Den får vara högst {max} MB.',
      wrongType: 'Det går bara att skicka bilder (JPEG, PNG, GIF, WebP) och PDF.',
      tooMany: 'Du har skickat mycket på kort tid. Vänta en minut och försök igen.',
      failed: 'Filen kunde inte skickas. Försök igen.', noChat: 'Chatten är inte öppen. Starta en ny konversation först.'
    },
    en: {
      sending: 'Sending the file…', sent: 'The file has been sent.', tooLarge: 'The file is too large. It may be at most {max} MB.',
      wrongType: 'Only images (JPEG, PNG, GIF, WebP) and PDF can be sent.',
      tooMany: 'You have sent a lot in a short time. Please wait a minute and try again.',
      failed: 'The file could not be sent. Please try again.', noChat: 'The chat is not open. Please start a new conversation first.'
    },
    fi: {
      sending: 'Lähetetään tiedostoa…', sent: 'Tiedosto on lähetetty.', tooLarge: 'Tiedosto on liian suuri. Se saa olla enintään {max} Mt.',
      wrongType: 'Vain kuvia (JPEG, PNG, GIF, WebP) ja PDF-tiedostoja voi lähettää.',
      tooMany: 'Olet lähettänyt paljon lyhyessä ajassa. Odota minuutti ja yritä uudelleen.',
      failed: 'Tiedostoa ei voitu lähettää. Yritä uudelleen.', noChat: 'Chat ei ole auki. Aloita ensin uusi keskustelu.'
    }
  };
  var LOCALES = { sv: 'sv-SE', en: 'en-GB', fi: 'fi-FI' };
  function pageLanguage() { return TEXT[document.documentElement.lang] ? document.documentElement.lang : 'sv'; }
  var TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf'];

  var button = document.getElementById('attach');
  var input = document.getElementById('attach-file');
  var status = document.getElementById('status');
  if (!button || !input) return;
  var maxMb = Number(button.getAttribute('data-max-mb')) || 10;

  function say(key) {
    status.textContent = TEXT[pageLanguage()][key].replace('{max}', String(maxMb));
  }

  function saved() {
    try { return JSON.parse(sessionStorage.getItem(STORE) || 'null'); } catch (e) { return null; }
  }

  button.addEventListener('click', function () { input.click(); });
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    input.value = '';
    if (!file) return;
    if (file.size > maxMb * 1024 * 1024) return say('tooLarge');
    if (file.type && TYPES.indexOf(file.type) < 0) return say('wrongType');
    var chat = saved();
    if (!chat || !chat.token) return say('noChat');
    var activity = {
      type: 'message', from: { id: 'resident', role: 'user' }, locale: LOCALES[pageLanguage()],
      channelData: { clientActivityID: 'f-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 10) }
    };
    var form = new FormData();
    form.append('activity', new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }));
    form.append('file', file, file.name);
    say('sending');
    button.disabled = true;
    fetch(API + '/conversations/' + encodeURIComponent(chat.conversationId) + '/upload', {
      method: 'POST', headers: { Authorization: 'Bearer ' + chat.token }, body: form
    }).then(function (r) {
      if (r.status === 200) say('sent');
      else if (r.status === 413) say('tooLarge');
      else if (r.status === 415) say('wrongType');
      else if (r.status === 429) say('tooMany');
      else if (r.status === 401 || r.status === 403) say('noChat');
      else say('failed');
    }, function () { say('failed'); }).then(function () {
      button.disabled = false;
      button.focus();
    });
  });
})();

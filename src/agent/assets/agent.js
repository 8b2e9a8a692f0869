// The workspace's only script. It sends forms marked data-api to the JSON API with the session's CSRF token,
// then follows data-next or says, in the form's alert region, what needs fixing. Text from the API is only ever
// set with textContent: nothing it says can become markup. Two things read the workspace's own pages again and
// put a region of them in place (the server renders and escapes them): search results as the agent types, and
// lists marked data-live when the server says their list changed (server-sent events). Without the script, the
// search form and the filters work as plain forms. Before a time limit runs out (the login, a claimed callback) it
// warns and offers "Förläng" (WCAG 2.2.1); what was typed when the session ended is kept in this tab's
// sessionStorage, never in a URL or a log, and filled in again after the login.
'use strict';

(function () {
  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }

  /** "contact.phone" → { contact: { phone: … } }; checkboxes are booleans; "" stays "" (the API reads it as no value). */
  function formToJson(form) {
    var body = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled || el.type === 'submit' || el.name === '_csrf') return;
      var value;
      if (el.type === 'checkbox' && el.hasAttribute('data-array')) {
        // Checkboxes sharing a name: the values ticked, as a list (none ticked: an empty list).
        body[el.name] = body[el.name] || [];
        if (el.checked) body[el.name].push(el.value);
        return;
      }
      if (el.type === 'checkbox') value = el.checked;
      else if (el.type === 'radio') {
        if (!el.checked) return;
        value = el.value;
      } else value = el.value;
      var path = el.name.split('.');
      var target = body;
      for (var i = 0; i < path.length - 1; i++) target = target[path[i]] = target[path[i]] || {};
      target[path[path.length - 1]] = value;
    });
    return body;
  }

  /** Fills :reference and :id in a path from the API's answer. */
  function nextPath(template, answer) {
    var values = {
      reference: (answer.case && answer.case.reference) || answer.reference,
      id: answer.callback && answer.callback.id,
    };
    var missing = false;
    var path = template.replace(/:([A-Za-z]+)/g, function (_, name) {
      if (values[name] === undefined || values[name] === null) missing = true;
      return encodeURIComponent(String(values[name]));
    });
    return missing ? null : path;
  }

  function labelFor(form, field) {
    var inputs = form.querySelectorAll('[name="' + field + '"]');
    if (!inputs.length) return null;
    var input = inputs[0];
    var label = input.id ? form.querySelector('label[for="' + input.id + '"]') : null;
    // A group of radio buttons is named by its legend.
    var legend = !label && input.closest('fieldset') ? input.closest('fieldset').querySelector('legend') : null;
    var text = label || legend ? (label || legend).textContent.replace(/\s*\(måste fyllas i\)\s*/, '').trim() : null;
    return { inputs: Array.prototype.slice.call(inputs), input: input, text: text };
  }

  var pageTitle = document.title;

  /** Takes away what the last refusal put on the form: invalid marks, messages beside fields, their descriptions. */
  function clearErrors(form) {
    form.querySelectorAll('[aria-invalid="true"]').forEach(function (el) {
      el.removeAttribute('aria-invalid');
    });
    form.querySelectorAll('.field-error').forEach(function (el) {
      form.querySelectorAll('[aria-describedby~="' + el.id + '"]').forEach(function (input) {
        var rest = input.getAttribute('aria-describedby').split(/\s+/).filter(function (id) {
          return id && id !== el.id;
        });
        if (rest.length) input.setAttribute('aria-describedby', rest.join(' '));
        else input.removeAttribute('aria-describedby');
      });
      el.remove();
    });
  }

  /** The field's message beside it, named in its aria-describedby (as pages/formErrors.ts renders it on the server). */
  function tieToField(found, text) {
    var input = found.input;
    if (!input.id) input.id = 'falt-' + input.name.replace(/[^A-Za-z0-9_-]/g, '-');
    var messageId = input.id + '-fel';
    var message = document.getElementById(messageId);
    if (!message) {
      message = document.createElement('p');
      message.className = 'field-error';
      message.id = messageId;
      var place = input.closest('.field') || input.closest('fieldset') || input.parentNode;
      place.appendChild(message);
    }
    message.textContent = message.textContent ? message.textContent + ' ' + text : text;
    found.inputs.forEach(function (el) {
      el.setAttribute('aria-invalid', 'true');
      var described = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
      if (described.indexOf(messageId) < 0) described.push(messageId);
      el.setAttribute('aria-describedby', described.join(' '));
    });
    return input.id;
  }

  /**
   * Says in the form's alert what went wrong: the Swedish text (answer.text), and each field's problem as a link to
   * the field and beside it. The title starts with "Fel: " and the focus moves to the summary, so it is read out.
   */
  function showErrors(form, text, problems, reference) {
    var box = statusSaying(form, text);
    if (problems && problems.length) {
      var list = document.createElement('ul');
      problems.forEach(function (problem) {
        var item = document.createElement('li');
        var found = labelFor(form, problem.field);
        var said = problem.text || problem.message;
        if (found) {
          var link = document.createElement('a');
          link.href = '#' + tieToField(found, said);
          link.textContent = (found.text ? found.text + ': ' : '') + said;
          item.appendChild(link);
        } else item.textContent = said;
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    if (reference) {
      var caseLink = document.createElement('a');
      caseLink.href = meta('case-path').replace(':reference', encodeURIComponent(reference));
      caseLink.textContent = 'Visa ärende ' + reference;
      box.appendChild(caseLink);
    }
    document.title = 'Fel: ' + pageTitle;
    box.hidden = false;
    box.focus();
  }

  /** A note that is not an error (the queue was empty): said in the form's alert, the title left as it is. */
  function showNote(form, text) {
    var box = statusSaying(form, text);
    box.hidden = false;
    box.focus();
  }

  /** The form's alert, emptied of what it said before (and the fields of their errors), now saying `text`. */
  function statusSaying(form, text) {
    var box = form.querySelector('.form-status');
    box.classList.remove('confirmation');
    clearErrors(form);
    box.textContent = '';
    var p = document.createElement('p');
    p.textContent = text;
    box.appendChild(p);
    return box;
  }

  /** The next page, with the confirmation it shows (?klart=<code>, a code the server knows; see messages.ts). */
  function withNotice(path, form) {
    var done = form.getAttribute('data-done');
    if (!done) return path;
    var url = new URL(path, location.origin);
    url.searchParams.set('klart', done);
    return url.pathname + url.search;
  }

  async function submit(form, event) {
    event.preventDefault();
    var button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      var response = await fetch(form.getAttribute('data-api'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': meta('csrf-token') || '' },
        body: JSON.stringify(formToJson(form)),
      });
      var answer = await response.json().catch(function () {
        return {};
      });
      if (response.status === 401) {
        toLogin();
        return;
      }
      if (!response.ok) {
        showErrors(form, answer.text || 'Något gick fel (' + response.status + '). Försök igen.', answer.problems, answer.reference);
        return;
      }
      var next = form.getAttribute('data-next');
      var empty = form.getAttribute('data-empty-message');
      // data-next="answer": the API names where to go ("take next caller" leads to a call or a callback).
      var path = next === 'reload' ? location.pathname + location.search : next === 'answer' ? agentPath(answer.next) : nextPath(next, answer);
      if (path) location.assign(withNotice(path, form));
      else showNote(form, empty || 'Klart.');
    } catch (err) {
      showErrors(form, 'Tjänsten svarar inte. Kontrollera nätverket och försök igen.');
    } finally {
      if (button) button.disabled = false;
    }
  }

  // A confirmation or an error summary the server put on the page takes the focus, so it is read out at once
  // (autofocus does it too; this is for browsers that honour autofocus only on controls). The confirmation's code
  // leaves the address, so reloading or bookmarking the page does not confirm it again.
  document.addEventListener('DOMContentLoaded', function () {
    var shown = document.querySelector('[data-focus-on-load]');
    if (shown && document.activeElement !== shown) shown.focus();
    if (location.search.indexOf('klart=') >= 0) {
      var url = new URL(location.href);
      url.searchParams.delete('klart');
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    }
  });

  // A summary's link moves the focus into its field (a fragment link alone only scrolls to it).
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('.error-summary a[href^="#"]') : null;
    var field = link && document.getElementById(link.getAttribute('href').slice(1));
    if (!field) return;
    event.preventDefault();
    field.focus();
  });
  /** A path the API names, only within the workspace. */
  function agentPath(path) {
    return typeof path === 'string' && path.indexOf('/agent/') === 0 ? path : null;
  }

  // A live part of a page (data-refresh="<seconds>", with an id): fetched again and put in place of the old one as
  // parsed nodes, never a whole reload (no focus lost, nothing a person is typing touched). When the page now
  // leads elsewhere (the bridged call's form after "take next caller"), the browser follows.
  function keepFresh(live) {
    var seconds = Number(live.getAttribute('data-refresh')) || 10;
    setInterval(function () {
      fetch(location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
        .then(function (response) {
          if (response.redirected && agentPath(new URL(response.url).pathname)) {
            location.assign(response.url);
            return null;
          }
          return response.ok ? response.text() : null;
        })
        .then(function (text) {
          if (!text) return;
          var fresh = new DOMParser().parseFromString(text, 'text/html').getElementById(live.id);
          if (!fresh) return;
          var node = document.importNode(fresh, true);
          live.replaceWith(node);
          live = node;
        })
        .catch(function () {});
    }, seconds * 1000);
  }
  document.querySelectorAll('[data-refresh][id]').forEach(keepFresh);

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.hasAttribute('data-api')) submit(form, event);
  });

  /** Tells screen-reader users what changed, in the page's one polite status region. */
  function announce(message) {
    var status = document.getElementById('live-status');
    if (!status) return;
    status.textContent = '';
    setTimeout(function () {
      status.textContent = message;
    }, 50);
  }

  /**
   * Reads a page of the workspace and puts its regions with these ids in place of ours. A later read wins over an
   * earlier one still under way. Answers false when the page could not be read.
   */
  var reads = {};
  async function replaceRegions(url, ids, key) {
    var mine = (reads[key] = (reads[key] || 0) + 1);
    var response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
    if (response.status === 401 || response.redirected) {
      toLogin();
      return false;
    }
    var text = await response.text();
    if (mine !== reads[key] || !response.ok) return false;
    var fresh = new DOMParser().parseFromString(text, 'text/html');
    ids.forEach(function (id) {
      var now = document.getElementById(id);
      var next = fresh.getElementById(id);
      if (now && next) now.replaceWith(document.importNode(next, true));
    });
    return true;
  }

  // Search as the agent types: the results of what is in the box, a moment after the last key.
  document.querySelectorAll('form[data-live-search]').forEach(function (form) {
    var input = form.querySelector('input[type="search"]');
    var regionId = form.getAttribute('data-live-search');
    var timer;
    var last = input.value;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(async function () {
        if (input.value === last) return;
        last = input.value;
        var url = form.getAttribute('action') + '?' + new URLSearchParams({ q: input.value }).toString();
        try {
          // typing: list the hits even for a whole case number (sending the form opens that case).
          if (await replaceRegions(url + '&typing=1', [regionId], 'search')) {
            history.replaceState(null, '', url);
            var region = document.getElementById(regionId);
            var count = region && region.querySelector('.count, .empty');
            announce(count ? count.textContent.trim() : 'Sökresultatet har uppdaterats.');
          }
        } catch (err) {
          announce('Sökningen svarar inte just nu.');
        }
      }, 250);
    });
  });

  // Lists that update by themselves: the server names the list that changed, the page reads itself again (with
  // the filters it was opened with; what is typed in the filter form stays as it is).
  var live = document.querySelectorAll('[data-live]');
  if (live.length && window.EventSource && meta('events-path')) {
    var events = new EventSource(meta('events-path'));
    var pending = {};
    var lists = {};
    live.forEach(function (region) {
      var list = region.getAttribute('data-live');
      (lists[list] = lists[list] || []).push(region.id);
    });
    Object.keys(lists).forEach(function (list) {
      events.addEventListener(list, function () {
        clearTimeout(pending[list]);
        pending[list] = setTimeout(async function () {
          try {
            if (await replaceRegions(location.pathname + location.search, lists[list], 'live-' + list)) announce('Listan har uppdaterats.');
          } catch (err) {
            // The next change or reconnect reads again.
          }
        }, 300);
      });
    });
    window.addEventListener('pagehide', function () {
      events.close();
    });
  }

  // --- What was typed survives an ended session (WCAG 2.2.1) ---
  // Kept per page in this tab's sessionStorage (gone when the tab closes), with whose it was: after a login by
  // someone else in the same tab it is dropped unseen. Passwords, the CSRF token and files are never kept.
  var TYPED = 'synpunkt-typed:';
  var here = function () {
    return location.pathname + location.search;
  };

  /** The fields of the page's forms that differ from what the server rendered. */
  function typedFields() {
    var forms = [];
    document.querySelectorAll('form[data-api]').forEach(function (form) {
      var fields = [];
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!el.name || el.name === '_csrf' || /^(password|hidden|file|submit|button)$/.test(el.type)) return;
        if (el.type === 'checkbox' || el.type === 'radio') {
          if (el.checked !== el.defaultChecked) fields.push({ name: el.name, value: el.value, checked: el.checked });
        } else if (el.tagName === 'SELECT') {
          var changed = Array.prototype.some.call(el.options, function (o) {
            return o.selected !== o.defaultSelected;
          });
          if (changed) fields.push({ name: el.name, value: el.value });
        } else if (el.value !== el.defaultValue) fields.push({ name: el.name, value: el.value });
      });
      if (fields.length) forms.push({ api: form.getAttribute('data-api'), fields: fields });
    });
    return forms;
  }

  function keepTyped() {
    var forms = typedFields();
    if (!forms.length) return;
    try {
      sessionStorage.setItem(TYPED + here(), JSON.stringify({ agent: meta('agent'), forms: forms }));
    } catch (err) {
      // Storage off (private mode): the text cannot be kept.
    }
  }

  /** To the login page and back here after it, keeping what was typed. */
  function toLogin() {
    keepTyped();
    location.assign(meta('login-path') + '?next=' + encodeURIComponent(here()));
  }

  function restoreTyped() {
    if (!meta('agent')) return; // the login page: keep it for the page after
    var saved;
    try {
      saved = JSON.parse(sessionStorage.getItem(TYPED + here()) || 'null');
      sessionStorage.removeItem(TYPED + here());
    } catch (err) {
      saved = null;
    }
    if (!saved || saved.agent !== meta('agent') || !Array.isArray(saved.forms)) return;
    var first = null;
    saved.forms.forEach(function (entry) {
      var form = document.querySelector('form[data-api="' + CSS.escape(String(entry.api)) + '"]');
      if (!form) return;
      entry.fields.forEach(function (field) {
        form.querySelectorAll('[name="' + CSS.escape(String(field.name)) + '"]').forEach(function (el) {
          if (el.type === 'checkbox' || el.type === 'radio') {
            if (el.value === field.value) el.checked = !!field.checked;
          } else el.value = field.value;
        });
      });
      showNote(form, 'Det du skrev innan du loggades ut är ifyllt igen. Kontrollera det och skicka formuläret.');
      form.querySelector('.form-status').classList.add('confirmation');
      first = first || form.querySelector('.form-status');
    });
    if (first) first.focus();
  }
  restoreTyped();

  // --- Warnings before a time limit (WCAG 2.2.1) ---
  /** "2 minuter", rounded up; "mindre än en minut" at the end. */
  function remainingText(seconds) {
    if (seconds < 60) return 'mindre än en minut';
    var minutes = Math.ceil(seconds / 60);
    return minutes === 1 ? '1 minut' : minutes + ' minuter';
  }

  /** A dialog[data-timeout] (timeoutWarning in layout.ts): opened before the end, "Förläng" posts and starts over. */
  function watchTimeout(dialog) {
    var deadline = Date.now() + Number(dialog.getAttribute('data-seconds-left')) * 1000;
    var warnBefore = Number(dialog.getAttribute('data-warn-before')) * 1000;
    var text = dialog.querySelector('p[id]');
    var extend = dialog.querySelector('[data-extend-button]');
    var loginLink = dialog.querySelector('[data-login-link]');
    var close = dialog.querySelector('[data-close-button]');
    var state = 'running';
    function show(focus) {
      if (!dialog.open) dialog.showModal();
      focus.focus();
    }
    function check() {
      var left = deadline - Date.now();
      if (left <= 0 && state !== 'ended') {
        state = 'ended';
        text.textContent = dialog.getAttribute('data-expired');
        extend.hidden = true;
        if (loginLink) {
          keepTyped();
          loginLink.href = meta('login-path') + '?next=' + encodeURIComponent(here());
          loginLink.hidden = false;
        }
        show(loginLink || close);
      } else if (left > 0 && left <= warnBefore && state === 'running') {
        state = 'warned';
        text.textContent = dialog.getAttribute('data-warning').replace('{remaining}', remainingText(left / 1000));
        show(extend);
      }
    }
    extend.addEventListener('click', async function () {
      extend.disabled = true;
      try {
        var response = await fetch(dialog.getAttribute('data-extend'), {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': meta('csrf-token') || '' },
          body: '{}',
        });
        var answer = await response.json().catch(function () {
          return {};
        });
        if (!response.ok) {
          text.textContent = answer.message || 'Det gick inte att förlänga (' + response.status + '). Försök igen.';
          return;
        }
        var seconds = typeof answer.secondsLeft === 'number' ? answer.secondsLeft : Number(dialog.getAttribute('data-lasts'));
        deadline = Date.now() + seconds * 1000;
        state = 'running';
        dialog.close();
        announce(dialog.getAttribute('data-extended'));
      } catch (err) {
        text.textContent = 'Tjänsten svarar inte. Kontrollera nätverket och försök igen.';
      } finally {
        extend.disabled = false;
      }
    });
    close.addEventListener('click', function () {
      dialog.close();
    });
    check();
    // Often enough to warn in time; a timer of hours would drift with a sleeping laptop, the clock does not.
    setInterval(check, 5000);
  }
  document.querySelectorAll('dialog[data-timeout]').forEach(watchTimeout);
})();

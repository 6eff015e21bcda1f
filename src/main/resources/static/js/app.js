// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // The reader's time zone, so that the server writes times of the audit trail and the
  // administration in it (Brussels time without it).
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('ka122-tz=' + encodeURIComponent(zone)) < 0) {
      document.cookie = 'ka122-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
    }
  } catch (e) {
    // no Intl: Brussels time
  }

  function focusFirst(root) {
    var target = (root || document).querySelector('[data-focus-on-load]');
    if (target) {
      target.focus();
    }
  }

  function wireCounters(root) {
    (root || document).querySelectorAll('[data-maxlength-counter]').forEach(function (field) {
      var counter = document.getElementById(field.getAttribute('data-maxlength-counter'));
      if (!counter) { return; }
      var template = counter.getAttribute('data-template') || '{0}';
      var update = function () {
        var left = field.maxLength - field.value.length;
        counter.textContent = template.replace('{0}', String(left));
      };
      field.addEventListener('input', update);
      update();
    });
  }

  // City autocomplete: fills the shared <datalist> from the gazetteer as the user types.
  function wireCitySearch(root) {
    (root || document).querySelectorAll('input[data-city-search]').forEach(function (input) {
      var list = document.getElementById(input.getAttribute('list'));
      var timer = null;
      input.addEventListener('input', function () {
        clearTimeout(timer);
        if (!list || input.value.trim().length < 2) { return; }
        timer = setTimeout(function () {
          fetch('/geo/cities?q=' + encodeURIComponent(input.value.trim()), { headers: { 'HX-Request': 'true' } })
            .then(function (response) { return response.ok ? response.text() : ''; })
            .then(function (html) { list.innerHTML = html; });
        }, 250);
      });
    });
  }

  // Deadlines are given in Brussels time; the reader's own time zone is added where the browser knows it.
  function showLocalTimes(root) {
    (root || document).querySelectorAll('[data-local-time]').forEach(function (element) {
      var instant = new Date(element.getAttribute('data-instant'));
      if (isNaN(instant.getTime())) { return; }
      // dateStyle and timeStyle cannot be combined with timeZoneName (a TypeError in Chromium), so the parts are named.
      var text = instant.toLocaleString(document.documentElement.lang || undefined, { year: 'numeric', month: 'long',
        day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
      element.textContent = '(' + (element.getAttribute('data-template') || '{0}').replace('{0}', text) + ')';
    });
  }

  // Each enhancement on its own: one that fails leaves the others working.
  function each(root, enhancements) {
    enhancements.forEach(function (enhance) {
      try {
        enhance(root);
      } catch (error) {
        if (window.console) { console.error(error); }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    each(document, [showLocalTimes, focusFirst, wireCounters, wireCitySearch]);
  });

  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    wireCounters(event.target);
  });
})();

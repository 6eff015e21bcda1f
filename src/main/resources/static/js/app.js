// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function focusFirst(root) {
    var target = (root || document).querySelector('[data-focus-on-load]');
    if (target) {
      target.focus();
    }
  }

  function wireAutosubmit(root) {
    (root || document).querySelectorAll('select[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
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

  document.addEventListener('DOMContentLoaded', function () {
    focusFirst(document);
    wireAutosubmit(document);
    wireCounters(document);
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

// The large-text mode (长辈模式 / 大字版) of the pages and the chat: larger type and buttons, higher
// contrast. Loaded in <head> without defer, so the remembered choice applies before the first paint;
// the switch buttons ([data-large-text-toggle], hidden without JavaScript) appear once it runs.
// The choice is remembered per browser (localStorage); changes are announced with a
// `yiqi:large-text` event on document (web/app.js re-renders the chat with it).
'use strict';

(function () {
  const KEY = 'yiqi.largeText';
  const root = document.documentElement;

  function remembered() {
    try {
      return window.localStorage.getItem(KEY) === '1';
    } catch {
      return false; // storage blocked: the mode still works for this page
    }
  }

  function remember(on) {
    try {
      if (on) window.localStorage.setItem(KEY, '1');
      else window.localStorage.removeItem(KEY);
    } catch {
      // storage blocked: nothing to remember
    }
  }

  function buttons() {
    return document.querySelectorAll('[data-large-text-toggle]');
  }

  function apply(on) {
    root.toggleAttribute('data-large-text', on);
    for (const button of buttons()) button.setAttribute('aria-pressed', String(on));
  }

  apply(remembered());

  function bind() {
    for (const button of buttons()) {
      button.hidden = false;
      button.setAttribute('aria-pressed', String(root.hasAttribute('data-large-text')));
      button.addEventListener('click', () => {
        const on = !root.hasAttribute('data-large-text');
        remember(on);
        apply(on);
        document.dispatchEvent(new CustomEvent('yiqi:large-text', { detail: { on } }));
      });
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', bind);
  else bind();
})();

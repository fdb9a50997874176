// The measure page's read-aloud button (朗读): reads the measure in the page's language with the
// browser's speech synthesis. Where the browser has none, the button stays hidden.
'use strict';

(function () {
  const button = document.querySelector('[data-read-aloud]');
  const scope = document.querySelector('[data-read-aloud-scope]');
  if (!button || !scope || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance !== 'function')
    return;
  const synth = window.speechSynthesis;
  const lang = document.documentElement.lang || 'zh-CN';

  function setReading(reading) {
    button.setAttribute('aria-pressed', String(reading));
    button.textContent = reading ? button.dataset.stop : button.dataset.start;
  }

  /** The text a listener needs: the article's text, piece by piece, without the buttons. */
  function text() {
    const parts = [];
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('button, [data-noprint]')) continue;
      const piece = node.textContent.trim();
      if (piece) parts.push(piece);
    }
    return parts.join(' ');
  }

  button.hidden = false;
  button.addEventListener('click', () => {
    if (synth.speaking || synth.pending) {
      synth.cancel();
      setReading(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text());
    utterance.lang = lang;
    utterance.addEventListener('end', () => setReading(false));
    utterance.addEventListener('error', () => setReading(false));
    synth.speak(utterance);
    setReading(true);
  });
  window.addEventListener('pagehide', () => synth.cancel());
})();

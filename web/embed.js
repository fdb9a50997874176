// The embed snippet for other sites:
//   <script src="https://<yiqi host>/webchat/embed.js" async></script>
// adds a 益企问 button at the bottom right that opens the chat page (served by the same host) in a
// panel. Options as data- attributes on the script tag: data-open="true" opens it at once,
// data-label changes the button's text. Styles are set from script, so the host page needs no CSS.
'use strict';

(function () {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const pageUrl = new URL('/', script.src).href;
  const label = script.dataset.label || '益企问 · 政策问答';
  const BRAND = '#0f4c81';

  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'yiqi-embed-panel');
  Object.assign(button.style, {
    position: 'fixed',
    right: '20px',
    bottom: '20px',
    zIndex: '2147483000',
    padding: '12px 18px',
    border: '0',
    borderRadius: '24px',
    background: BRAND,
    color: '#fff',
    font: "600 15px 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif",
    boxShadow: '0 4px 14px rgba(15, 76, 129, 0.35)',
    cursor: 'pointer',
  });

  const panel = document.createElement('div');
  panel.id = 'yiqi-embed-panel';
  panel.hidden = true;
  Object.assign(panel.style, {
    position: 'fixed',
    zIndex: '2147483000',
    overflow: 'hidden',
    background: '#fff',
    boxShadow: '0 8px 30px rgba(0, 0, 0, 0.25)',
  });

  const frame = document.createElement('iframe');
  frame.title = '益企问 政策问答';
  Object.assign(frame.style, { width: '100%', height: '100%', border: '0', display: 'block' });
  panel.appendChild(frame);

  function place() {
    const phone = window.innerWidth <= 480;
    Object.assign(
      panel.style,
      phone
        ? { inset: '0 0 72px 0', width: 'auto', height: 'auto', borderRadius: '0' }
        : {
            inset: 'auto 20px 80px auto',
            width: '400px',
            height: 'min(640px, calc(100vh - 110px))',
            borderRadius: '12px',
          },
    );
  }

  function setOpen(open) {
    if (open && !frame.src) frame.src = pageUrl;
    panel.hidden = !open;
    panel.style.display = open ? 'block' : 'none';
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? '关闭 ' + label : label;
    if (open) {
      place();
      frame.focus();
    }
  }

  button.addEventListener('click', () => setOpen(panel.hidden));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      setOpen(false);
      button.focus();
    }
  });
  window.addEventListener('resize', () => panel.hidden || place());

  function mount() {
    document.body.append(panel, button);
    setOpen(script.dataset.open === 'true');
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();

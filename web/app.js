// The page's script: asks the server which Direct Line to use (GET /webchat/config.json), gets a
// token, and renders Bot Framework Web Chat in Chinese with the product's look. Plain browser
// JavaScript, served as it is; window.WebChat comes from /webchat/webchat.js.
'use strict';

(function () {
  const BRAND = '#0f4c81';
  const FONT =
    "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif";
  const root = document.getElementById('webchat');
  const status = document.getElementById('yq-status');

  function showStatus(text) {
    status.textContent = text;
    status.hidden = false;
  }

  async function postJson(url) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      cache: 'no-store',
    });
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    return res.json();
  }

  function styleOptions(narrow) {
    return {
      accent: BRAND,
      primaryFont: FONT,
      backgroundColor: '#f6f8fb',
      botAvatarInitials: narrow ? undefined : '益',
      botAvatarBackgroundColor: BRAND,
      userAvatarInitials: narrow ? undefined : '我',
      userAvatarBackgroundColor: '#b45309',
      bubbleBackground: '#ffffff',
      bubbleBorderColor: '#d7dee8',
      bubbleBorderWidth: 1,
      bubbleBorderRadius: 10,
      bubbleFromUserBackground: BRAND,
      bubbleFromUserTextColor: '#ffffff',
      bubbleFromUserBorderColor: BRAND,
      bubbleFromUserBorderRadius: 10,
      bubbleMaxWidth: narrow ? 600 : 640,
      bubbleMinWidth: narrow ? 200 : 250,
      cardEmphasisBackgroundColor: '#eaf1f8',
      cardPushButtonBackgroundColor: BRAND,
      richCardWrapTitle: true,
      hideUploadButton: true,
      sendBoxTextWrap: true,
      sendBoxBorderTop: 'solid 1px #d7dee8',
      sendBoxButtonColor: BRAND,
      sendBoxButtonColorOnFocus: BRAND,
      sendBoxButtonKeyboardFocusIndicatorBorderColor: '#b45309',
      sendBoxButtonKeyboardFocusIndicatorBorderWidth: 2,
      suggestedActionLayout: 'flow',
      suggestedActionBorderColor: BRAND,
      suggestedActionTextColor: BRAND,
      suggestedActionKeyboardFocusIndicatorBorderColor: '#b45309',
      transcriptVisualKeyboardIndicatorColor: '#b45309',
      transcriptVisualKeyboardIndicatorWidth: 2,
      transcriptActivityVisualKeyboardIndicatorColor: '#b45309',
    };
  }

  async function start() {
    if (!window.WebChat) throw new Error('Web Chat did not load');
    const config = await (await fetch('/webchat/config.json', { cache: 'no-store' })).json();
    if (config.mode === 'off') {
      showStatus('网页聊天尚未开通。请通过上海市企业服务云或所在区的中小企业服务专员咨询。');
      return;
    }
    const { token } = await postJson(config.tokenUrl);
    const directLine = window.WebChat.createDirectLine({
      token,
      domain: new URL(config.domain, window.location.href).href.replace(/\/+$/, ''),
      webSocket: config.webSocket,
      ...(config.pollingInterval ? { pollingInterval: config.pollingInterval } : {}),
    });
    const narrow = window.matchMedia('(max-width: 480px)').matches;
    window.WebChat.renderWebChat(
      {
        directLine,
        username: '访客',
        locale: 'zh-CN',
        styleOptions: styleOptions(narrow),
        overrideLocalizedStrings: {
          TEXT_INPUT_ALT: '输入您的问题',
          TEXT_INPUT_PLACEHOLDER: '请输入问题，如：无缝续贷怎么办',
          TEXT_INPUT_SEND_BUTTON_ALT: '发送',
        },
      },
      root,
    );
  }

  start().catch((err) => {
    console.error('益企问 web chat could not start', err);
    showStatus('暂时无法连接益企问，请稍后刷新页面重试。');
  });
})();

// The page's script: asks the server which Direct Line to use (GET /webchat/config.json), gets a
// token, and renders Bot Framework Web Chat in Chinese with the product's look. Plain browser
// JavaScript, served as it is; window.WebChat comes from /webchat/webchat.js.
// `/?q=<question>` (the pages' "ask in the chat" links) sends the question as the first message and
// takes it out of the address. The large-text mode (web/large-text.js) re-renders the chat with
// larger type and higher contrast.
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

  /** Web Chat's look. `subtle` colours timestamps and subtle card text: 4.5:1 or more on the page. */
  function styleOptions(narrow, large) {
    return {
      accent: BRAND,
      primaryFont: FONT,
      backgroundColor: large ? '#ffffff' : '#f6f8fb',
      subtle: large ? '#2f3742' : '#545e6b',
      bubbleTextColor: large ? '#000000' : '#1c2733',
      botAvatarInitials: narrow ? undefined : '益',
      botAvatarBackgroundColor: BRAND,
      userAvatarInitials: narrow ? undefined : '我',
      userAvatarBackgroundColor: '#b45309',
      bubbleBackground: '#ffffff',
      bubbleBorderColor: large ? '#5b6470' : '#d7dee8',
      bubbleBorderWidth: large ? 2 : 1,
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

  /**
   * The Adaptive Cards host config: Web Chat's own defaults (it builds the same from styleOptions
   * when none is given), with font sizes that grow in the large-text mode, and text colours that
   * keep 4.5:1 inside the attention and warning boxes of a measure that has ended.
   */
  function hostConfig(options, large) {
    const sizes = large
      ? { small: 16, default: 19, medium: 22, large: 27, extraLarge: 32 }
      : { small: 12, default: 14, medium: 17, large: 21, extraLarge: 26 };
    const text = { default: options.bubbleTextColor, subtle: options.subtle };
    const inBox = (background) => ({
      backgroundColor: background,
      foregroundColors: {
        default: text,
        accent: { default: '#0b3a63', subtle: '#0b3a63' },
        attention: { default: '#7f1d1d', subtle: '#7f1d1d' },
        good: { default: '#14532d', subtle: '#14532d' },
        warning: { default: '#6b3f00', subtle: '#6b3f00' },
        dark: { default: '#000000', subtle: '#2f3742' },
        light: { default: '#ffffff', subtle: '#ffffff' },
      },
    });
    return {
      supportsInteractivity: true,
      fontFamily: options.primaryFont,
      fontSizes: sizes,
      containerStyles: {
        default: {
          foregroundColors: {
            default: text,
            accent: { default: options.accent, subtle: options.accent },
            attention: { default: '#b91c1c', subtle: '#991b1b' },
            good: { default: '#15803d', subtle: '#166534' },
            warning: { default: '#9a4a00', subtle: '#7a3d00' },
            dark: { default: '#000000', subtle: '#2f3742' },
            light: { default: '#ffffff', subtle: options.subtle },
          },
        },
        emphasis: inBox(options.cardEmphasisBackgroundColor),
        accent: inBox('#c7def9'),
        good: inBox('#ccffcc'),
        attention: inBox('#ffe1d6'),
        warning: inBox('#ffeccc'),
      },
      imageSizes: { small: 40, medium: 80, large: 160 },
      actions: {
        actionAlignment: 'stretch',
        actionsOrientation: 'vertical',
        buttonSpacing: 8,
        maxActions: 100,
        showCard: { actionMode: 'inline', inlineTopMargin: 8 },
        spacing: 'default',
      },
      adaptiveCard: { allowCustomStyle: false },
      imageSet: { imageSize: 'medium', maxImageHeight: 100 },
      factSet: {
        title: {
          color: 'default',
          size: 'default',
          isSubtle: false,
          weight: 'bolder',
          wrap: true,
          maxWidth: 150,
        },
        value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
        spacing: 8,
      },
      textBlock: { headingLevel: 2 },
    };
  }

  /** The question a page sent along (/?q=…), taken out of the address so a reload does not repeat it. */
  function takeFirstQuestion() {
    const url = new URL(window.location.href);
    const q = (url.searchParams.get('q') || '').trim().slice(0, 300);
    if (url.searchParams.has('q')) {
      url.searchParams.delete('q');
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    }
    return q;
  }

  async function start() {
    const firstQuestion = takeFirstQuestion();
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
    let asked = !firstQuestion;
    const store = window.WebChat.createStore({}, ({ dispatch }) => (next) => (action) => {
      const result = next(action);
      if (!asked && action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
        asked = true;
        dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: firstQuestion } });
      }
      return result;
    });
    const narrow = window.matchMedia('(max-width: 480px)').matches;
    const render = () => {
      const large = document.documentElement.hasAttribute('data-large-text');
      const options = styleOptions(narrow, large);
      window.WebChat.renderWebChat(
        {
          directLine,
          store,
          username: '访客',
          locale: 'zh-CN',
          styleOptions: options,
          adaptiveCardsHostConfig: hostConfig(options, large),
          overrideLocalizedStrings: {
            TEXT_INPUT_ALT: '输入您的问题',
            TEXT_INPUT_PLACEHOLDER: '请输入问题，如：无缝续贷怎么办',
            TEXT_INPUT_SEND_BUTTON_ALT: '发送',
          },
        },
        root,
      );
    };
    render();
    document.addEventListener('yiqi:large-text', render);
  }

  start().catch((err) => {
    console.error('益企问 web chat could not start', err);
    showStatus('暂时无法连接益企问，请稍后刷新页面重试。');
  });
})();

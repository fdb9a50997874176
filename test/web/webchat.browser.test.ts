// The web chat page in a real browser (Debian's Chromium): the page, Web Chat from our own server,
// the local Direct Line, the bot and its Adaptive Cards, on a desktop and a phone screen, by mouse
// and by keyboard. One browser and one bot serve every test; a new flow is another it(...) built
// from the helpers in ./helpers/webChatPage.ts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill } from '../../src/kb/replies.js';
import { startBot, type BotUnderTest } from '../helpers/botServer.js';
import { knowledge } from '../helpers/knowledge.js';
import { launchChromium } from './helpers/chromium.js';
import {
  ask,
  askBy,
  cards,
  DESKTOP,
  focusedLabel,
  focusRing,
  type Input,
  nextCard,
  openChat,
  PHONE,
  pressBy,
  screenshot,
  scrollToTop,
  see,
  SEND_BOX_LABEL,
  tabTo,
} from './helpers/webChatPage.js';

const kb = knowledge();
let browser: Browser;
let bot: BotUnderTest;

beforeAll(async () => {
  // The embed test frames the page from another local site (another port).
  [browser, bot] = await Promise.all([
    launchChromium(),
    startBot({ FRAME_ANCESTORS: "'self' http://127.0.0.1:*" }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await bot?.close();
});

/** A question of the check-ups, by id. */
function question(id: string) {
  const q = kb.questionById.get(id);
  if (!q) throw new Error(`no question ${id} in knowledge/eligibility.yaml`);
  return q;
}

/** The check-up's answers, by question: buttons for 是/否 and options, typed for amounts. */
const CHECKUP_ANSWERS: Record<string, string> = {
  'is-high-tech': '否',
  'first-time-sishang': '否',
  'specialized-status': '都不是',
  'scale-status': '都不是',
  'is-guishang-industrial': '是',
  'retrofit-investment': '1500万',
  'rents-compute': '否',
  'compute-contract': '200万',
  'needs-financing': '是',
  'bids-public-projects': '否',
  'is-tech-sme': '是',
  'has-transfer-recognition': '否',
};

/** Presses a button on a card and returns the card that answers it. */
async function answerBy(page: Page, input: Input, card: Locator, name: string): Promise<Locator> {
  const before = await cards(page).count();
  await pressBy(page, input, card, name);
  return nextCard(page, before);
}

/**
 * Types an answer in the send box. By keyboard, focus may still sit on the previous card's button,
 * inside the card where Tab cycles: Escape leaves the card first, as Web Chat tells its users.
 */
async function typeBy(page: Page, input: Input, text: string): Promise<Locator> {
  if (input === 'keyboard' && (await focusedLabel(page)) !== SEND_BOX_LABEL)
    await page.keyboard.press('Escape');
  return askBy(page, input, text);
}

/** The labels of a card's buttons whose title does not fit (cut off with “…”). */
function cutOffButtons(card: Locator): Promise<string[]> {
  return card
    .locator('.ac-pushButton')
    .evaluateAll((buttons) =>
      buttons
        .filter((b) => [b, ...b.querySelectorAll('*')].some((e) => e.scrollWidth > e.clientWidth + 1))
        .map((b) => b.textContent ?? ''),
    );
}

/** Whether a box of the card that hides its overflow cuts into the focused element's focus ring. */
function clippedFocusRing(page: Page): Promise<boolean> {
  return page.evaluate(`(() => {
    const focused = document.activeElement;
    const style = getComputedStyle(focused);
    const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
    const ring = focused.getBoundingClientRect();
    for (let e = focused.parentElement; e && !e.classList.contains('ac-adaptiveCard'); e = e.parentElement) {
      if (getComputedStyle(e).overflow === 'visible') continue;
      const box = e.getBoundingClientRect();
      if (ring.left - reach < box.left || ring.right + reach > box.right || ring.top - reach < box.top || ring.bottom + reach > box.bottom) return true;
    }
    return false;
  })()`);
}

/** The conversation every screen goes through, ending with the thanks for 有用. */
async function answersQuestionsAndButtons(page: Page, input: Input, screenshotName: string): Promise<void> {
  const welcome = cards(page).first();
  await welcome.waitFor({ timeout: 15_000 });
  await expect.poll(() => welcome.innerText()).toContain(kb.replies.welcome.title);
  await expect(welcome.innerText()).resolves.toContain('28项措施');

  const rd = await askBy(page, input, '研发投入奖励最多多少');
  const rdText = await rd.innerText();
  expect(rdText).toContain('第3项');
  expect(rdText).toContain('最高50万元');
  await scrollToTop(page, '研发投入奖励最多多少');
  await screenshot(page, screenshotName);

  const renewal = await askBy(page, input, '無縫續貸');
  expect(await renewal.innerText()).toContain('第18项');

  // A related measure's button (“第N项 标题”) opens that measure's card.
  const before = await cards(page).count();
  const label = await pressBy(page, input, renewal, /^第\d+项 /);
  const [number, title] = label.split(/\s+/, 2) as [string, string];
  const next = await nextCard(page, before);
  const nextText = await next.innerText();
  expect(nextText).toContain(number);
  expect(nextText).toContain(title);

  await pressBy(page, input, next, kb.replies.measure.useful);
  await see(page, kb.replies.feedback.useful);
}

describe('the web chat page (local Direct Line)', () => {
  it('shows the product, then answers typed questions and card buttons on a desktop screen', async () => {
    const chat = await openChat(browser, bot.url, DESKTOP);
    try {
      const { page } = chat;
      await expect(page.title()).resolves.toContain('益企问');
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('益企问');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
      await answersQuestionsAndButtons(page, 'mouse', 'webchat.png');
      expect(bot.maintainerLog.records).toContainEqual(
        expect.objectContaining({ type: 'feedback', useful: true }),
      );
      expect(chat.errors).toEqual([]);
    } finally {
      await chat.close();
    }
  });

  it('works on a 375×812 phone screen, by keyboard: labelled send box, visible focus, no sideways scrolling', async () => {
    const chat = await openChat(browser, bot.url, PHONE);
    try {
      const { page } = chat;
      await cards(page).first().waitFor({ timeout: 15_000 });
      const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(0);
      expect((await cards(page).first().boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);

      // From the top of the page, Tab reaches the labelled send box, and its focus ring is drawn.
      await tabTo(page, SEND_BOX_LABEL);
      const ring = await focusRing(page);
      expect(ring.style).not.toBe('none');
      expect(ring.width).toBeGreaterThanOrEqual(2);

      await answersQuestionsAndButtons(page, 'keyboard', 'webchat-phone.png');
      expect(chat.errors).toEqual([]);
    } finally {
      await chat.close();
    }
  });

  it('shows an answer about several measures and a comparison whole on a 375-px phone', async () => {
    const chat = await openChat(browser, bot.url, PHONE);
    try {
      const { page } = chat;
      await cards(page).first().waitFor({ timeout: 15_000 });
      const fits = async (card: Locator) => {
        expect((await card.boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
        expect(
          await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
        ).toBeLessThanOrEqual(0);
        expect(await cutOffButtons(card)).toEqual([]);
      };

      const several = await ask(page, '我们想贷款，也想申请技改补贴，有哪些政策');
      const severalText = await several.innerText();
      expect(severalText).toContain('技术改造');
      expect(severalText).toContain('无缝续贷');
      expect(severalText).toContain('1000万元');
      await fits(several);

      const compare = await ask(page, '智评券和算力券有什么区别');
      const compareText = await compare.innerText();
      expect(compareText).toContain('智评券');
      expect(compareText).toContain('AI算力券');
      expect(compareText).toContain('区别');
      // The two columns sit side by side, each readable (not squeezed to nothing).
      const columns = compare.locator('.ac-columnSet > .ac-container');
      expect(await columns.count()).toBe(2);
      for (const box of await columns.evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().width)))
        expect(box).toBeGreaterThan(120);
      await fits(compare);
      await scrollToTop(page, '智评券和算力券有什么区别');
      await screenshot(page, 'webchat-compare-phone.png');
      expect(chat.errors).toEqual([]);
    } finally {
      await chat.close();
    }
  });

  it('checks “我能申请研发投入奖励吗” in the page: 是 buttons on the question cards, a typed amount, the estimate', async () => {
    const chat = await openChat(browser, bot.url, DESKTOP);
    try {
      const { page } = chat;
      const e = kb.replies.eligibility;
      await cards(page).first().waitFor({ timeout: 15_000 });

      let card = await askBy(page, 'mouse', '我能申请研发投入奖励吗');
      await see(page, fill(e.intro, { title: '研发投入奖励' }));
      await expect(card.innerText()).resolves.toContain(question('is-high-tech').text);
      card = await answerBy(page, 'mouse', card, '是');
      await expect(card.innerText()).resolves.toContain(question('first-time-sishang').text);
      card = await answerBy(page, 'mouse', card, '是');
      await expect(card.innerText()).resolves.toContain(question('rd-last-year').text);

      const result = await askBy(page, 'mouse', '600万');
      const resultText = await result.innerText();
      expect(resultText).toContain(fill(e.resultTitle, { title: '研发投入奖励' }));
      expect(resultText).toContain(e.outcome.eligible);
      expect(resultText).toContain('600万元 × 5% = 30万元');
      // A new page is a new user: nothing was reused from another test's answers.
      await expect(page.getByText(e.usedProfile).count()).resolves.toBe(0);

      await scrollToTop(page, '600万');
      await screenshot(page, 'webchat-eligibility.png');
      expect(chat.errors).toEqual([]);
    } finally {
      await chat.close();
    }
  });

  it('runs the 政策体检 on a phone by keyboard, from the welcome button to the 服务包', async () => {
    const chat = await openChat(browser, bot.url, PHONE);
    try {
      const { page } = chat;
      const e = kb.replies.eligibility;
      const welcome = cards(page).first();
      await welcome.waitFor({ timeout: 15_000 });

      let card = await answerBy(page, 'keyboard', welcome, kb.replies.welcome.checkupButton);
      await see(page, e.checkupIntro);
      const asked: string[] = [];
      for (let i = 0; i < kb.questions.length && !(await card.innerText()).includes(e.checkupTitle); i++) {
        const text = await card.innerText();
        const q = kb.questions.find((candidate) => text.includes(candidate.text));
        if (!q) throw new Error(`not a question card: ${text}`);
        asked.push(q.id);
        const answer = CHECKUP_ANSWERS[q.id];
        if (answer === undefined) throw new Error(`no answer for ${q.id}`);
        if (q.type === 'amount') {
          card = await typeBy(page, 'keyboard', answer);
          continue;
        }
        // Every option reads in full on the phone (the long 先进制造业企业… one included).
        await expect(cutOffButtons(card), q.id).resolves.toEqual([]);
        const next = await answerBy(page, 'keyboard', card, answer);
        // The pressed button keeps the focus, and its ring is drawn whole, not clipped by the card.
        await expect(clippedFocusRing(page), q.id).resolves.toBe(false);
        card = next;
      }
      expect(asked).toContain('is-guishang-industrial');
      expect(asked).toContain('retrofit-investment');

      const pkg = await card.innerText();
      expect(pkg).toContain(e.checkupTitle);
      expect(pkg).toContain(e.universalHeading);
      expect((await card.boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
      const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(0);
      expect(chat.errors).toEqual([]);
    } finally {
      await chat.close();
    }
  });

  it('embeds in another site with the <script> snippet: a button that opens the chat in a panel', async () => {
    const site = await serve(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>某区企业服务</title></head>` +
        `<body><h1>某区企业服务</h1><script src="${bot.url}/webchat/embed.js" async></script></body></html>`,
    );
    const chat = await openChat(browser, site.url, DESKTOP);
    try {
      const { page } = chat;
      const launcher = page.getByRole('button', { name: '益企问 · 政策问答' });
      await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
      await launcher.click();
      await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('true');
      const frame = page.frameLocator('iframe[title="益企问 政策问答"]');
      await expect
        .poll(() => frame.locator('.ac-adaptiveCard').first().innerText(), { timeout: 15_000 })
        .toContain(kb.replies.welcome.title);
      await launcher.focus();
      await page.keyboard.press('Escape');
      await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
      expect(chat.errors).toEqual([]);
    } finally {
      await chat.close();
      await site.close();
    }
  });
});

describe('the web chat page (Azure Direct Line)', () => {
  it('gets a token from our server and talks to the configured Direct Line with it; the secret stays on the server', async () => {
    const secret = 'browser-test-direct-line-secret';
    const seen: { method: string; path: string; authorization: string }[] = [];
    const azure = await serve((req, res) => {
      seen.push({
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization ?? '',
      });
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? '');
      if (req.method === 'OPTIONS') {
        res.writeHead(204);
        return void res.end();
      }
      res.setHeader('content-type', 'application/json');
      if (req.url === '/v3/directline/tokens/generate') {
        if (req.headers.authorization !== `Bearer ${secret}`) res.writeHead(403);
        return void res.end(
          JSON.stringify({ conversationId: 'az-1', token: 'azure-token-1', expires_in: 1800 }),
        );
      }
      const streamUrl = `ws://127.0.0.1:${(req.socket.localPort ?? 0).toString()}/v3/directline/stream`;
      res.writeHead(201);
      res.end(
        JSON.stringify({ conversationId: 'az-1', token: 'azure-token-1', expires_in: 1800, streamUrl }),
      );
    });
    const azureBot = await startBot({
      DIRECT_LINE_SECRET: secret,
      DIRECT_LINE_ENDPOINT: `${azure.url}/v3/directline`,
    });
    const chat = await openChat(browser, azureBot.url, DESKTOP);
    const sent: string[] = [];
    chat.page.on('request', (r) =>
      sent.push(`${r.url()} ${JSON.stringify(r.headers())} ${r.postData() ?? ''}`),
    );
    try {
      await expect
        .poll(() => seen.find((s) => s.method === 'POST' && s.path === '/v3/directline/conversations'), {
          timeout: 15_000,
        })
        .toMatchObject({ authorization: 'Bearer azure-token-1' });
      expect(sent.join('\n')).not.toContain(secret);
      expect(chat.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    } finally {
      await chat.close();
      await azureBot.close();
      await azure.close();
    }
  });
});

/** A throwaway HTTP server on loopback: a fixed HTML page, or a handler. */
async function serve(
  content: string | Parameters<typeof createServer>[1],
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(
    typeof content === 'string'
      ? (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(content);
        }
      : content,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

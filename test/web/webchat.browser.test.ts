// The web chat page in a real browser (Debian's Chromium): the page, Web Chat from our own server,
// the local Direct Line, the bot and its Adaptive Cards, on a desktop and a phone screen, by mouse
// and by keyboard. One browser and one bot serve every test; a new flow is another it(...) built
// from the helpers in ./helpers/webChatPage.ts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotUnderTest } from '../helpers/botServer.js';
import { knowledge } from '../helpers/knowledge.js';
import { launchChromium } from './helpers/chromium.js';
import {
  askBy,
  cards,
  DESKTOP,
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
  [browser, bot] = await Promise.all([launchChromium(), startBot()]);
});
afterAll(async () => {
  await browser?.close();
  await bot?.close();
});

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

// The eligibility check-up flow belongs in the describe above as another it(...): open the page with
// openChat(browser, bot.url), press kb.replies.welcome.checkupButton on the welcome card with
// pressBy(page, 'mouse', cards(page).first(), …) and answer with askBy/pressBy, waiting on nextCard/see.

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

// The pages and the chat page in a real browser (Debian's Chromium): the list, a measure page with
// its figures and source sentences, search with and without JavaScript, the large-text mode (pages
// and chat, by mouse and keyboard, remembered), read-aloud, print, and axe-core's WCAG 2.1 AA rules
// on a desktop and a 375-px phone screen. One browser and one bot serve every test.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFigure } from '../../src/answers/formatFact.js';
import { startBot, type BotUnderTest } from '../helpers/botServer.js';
import { knowledge } from '../helpers/knowledge.js';
import { axeViolations } from './helpers/axe.js';
import { launchChromium } from './helpers/chromium.js';
import { ask, cards, DESKTOP, PHONE, screenshot, SEND_BOX_LABEL, sendBox } from './helpers/webChatPage.js';

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

interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and console errors (a CSP violation shows up here). */
  errors: string[];
  close(): Promise<void>;
}

async function open(
  path: string,
  viewport: { width: number; height: number } = DESKTOP,
  options: BrowserContextOptions & { init?: string } = {},
): Promise<OpenPage> {
  const phone = viewport.width < 500;
  const { init, ...contextOptions } = options;
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    isMobile: phone,
    hasTouch: phone,
    ...contextOptions,
  });
  // esbuild (under vitest) names functions with a __name helper the page does not have.
  await context.addInitScript('globalThis.__name = (f) => f');
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${bot.url}${path}`);
  return { page, context, errors, close: () => context.close() };
}

const largeTextOn = (page: Page) => page.evaluate("document.documentElement.hasAttribute('data-large-text')");
const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => parseFloat(e.ownerDocument.defaultView!.getComputedStyle(e).fontSize));
const sideways = (page: Page) => page.evaluate('document.documentElement.scrollWidth - window.innerWidth');

describe('the pages in a browser', () => {
  it('lists the 28 measures by area with badges, and opens one', async () => {
    const { page, errors, close } = await open('/measures');
    try {
      await expect(page.title()).resolves.toBe('28项措施一览 · 益企问');
      await expect(page.getByRole('heading', { level: 2 }).allInnerTexts()).resolves.toEqual(
        kb.areas.map((a) => a.title),
      );
      const links = page.locator('main .yq-measure-item a');
      await expect(links.count()).resolves.toBe(28);
      await expect(page.locator('main .yq-badge').count()).resolves.toBe(28);
      await page.getByRole('link', { name: '第18项 无缝续贷' }).click();
      await page.waitForURL(/\/measures\/seamless-renewal$/);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('无缝续贷');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it(
    'shows a measure: each figure beside its source sentence, the FAQ, and a button that asks the chat',
    { timeout: 90_000 },
    async () => {
      const m = kb.measureById.get('rd-reward')!;
      const { page, errors, close } = await open('/measures/rd-reward');
      try {
        for (const f of m.facts) {
          const fact = page.locator('.yq-fact', { hasText: f.label });
          await expect(fact.locator('.yq-figure').innerText()).resolves.toBe(formatFigure(f));
          await expect(fact.locator('q').innerText()).resolves.toBe(f.quote);
          await expect(fact.locator('q').isVisible()).resolves.toBe(true);
        }
        for (const f of m.faq)
          await expect(page.getByText(f.q, { exact: true }).isVisible()).resolves.toBe(true);
        await page.getByRole('link', { name: '在对话中问这项措施' }).click();
        // The chat opens, sends the question as the first message, and the address loses ?q=.
        await page.waitForURL((u) => u.pathname === '/');
        const answer = cards(page).filter({ hasText: '最高50万元' });
        await answer.first().waitFor({ timeout: 15_000 });
        await expect(answer.first().innerText()).resolves.toContain('第3项');
        expect(new URL(page.url()).search).toBe('');
        await expect(page.getByText('研发投入奖励', { exact: true }).first().isVisible()).resolves.toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  for (const javaScriptEnabled of [true, false]) {
    it(
      `searches ${javaScriptEnabled ? 'with' : 'without'} JavaScript, keeping the query in the address and the box`,
      { timeout: 60_000 },
      async () => {
        const { page, errors, close } = await open('/search', DESKTOP, { javaScriptEnabled });
        try {
          const box = page.getByRole('searchbox', { name: '您的问题或关键词' });
          await box.fill('AI算力券怎么申请');
          await box.press('Enter');
          await page.waitForURL(/\/search\?q=/);
          expect(new URL(page.url()).searchParams.get('q')).toBe('AI算力券怎么申请');
          await expect(box.inputValue()).resolves.toBe('AI算力券怎么申请');
          const best = page.locator('.yq-result').getByRole('link');
          await expect(best.innerText()).resolves.toBe('第8项 AI算力券');
          await expect(page.title()).resolves.toBe('“AI算力券怎么申请”的搜索结果 · 益企问');
          // A question outside the measures: the honest answer and the channels, without a chat.
          await box.fill('专利年费怎么减免');
          await page.getByRole('button', { name: '搜索' }).click();
          await page.waitForURL(/%E4%B8%93%E5%88%A9/);
          await expect(page.locator('.yq-notice').innerText()).resolves.toContain('不在上海《若干措施》');
          await expect(page.locator('.yq-channels dt').allInnerTexts()).resolves.toEqual(
            expect.arrayContaining(['上海市企业服务云', '所在区的中小企业服务专员']),
          );
          expect(errors).toEqual([]);
        } finally {
          await close();
        }
      },
    );
  }

  it(
    'switches to large text by keyboard, remembers it across pages, and shows the switch only with JavaScript',
    { timeout: 90_000 },
    async () => {
      const { page, errors, close } = await open('/measures/rd-reward');
      try {
        const toggle = page.getByRole('button', { name: '大字版' });
        await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
        const before = await fontSize(page, '.yq-summary');
        // Skip link first, then the header's links, then the switch.
        await page.keyboard.press('Tab');
        await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('跳到正文');
        for (let i = 0; i < 10 && !(await toggle.evaluate((b) => b === b.ownerDocument.activeElement)); i++)
          await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
        expect(await largeTextOn(page)).toBe(true);
        expect(await fontSize(page, '.yq-summary')).toBeGreaterThanOrEqual(before * 1.2);
        const button = await page.locator('.yq-actions .yq-button').first().boundingBox();
        expect(button!.height).toBeGreaterThanOrEqual(48);

        await page.goto(`${bot.url}/measures`);
        expect(await largeTextOn(page)).toBe(true);
        await expect(page.getByRole('button', { name: '大字版' }).getAttribute('aria-pressed')).resolves.toBe(
          'true',
        );
        await page.getByRole('button', { name: '大字版' }).press('Space');
        expect(await largeTextOn(page)).toBe(false);
        await page.reload();
        expect(await largeTextOn(page)).toBe(false);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
      const noScript = await open('/measures', DESKTOP, { javaScriptEnabled: false });
      try {
        await expect(noScript.page.getByRole('button', { name: '大字版' }).count()).resolves.toBe(0);
      } finally {
        await noScript.close();
      }
    },
  );

  it(
    'reads the measure aloud with the browser speech synthesis, and hides the button without it',
    { timeout: 90_000 },
    async () => {
      const spy =
        'window.__spoken = []; speechSynthesis.speak = (u) => { window.__spoken.push({ text: u.text, lang: u.lang }); };';
      const { page, errors, close } = await open('/measures/rd-reward', DESKTOP, { init: spy });
      try {
        const read = page.getByRole('button', { name: '朗读本页' });
        await read.click();
        const spoken = (await page.evaluate('window.__spoken')) as { text: string; lang: string }[];
        expect(spoken).toHaveLength(1);
        expect(spoken[0]!.lang).toBe('zh-CN');
        expect(spoken[0]!.text).toContain('研发投入奖励');
        expect(spoken[0]!.text).toContain('最高50万元');
        expect(spoken[0]!.text).not.toContain('朗读本页');
        // The same button now stops the reading.
        const stop = page.locator('[data-read-aloud]');
        await expect(stop.innerText()).resolves.toBe('停止朗读');
        await expect(stop.getAttribute('aria-pressed')).resolves.toBe('true');
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
      const without = await open('/measures/rd-reward', DESKTOP, {
        init: 'delete window.SpeechSynthesisUtterance;',
      });
      try {
        await expect(without.page.locator('[data-read-aloud]').isHidden()).resolves.toBe(true);
        expect(without.errors).toEqual([]);
      } finally {
        await without.close();
      }
    },
  );

  it(
    'fits a 375-px phone without sideways scrolling, and prints the content without the navigation',
    { timeout: 90_000 },
    async () => {
      for (const path of ['/measures', '/measures/rd-reward', '/search?q=%E9%87%91%E8%9E%8D', '/privacy']) {
        const { page, errors, close } = await open(path, PHONE);
        try {
          expect(await sideways(page), path).toBeLessThanOrEqual(0);
          expect(errors).toEqual([]);
        } finally {
          await close();
        }
      }
      const { page, close } = await open('/measures/rd-reward');
      try {
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('.yq-site-header').isHidden()).resolves.toBe(true);
        await expect(page.locator('.yq-ask').isHidden()).resolves.toBe(true);
        await expect(page.locator('.yq-fact q').first().isVisible()).resolves.toBe(true);
      } finally {
        await close();
      }
    },
  );

  it('saves a screenshot of a measure page (docs/measure-page.png with UPDATE_SCREENSHOTS=1)', async () => {
    const { page, close } = await open('/measures/rd-reward', { width: 1024, height: 1400 });
    try {
      await screenshot(page, 'measure-page.png');
    } finally {
      await close();
    }
  });
});

describe('the chat page in large text', () => {
  it(
    'grows the chat and its cards, keeps the choice from the pages, and says so on the switch',
    { timeout: 90_000 },
    async () => {
      const chat = await open('/', PHONE);
      try {
        const { page } = chat;
        await cards(page).first().waitFor({ timeout: 15_000 });
        const card = await ask(page, '研发投入奖励最多多少');
        const text = card.locator('.ac-textBlock').nth(1);
        const before = await text.evaluate((e) =>
          parseFloat(e.ownerDocument.defaultView!.getComputedStyle(e).fontSize),
        );
        const toggle = page.getByRole('button', { name: '大字版' });
        await toggle.click();
        await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
        // Web Chat renders the cards again with the larger host config.
        await expect
          .poll(() =>
            cards(page)
              .nth(1)
              .locator('.ac-textBlock')
              .nth(1)
              .evaluate((e) => parseFloat(e.ownerDocument.defaultView!.getComputedStyle(e).fontSize)),
          )
          .toBeGreaterThanOrEqual(before * 1.25);
        await expect(fontSize(page, `[aria-label="${SEND_BOX_LABEL}"]`)).resolves.toBeGreaterThanOrEqual(19);
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        // The conversation survived the re-render.
        await expect(cards(page).count()).resolves.toBe(2);
        await page
          .getByText('研发投入奖励最多多少')
          .last()
          .evaluate((e) => e.scrollIntoView({ block: 'start' }));
        await screenshot(page, 'webchat-large-text.png');
        await sendBox(page).fill('无缝续贷');
        await sendBox(page).press('Enter');
        await expect.poll(() => cards(page).count(), { timeout: 10_000 }).toBe(3);

        // The choice made in the chat holds on the pages, and back.
        await page.goto(`${bot.url}/measures`);
        expect(await largeTextOn(page)).toBe(true);
        await page.goto(`${bot.url}/`);
        expect(await largeTextOn(page)).toBe(true);
        await expect(page.getByRole('button', { name: '大字版' }).getAttribute('aria-pressed')).resolves.toBe(
          'true',
        );
        expect(chat.errors).toEqual([]);
      } finally {
        await chat.close();
      }
    },
  );
});

describe('axe-core, WCAG 2.1 AA', () => {
  const PAGES = [
    '/',
    '/measures',
    '/measures/rd-reward',
    `/search?q=${encodeURIComponent('算力')}`,
    '/privacy',
  ];
  for (const [screen, viewport] of [
    ['desktop', DESKTOP],
    ['375-px phone', PHONE],
  ] as const) {
    for (const path of PAGES) {
      it(`finds no violations on ${decodeURIComponent(path)} (${screen})`, { timeout: 90_000 }, async () => {
        const { page, close } = await open(path, viewport, { bypassCSP: true });
        try {
          if (path === '/') {
            // The chat with a conversation in it: the welcome card, a question, an answer with
            // its timestamp, and the notice of a 2023 stage that has ended.
            await cards(page).first().waitFor({ timeout: 15_000 });
            await ask(page, '研发投入奖励最多多少');
            await ask(page, '政府采购预留份额');
          }
          expect(await axeViolations(page)).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  }

  for (const path of ['/', '/measures/gov-procurement']) {
    it(`finds no violations in large-text mode either: ${path} (phone)`, { timeout: 90_000 }, async () => {
      const { page, close } = await open(path, PHONE, {
        bypassCSP: true,
        init: "localStorage.setItem('yiqi.largeText', '1')",
      });
      try {
        expect(await largeTextOn(page)).toBe(true);
        if (path === '/') {
          await cards(page).first().waitFor({ timeout: 15_000 });
          await ask(page, '政府采购预留份额');
        }
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

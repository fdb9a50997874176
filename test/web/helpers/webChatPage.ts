// The web chat page as a user meets it: open it, type into the send box, press buttons on the bot's
// cards, and read what appears. Locators go by role and label, or by the Adaptive Cards renderer's
// `ac-adaptiveCard` class for "one card".
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { projectRoot } from '../../helpers/paths.js';

export const DESKTOP = { width: 1024, height: 800 } as const;
export const PHONE = { width: 375, height: 812 } as const;
/** The send box's label (web/app.js overrides Web Chat's TEXT_INPUT_ALT). */
export const SEND_BOX_LABEL = '输入您的问题';
/** The transcript's label in Web Chat's zh-CN strings. */
export const TRANSCRIPT_LABEL = '聊天历史记录，按箭头键导航。';
const REPLY_TIMEOUT_MS = 10_000;

export interface ChatPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught page errors and console errors (a CSP violation shows up here). */
  errors: string[];
  close(): Promise<void>;
}

export async function openChat(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<ChatPage> {
  const phone = viewport.width < 500;
  const context = await browser.newContext({ viewport, locale: 'zh-CN', isMobile: phone, hasTouch: phone });
  // esbuild (under vitest) names functions with a __name helper the page does not have.
  await context.addInitScript('globalThis.__name = (f) => f');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return { page, context, errors, close: () => context.close() };
}

export function sendBox(page: Page): Locator {
  return page.getByRole('textbox', { name: SEND_BOX_LABEL });
}

/** The accessible label (aria-label) of the element that has the keyboard focus. */
export function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate("document.activeElement?.getAttribute('aria-label') ?? null");
}

/** The focus ring of the element that has the keyboard focus: outline style and width in pixels. */
export function focusRing(page: Page): Promise<{ style: string; width: number }> {
  return page.evaluate(
    '(() => { const s = getComputedStyle(document.activeElement); return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) }; })()',
  );
}

/** Presses Tab (or Shift+Tab) until the element with this label has the focus; fails after `max`. */
export async function tabTo(page: Page, label: string, options: { back?: boolean; max?: number } = {}) {
  for (let i = 0; i < (options.max ?? 20); i++) {
    if ((await focusedLabel(page)) === label) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  expect(await focusedLabel(page), `focus after pressing Tab to reach “${label}”`).toBe(label);
}

/** Every Adaptive Card in the transcript, oldest first. */
export function cards(page: Page): Locator {
  return page.locator('.ac-adaptiveCard');
}

/** Waits for the first card after the `before` cards already there. */
export async function nextCard(page: Page, before: number): Promise<Locator> {
  await expect
    .poll(() => cards(page).count(), { timeout: REPLY_TIMEOUT_MS, interval: 100 })
    .toBeGreaterThan(before);
  const card = cards(page).nth(before);
  await card.scrollIntoViewIfNeeded();
  return card;
}

/** Types a question into the send box, presses Enter, and returns the card that answers it. */
export async function ask(page: Page, question: string): Promise<Locator> {
  const before = await cards(page).count();
  await sendBox(page).fill(question);
  await sendBox(page).press('Enter');
  return nextCard(page, before);
}

/** Scrolls the transcript so the newest element with this exact text sits at the top. */
export async function scrollToTop(page: Page, text: string): Promise<void> {
  await page
    .getByText(text, { exact: true })
    .last()
    .evaluate((e) => e.scrollIntoView({ block: 'start' }));
}

export type Input = 'mouse' | 'keyboard';

/** Asks in the send box: filled and sent with Enter, or typed key by key after tabbing to it. */
export async function askBy(page: Page, input: Input, question: string): Promise<Locator> {
  if (input === 'mouse') return ask(page, question);
  const before = await cards(page).count();
  await tabTo(page, SEND_BOX_LABEL);
  await page.keyboard.type(question);
  await page.keyboard.press('Enter');
  return nextCard(page, before);
}

/** Presses a button on the newest card: clicks it, or reaches it by keyboard and presses Enter. */
export async function pressBy(
  page: Page,
  input: Input,
  card: Locator,
  name: string | RegExp,
): Promise<string> {
  const button = card.getByRole('button', { name, exact: typeof name === 'string' }).first();
  const label = (await button.innerText()).trim();
  if (input === 'mouse') {
    await button.click();
    return label;
  }
  // Escape leaves a card for the transcript; End selects the newest message; Enter goes into it.
  if ((await focusedLabel(page)) !== SEND_BOX_LABEL) await page.keyboard.press('Escape');
  await tabTo(page, TRANSCRIPT_LABEL, { back: true });
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await tabTo(page, label);
  const ring = await focusRing(page);
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');
  return label;
}

/** Waits until a text is visible on the page. */
export async function see(page: Page, text: string): Promise<void> {
  await page.getByText(text).last().waitFor({ state: 'visible', timeout: REPLY_TIMEOUT_MS });
}

/**
 * Saves a screenshot: to docs/<name> when UPDATE_SCREENSHOTS=1 (the README shows those), else to
 * the temp folder, so every run exercises the rendering without touching the tree.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path =
    process.env.UPDATE_SCREENSHOTS === '1'
      ? join(projectRoot, 'docs', name)
      : join(tmpdir(), 'yiqi-screenshots', name);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
  return path;
}

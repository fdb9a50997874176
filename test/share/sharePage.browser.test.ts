// The 服务包 to hand over, end to end: a check-up over HTTP gives a card with the share link (an
// absolute address, a QR code, a revoke button) and a text version with the link; the page opens in
// Chromium on a desktop and a phone screen with its Chinese font and no policy violation, prints to an
// A4 PDF whose text is the 服务包; a revoked, expired or deleted link is a 404 page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheckup, servicePackageDocument } from '../../src/eligibility/checkup.js';
import { profileTexts } from '../../src/profiles/texts.js';
import { ShareLinks } from '../../src/share/shareLinks.js';
import { FileShareStorage } from '../../src/share/shareStorage.js';
import {
  answerCheckup,
  ask,
  buttons,
  checkupAnswers,
  message,
  replyText,
  startBot,
  startCaptureServer,
  testDataDir,
  type BotUnderTest,
  type CaptureServer,
} from '../helpers/botServer.js';
import { knowledge } from '../helpers/knowledge.js';
import { launchChromium } from '../web/helpers/chromium.js';

let browser: Browser;
let bot: BotUnderTest;
let capture: CaptureServer;
let n = 0;

beforeAll(async () => {
  [browser, bot, capture] = await Promise.all([launchChromium(), startBot(), startCaptureServer()]);
});
afterAll(async () => {
  await browser?.close();
  await bot?.close();
  await capture?.close();
});

const ANSWERS = checkupAnswers({
  highTech: '是',
  firstSishang: '是',
  rdSpending: '600万',
  specialized: '小巨人',
  situation: '都不是',
  industrial: '是',
  retrofit: '1500万',
  compute: '否',
  financing: '是',
  procurement: '否',
  techSme: '否',
});

function conversation() {
  const id = `share-${++n}`;
  const from = { id: `29:specialist-${n}`, name: '服务专员' };
  const send = (text: string) => ask(bot.url, message(text, id, capture.url, { from }));
  const press = (value: Record<string, unknown>) =>
    ask(bot.url, { ...message('', id, capture.url, { from }), text: undefined, value });
  return { id, from, send, press, last: async (text: string) => (await send(text)).at(-1)! };
}

/** Runs a check-up for a named enterprise; returns the 服务包 card. */
async function checkup(c: ReturnType<typeof conversation>, name: string): Promise<Partial<Activity>> {
  const start = await c.send(`为${name}做政策体检`);
  return answerCheckup(start, ANSWERS, c.send);
}

/** The card elements of one type, anywhere in the card. */
function elements(activity: Partial<Activity>, type: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === type) out.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(activity.attachments?.map((a) => a.content));
  return out;
}

function shareUrl(card: Partial<Activity>): string {
  const open = elements(card, 'Action.OpenUrl');
  expect(open).toHaveLength(1);
  expect(open[0]!.title).toBe(profileTexts.share.open);
  return String(open[0]!.url);
}

describe('the 服务包 share page', () => {
  it('the check-up card carries the link, its QR code and a revoke button; the text version the link', async () => {
    const c = conversation();
    const card = await checkup(c, '上海某某科技有限公司');
    const url = shareUrl(card);
    expect(url).toMatch(new RegExp(`^${bot.url}/p/[A-Za-z0-9_-]{22}$`));
    const [qr] = elements(card, 'Image');
    expect(String(qr!.url)).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/);
    expect(qr!.altText).toBe(profileTexts.share.qrAlt);
    const revoke = buttons(card).find((b) => b.data.action === 'revokeShare');
    expect(revoke?.data.token).toBe(url.split('/').at(-1));

    const copy = buttons(card).find((b) => b.data.action === 'servicePackageText')!;
    const [text] = await c.press(copy.data);
    expect(text!.text).toMatch(/^以下结果基于:上海某某科技有限公司的回答\n企业政策服务包/);
    expect(text!.text).toContain(`可打印版(有效期至`);
    expect(text!.text).toContain(url);
  });

  it('is a page with no script, noindex, no referrer, private caching, and no user or conversation id', async () => {
    const c = conversation();
    const url = shareUrl(await checkup(c, '上海某某科技有限公司'));
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-robots-tag')).toContain('noindex');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toMatch(/^private\b/);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow, noarchive">');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain(c.from.id);
    expect(html).not.toContain(c.id);
    expect(html).toContain('上海某某科技有限公司');
    expect(html).toContain('沪企服办〔2023〕1号');
  });

  it('shows the 服务包 in Chromium with its Chinese font, on a desktop and a phone, and prints it to an A4 PDF', async () => {
    const c = conversation();
    const url = shareUrl(await checkup(c, '上海某某科技有限公司'));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
      });
      expect((await page.goto(url))?.status()).toBe(200);
      await expect(page.locator('h1').innerText()).resolves.toBe('企业政策服务包');
      await expect(page.locator('.enterprise').innerText()).resolves.toBe('企业:上海某某科技有限公司');
      const body = await page.locator('body').innerText();
      for (const expected of [
        '普惠性政策',
        '个性化政策',
        '600万元 × 5% = 30万元',
        '沪企服办〔2023〕1号',
        '2026年11月26日',
      ])
        expect(body).toContain(expected);
      // The stylesheet applied (allowed by its hash), the QR code drawn at its printed size.
      const qr = await page.locator('figure.qr svg').boundingBox();
      expect(qr?.width).toBeGreaterThan(100);
      expect(await page.evaluate("getComputedStyle(document.querySelector('h2')).borderBottomStyle")).toBe(
        'solid',
      );
      // The Chinese is drawn with a CJK font (fonts-wqy-microhei here), not boxes.
      const cdp = await context.newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(fonts.map((f) => f.familyName).join(', ')).toMatch(
        /WenQuanYi|Noto Sans CJK|Source Han|PingFang|Microsoft YaHei|Hiragino/,
      );
      const shot = await page.screenshot({ fullPage: true });
      expect(shot.length).toBeGreaterThan(20_000);

      await page.setViewportSize({ width: 375, height: 812 });
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);

      const dir = mkdtempSync(join(tmpdir(), 'yiqi-share-pdf-'));
      const pdf = join(dir, 'servicePackage.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/); // pdfinfo names the paper
      const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
        /[ \t]+/g,
        ' ',
      );
      for (const expected of [
        '企业政策服务包',
        '企业:上海某某科技有限公司',
        '普惠性政策',
        '个性化政策',
        '研发投入奖励',
        '600万元 × 5% = 30万元',
        '沪企服办〔2023〕1号',
        '本页面有效期至',
      ])
        expect(printed).toContain(expected);
      expect(printed).not.toContain(profileTexts.share.pagePrintHint); // screen only
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000); // a browser and a PDF: slow on a loaded machine

  it('a revoked link (by the card’s button or by 「撤销分享链接」) is a 404 page', async () => {
    const c = conversation();
    const card = await checkup(c, '上海某某科技有限公司');
    const url = shareUrl(card);
    const revoke = buttons(card).find((b) => b.data.action === 'revokeShare')!;
    const [said] = await c.press(revoke.data);
    expect(replyText(said!)).toContain('已撤销1个分享链接');
    const page = await browser.newPage();
    try {
      expect((await page.goto(url))?.status()).toBe(404);
      await expect(page.locator('h1').innerText()).resolves.toBe(profileTexts.share.notFoundTitle);
      const again = await fetch(url);
      expect(again.headers.get('x-robots-tag')).toContain('noindex');

      const second = shareUrl(await checkup(c, '上海某某科技有限公司'));
      expect((await fetch(second)).status).toBe(200);
      expect(replyText((await c.send('撤销分享链接'))[0]!)).toContain('已撤销1个分享链接');
      expect((await page.goto(second))?.status()).toBe(404);
    } finally {
      await page.close();
    }
  });

  it('an expired link is a 404 page', async () => {
    // A link made 31 days ago in the same store the server reads.
    const past = new ShareLinks({
      storage: new FileShareStorage(testDataDir()),
      ttlDays: 30,
      retentionDays: 180,
      baseUrl: () => bot.url,
      now: () => new Date(Date.now() - 31 * 86_400_000),
    });
    const kb = knowledge();
    const old = await past.create({
      userId: 'u',
      channelId: 'emulator',
      day: '2026-10-26',
      document: servicePackageDocument(runCheckup(kb.measures, {}, '2026-10-26', kb), kb, '2026-10-26'),
    });
    const res = await fetch(past.urlOf(old.token)!);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(profileTexts.share.notFoundText);
  });

  it('「删除我的数据」 asks first, then deletes the profiles and share links and says which; the page is gone', async () => {
    const c = conversation();
    const url = shareUrl(await checkup(c, '上海某某科技有限公司'));
    const confirm = await c.send('删除我的数据');
    expect(replyText(confirm[0]!)).toContain(profileTexts.privacy.confirm);
    expect(buttons(confirm[0]!).map((b) => b.data.text)).toEqual(['是', '否']);
    expect(replyText((await c.send('否'))[0]!)).toBe(profileTexts.privacy.cancelled);
    expect((await fetch(url)).status).toBe(200);

    await c.send('delete my data');
    const deleted = (await c.send('是'))[0]!.text!;
    expect(deleted).toContain(profileTexts.privacy.deletedHeading);
    expect(deleted).toContain('· 企业档案“上海某某科技有限公司”(10项回答)');
    expect(deleted).toMatch(/· 服务包分享链接\(上海某某科技有限公司,2026年11月26日生成\)/);
    expect(deleted).toContain(`· ${profileTexts.privacy.checkupItem}`);
    expect((await fetch(url)).status).toBe(404);

    // Nothing is left: the enterprise is gone, its answers are asked again, the text version is gone.
    expect(replyText((await c.send('列出企业'))[0]!)).toBe(profileTexts.profiles.listEmpty);
    const again = (await c.send('我能申请研发投入奖励吗')).map(replyText).join('\n');
    expect(again).toContain('高新技术企业');
    await c.send('取消');
    const [nothing] = await c.press({ action: 'servicePackageText', text: '文本版' });
    expect(replyText(nothing!)).toBe(knowledge().replies.eligibility.noCheckup);
    await c.send('删除我的数据');
    expect((await c.send('是'))[0]!.text).toBe(profileTexts.privacy.nothing);
  });
});

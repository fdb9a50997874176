// mountPages on a bare restify server whose clock the test moves: pages are rendered once per day
// and change when the day does; the English pages mount under /en/ when an English view is given;
// a broken page text stops the mount with the file and the field.
import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/kb/knowledgeError.js';
import { loadKnowledge } from '../../src/kb/loadKnowledge.js';
import { DailyPageCache } from '../../src/pages/dailyPageCache.js';
import { mountPages } from '../../src/pages/mountPages.js';
import { loadPageTexts } from '../../src/pages/pageTexts.js';
import { KnowledgeCopy } from '../kb/helpers/knowledgeCopy.js';
import { knowledge, searchEngine } from '../helpers/knowledge.js';
import { get, hrefs, metaOf } from './helpers/pageHttp.js';

const config = {
  PUBLIC_BASE_URL: 'https://yiqi.example.org',
  PUBLIC_RATE_PER_SECOND: 100,
  PUBLIC_RATE_BURST: 100,
  TRUST_PROXY: false,
};
let day = '2023-06-01';
let server: Server;
let url: string;

beforeAll(async () => {
  server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // The Chinese base stands in for kb.en: the English routes and texts are what is tested here.
  mountPages(server, {
    kb: knowledge(),
    engine: searchEngine(),
    today: () => day,
    config,
    en: knowledge(),
    retention: { retentionDays: 90, shareTtlDays: 7 },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('pages and the day', () => {
  it('shows a 2023 stage in force on its days and ended after, with a new ETag when the day changes', async () => {
    day = '2023-06-01';
    const before = await get(`${url}/measures/gov-procurement`);
    expect(before.body).toContain(
      '<span class="yq-badge yq-badge--in-force">执行中(至2023年12月31日)</span>',
    );
    expect(before.body).not.toContain('已结束');
    day = '2024-01-01';
    const after = await get(`${url}/measures/gov-procurement`);
    expect(after.body).toContain(
      '<span class="yq-badge yq-badge--ended">阶段已结束(截至2023年12月31日)</span>',
    );
    expect(after.body).toContain('今天是2024年1月1日,这一阶段已经结束');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    // A client holding yesterday's page gets today's, not a 304.
    expect(
      (await get(`${url}/measures/gov-procurement`, { 'if-none-match': before.headers.get('etag')! })).status,
    ).toBe(200);
    const list = await get(`${url}/measures`);
    expect(list.body).toContain('状态按2024年1月1日计算');
  });

  it('states the retention settings it is given on the privacy page', async () => {
    const privacy = await get(`${url}/privacy`);
    expect(privacy.body).toContain('最长保存90天');
    expect(privacy.body).toContain('7天后失效');
  });
});

describe('the English pages (/en/, mounted with an English view of the knowledge base)', () => {
  it('serves every page under /en/ in English chrome, linked to and from the Chinese ones', async () => {
    for (const path of [
      '/measures',
      '/measures/rd-reward',
      '/search?q=AI%20compute%20voucher',
      '/privacy',
      '/terms',
    ]) {
      const en = await get(`${url}/en${path}`);
      expect(en.status, path).toBe(200);
      expect(en.body, path).toMatch(/^<!doctype html>\n<html lang="en">/);
      expect(metaOf(en.body, 'og:locale')).toBe('en_US');
      expect(en.body).toContain('<a class="yq-skip" href="#main">Skip to content</a>');
      const zh = await get(`${url}${path}`);
      const shown = path.replaceAll('%20', '+'); // URLSearchParams writes a space as +
      expect(zh.body).toContain(`<link rel="alternate" hreflang="en" href="/en${shown}">`);
      expect(hrefs(zh.body)).toContain(`/en${shown}`);
      expect(hrefs(en.body)).toContain(shown);
    }
    const results = await get(`${url}/en/search?q=AI%20compute%20voucher`);
    expect(hrefs(results.body)).toContain('/en/measures/ai-compute-voucher');
    expect(metaOf(results.body, 'og:url')).toBe('https://yiqi.example.org/en/search?q=AI+compute+voucher');
  });
});

describe('DailyPageCache', () => {
  it('renders a page once a day', () => {
    const cache = new DailyPageCache();
    let renders = 0;
    const render = () => `<p>${++renders}</p>`;
    const first = cache.get('a', '2026-11-26', render);
    expect(cache.get('a', '2026-11-26', render)).toBe(first);
    expect(renders).toBe(1);
    const next = cache.get('a', '2026-11-27', render);
    expect(renders).toBe(2);
    expect(next.etag).not.toBe(first.etag);
    expect(cache.size).toBe(1);
  });
});

describe('page texts (knowledge/pages.yaml)', () => {
  // Each test breaks a fresh copy of the real knowledge base.
  let copy: KnowledgeCopy;
  beforeEach(() => {
    copy = new KnowledgeCopy();
  });
  afterEach(() => copy.remove());

  it('load in both languages', () => {
    expect(loadPageTexts(knowledge().dir, 'zh-CN').privacy.sections.length).toBeGreaterThan(3);
    expect(loadPageTexts(knowledge().dir, 'en').siteName).toBe('Yiqi');
  });

  it('stop the mount naming the file, the field and the problem', () => {
    copy.editYaml('pages.yaml', (doc) => {
      doc.setIn(['measure', 'askChat'], '');
      doc.deleteIn(['privacy', 'sections', 0, 'heading']);
    });
    const kb = loadKnowledge(copy.dir);
    const mount = () =>
      mountPages(restify.createServer(), { kb, engine: searchEngine(), today: () => day, config });
    expect(mount).toThrow(KnowledgeError);
    try {
      mount();
    } catch (err) {
      expect((err as KnowledgeError).issues).toEqual([
        { file: 'knowledge/pages.yaml', path: 'measure.askChat', message: 'must not be empty' },
        {
          file: 'knowledge/pages.yaml',
          path: 'privacy.sections[0].heading',
          message: 'required field is missing',
        },
      ]);
    }
  });

  it('stop the mount when a placeholder has no value', () => {
    copy.editYaml('pages.en.yaml', (doc) => doc.setIn(['privacy', 'intro'], 'Kept for {forever} days.'));
    const kb = loadKnowledge(copy.dir);
    expect(() =>
      mountPages(restify.createServer(), { kb, engine: searchEngine(), today: () => day, config, en: kb }),
    ).toThrow('No value for {forever}');
  });
});

// The pages through the real server (the app as `npm start` builds it, on an ephemeral port, the
// clock at 2026-11-26): what each page says, taken from the knowledge base, and how it is served
// (ETag and 304, HEAD, cache and security headers, share previews).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeMeasureAnswer } from '../../src/answers/composeAnswer.js';
import { declinedReason } from '../../src/answers/declinedReason.js';
import { formatFigure } from '../../src/answers/formatFact.js';
import { statusBadge } from '../../src/answers/statusBadge.js';
import { fill } from '../../src/kb/replies.js';
import { DEFAULT_RETENTION } from '../../src/pages/mountPages.js';
import { startBot, TODAY, type BotUnderTest } from '../helpers/botServer.js';
import { knowledge } from '../helpers/knowledge.js';
import { get, hrefs, inHtml, metaOf, titleOf } from './helpers/pageHttp.js';

const kb = knowledge();
let bot: BotUnderTest;
let shared: BotUnderTest;

beforeAll(async () => {
  [bot, shared] = await Promise.all([startBot(), startBot({ PUBLIC_BASE_URL: 'https://yiqi.example.org/' })]);
});
afterAll(async () => {
  await Promise.all([bot?.close(), shared?.close()]);
});

const label = (number: number) => fill(kb.replies.measure.numberLabel, { number });

describe('/measures', () => {
  it('lists the 28 measures by the six areas, each linked with our number, title and badge for today', async () => {
    const page = await get(`${bot.url}/measures`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.body).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    for (const area of kb.areas)
      expect(page.body).toContain(`<h2 id="area-${area.id}">${inHtml(area.title)}</h2>`);
    const links = hrefs(page.body).filter((h) => /^\/measures\/[a-z-]+$/.test(h));
    expect(new Set(links)).toEqual(new Set(kb.measures.map((m) => `/measures/${m.id}`)));
    for (const m of kb.measures) {
      const item = `<a href="/measures/${m.id}">${label(m.number)} ${inHtml(m.title)}</a></h3>\n<span class="yq-badge yq-badge--${statusBadge(kb.replies, m, TODAY).kind}">${inHtml(statusBadge(kb.replies, m, TODAY).text)}</span>`;
      expect(page.body, m.id).toContain(item);
    }
    // On 2026-11-26: a stage that ended in 2023, and a 2023 target whose year has passed.
    expect(page.body).toContain('阶段已结束(截至2023年12月31日)');
    expect(page.body).toContain('目标年份已过(目标期限2023年12月31日)');
    expect(page.body).toContain(inHtml(kb.replies.measure.numberingNote));
  });

  it('declares a title, a description and Open Graph tags; og:url and canonical only with PUBLIC_BASE_URL', async () => {
    const page = await get(`${bot.url}/measures`);
    expect(titleOf(page.body)).toBe('28项措施一览 · 益企问');
    expect(metaOf(page.body, 'description')).toContain('28项措施');
    expect(metaOf(page.body, 'og:title')).toBe('28项措施一览');
    expect(metaOf(page.body, 'og:locale')).toBe('zh_CN');
    expect(metaOf(page.body, 'og:url')).toBeUndefined();
    const withBase = await get(`${shared.url}/measures`);
    expect(metaOf(withBase.body, 'og:url')).toBe('https://yiqi.example.org/measures');
    expect(withBase.body).toContain('<link rel="canonical" href="https://yiqi.example.org/measures">');
  });
});

describe('/measures/<id>', () => {
  it('shows every measure with its figures, each beside the source sentence it comes from', async () => {
    for (const m of kb.measures) {
      const page = await get(`${bot.url}/measures/${m.id}`);
      expect(page.status, m.id).toBe(200);
      expect(titleOf(page.body)).toBe(`${label(m.number)} ${inHtml(m.title)} · 益企问`);
      expect(metaOf(page.body, 'description')).toBe(inHtml(m.summary));
      expect(metaOf(page.body, 'og:type')).toBe('article');
      expect(page.body).toContain(`<p class="yq-summary">${inHtml(m.summary)}</p>`);
      const a = composeMeasureAnswer(kb, m, TODAY);
      for (const f of a.keyFacts) {
        expect(page.body, `${m.id} ${f.label}`).toContain(
          `<dt>${inHtml(f.label)}</dt>\n<dd><strong class="yq-figure">${inHtml(formatFigure(f))}</strong><p class="yq-quote">`,
        );
        expect(page.body).toContain(`<q>${inHtml(f.quote)}</q>`);
      }
      if (a.keyFacts.length === 0) expect(page.body).toContain(inHtml(kb.replies.measure.noFacts));
      for (const b of m.beneficiaries) expect(page.body).toContain(`<li>${inHtml(b)}</li>`);
      for (const f of m.faq) expect(page.body).toContain(`<dt>${inHtml(f.q)}</dt><dd>${inHtml(f.a)}</dd>`);
      expect(page.body).toContain(inHtml(m.howToApply.note));
      // How to apply: the channels the measure names, and no others.
      for (const ch of kb.channels)
        expect(page.body.includes(`<dt>${inHtml(ch.name)}</dt>`), `${m.id} ${ch.id}`).toBe(
          m.howToApply.channels.includes(ch.id),
        );
      if (m.officialArticle)
        expect(page.body).toContain(
          inHtml(fill(kb.replies.measure.officialArticle, { label: m.officialArticle.label })),
        );
      for (const r of a.related) expect(hrefs(page.body)).toContain(`/measures/${r.id}`);
      expect(page.body).toContain(inHtml(a.source.citation));
    }
  });

  it('links the chat with a question about the measure, and an eligibility check where rules exist', async () => {
    for (const id of ['rd-reward', 'gov-procurement']) {
      const m = kb.measureById.get(id)!;
      const links = hrefs((await get(`${bot.url}/measures/${id}`)).body);
      expect(links).toContain(`/?q=${encodeURIComponent(m.title)}`);
      expect(links.includes(`/?q=${encodeURIComponent(`我能申请${m.title}吗`)}`), id).toBe(
        m.eligibility !== undefined,
      );
    }
  });

  it('says when a stage has ended, and never calls a measure the source does not date open', async () => {
    const ended = await get(`${bot.url}/measures/gov-procurement`);
    expect(ended.body).toContain('yq-badge--ended');
    expect(ended.body).toContain('今天是2026年11月26日,这一阶段已经结束');
    for (const m of kb.measures.filter((x) => x.validity.length === 0)) {
      const page = await get(`${bot.url}/measures/${m.id}`);
      expect(page.body, m.id).toContain(
        `<span class="yq-badge yq-badge--undated">${kb.replies.badge.undated}</span>`,
      );
      expect(page.body, m.id).toContain(inHtml(kb.replies.measure.noValidity));
      expect(page.body, m.id).not.toContain('执行中');
    }
  });

  it('redirects our number to the measure, and answers an unknown one with a page that helps', async () => {
    const byNumber = await get(`${bot.url}/measures/3`);
    expect(byNumber.status).toBe(301);
    expect(byNumber.headers.get('location')).toBe('/measures/rd-reward');
    const missing = await get(`${bot.url}/measures/no-such-measure`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(titleOf(missing.body)).toContain('没有找到这个页面');
    expect(hrefs(missing.body)).toContain('/measures');
    const faq = await get(`${bot.url}/faq`);
    expect(faq.status).toBe(301);
    expect(faq.headers.get('location')).toBe('/measures');
  });
});

describe('/search', () => {
  const search = async (q: string) => (await get(`${bot.url}/search?q=${encodeURIComponent(q)}`)).body;

  it('answers as the bot does, keeping the query in the box and the title', async () => {
    const body = await search('算力');
    expect(body).toContain('<input id="yq-q" name="q" type="search" value="算力"');
    expect(titleOf(body)).toBe('“算力”的搜索结果 · 益企问');
    expect(body).toMatch(
      /<h3>最相关的措施<\/h3>\n<div class="yq-result">\n<h4 class="yq-result__title"><a href="\/measures\/ai-compute-voucher">第8项 AI算力券<\/a>/,
    );
    expect(hrefs(body)).toContain(`/?q=${encodeURIComponent('算力')}`);
  });

  it('lists an area, the overview, and the candidates of an ambiguous question', async () => {
    const area = await search('金融方面有哪些措施');
    expect(area).toContain(inHtml(fill(kb.replies.area.prompt, { area: '金融赋能', count: 5 })));
    for (const m of kb.measures.filter((x) => x.area === 'finance'))
      expect(hrefs(area)).toContain(`/measures/${m.id}`);
    const overview = await search('28条是什么');
    expect(overview).toContain(inHtml(kb.replies.overview.prompt));
    expect(hrefs(overview).filter((h) => h.startsWith('/measures/'))).toHaveLength(28);
    const ambiguous = await search('奖励');
    expect(ambiguous).toContain(inHtml(kb.replies.ambiguous.prompt));
    expect(hrefs(ambiguous)).toEqual(
      expect.arrayContaining(['/measures/rd-reward', '/measures/specialized-sme']),
    );
  });

  it('declines honestly with the channels the source names, for topics not covered and other regions', async () => {
    const notCovered = await search('公积金怎么提取');
    const topic = kb.notCovered.find((t) => t.terms.some((term) => '公积金怎么提取'.includes(term)))!;
    expect(topic.mayHelp).toEqual([]);
    expect(notCovered).toContain(
      inHtml(
        declinedReason(kb.replies.declined, {
          type: 'declined',
          reason: 'not-covered',
          topic: topic.name,
          areas: [],
        }),
      ),
    );
    expect(notCovered).toContain(inHtml(kb.replies.declined.whereToAsk));
    for (const id of ['enterprise-service-cloud', 'district-specialist'])
      expect(notCovered).toContain(`<dt>${inHtml(kb.channelById.get(id)!.name)}</dt>`);
    expect(notCovered).not.toContain('class="yq-result"');
    // A need covered only in part: said so, then the measures that may still help, linked.
    const partial = await search('专利年费怎么减免');
    const patentFees = kb.notCovered.find((t) => t.id === 'patent-fees')!;
    // Named in the words asked, beside the topic's name.
    const named = fill(kb.replies.partial.asked, { term: '专利年费', topic: patentFees.name });
    expect(partial).toContain(inHtml(fill(kb.replies.partial.text, { topic: named })));
    for (const id of patentFees.mayHelp) expect(partial).toContain(`/measures/${id}`);
    const region = await search('深圳的政策');
    expect(region).toContain(inHtml(fill(kb.replies.declined.region, { region: '深圳' })));
  });

  it('offers examples without a query, escapes what it is given, and reads at most 300 characters', async () => {
    const empty = await search('');
    expect(titleOf(empty)).toBe('搜索措施 · 益企问');
    for (const e of kb.replies.welcome.examples)
      expect(hrefs(empty)).toContain(`/search?q=${encodeURIComponent(e).replace(/%20/g, '+')}`);
    const hostile = await search('"><script>alert(1)</script>');
    expect(hostile).not.toContain('<script>alert(1)');
    expect(hostile).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    const long = await search('算'.repeat(400));
    expect(long).toContain(`value="${'算'.repeat(300)}"`);
  });
});

describe('/privacy and /terms', () => {
  it('say what is stored, where, for how long, and how to delete it; the limits of the bot', async () => {
    const privacy = await get(`${bot.url}/privacy`);
    expect(privacy.status).toBe(200);
    expect(privacy.body).toContain(`最长保存${DEFAULT_RETENTION.retentionDays}天`);
    expect(privacy.body).toContain(`${DEFAULT_RETENTION.shareTtlDays}天后失效`);
    expect(privacy.body).toContain('删除我的数据');
    expect(privacy.body).toContain('DATA_DIR');
    expect(privacy.body).not.toMatch(/\{\w+\}/);
    const terms = await get(`${bot.url}/terms`);
    expect(terms.status).toBe(200);
    for (const point of [
      '不是政府部门的官方服务渠道',
      '以主管部门发布的申报通知和审核结果为准',
      '不是官方条款序号',
    ])
      expect(terms.body).toContain(point);
  });
});

describe('how pages are served', () => {
  const paths = ['/measures', '/measures/rd-reward', '/search?q=%E7%AE%97%E5%8A%9B', '/privacy', '/terms'];

  it('sends cache and security headers: ETag, Cache-Control, a CSP without inline script, nosniff', async () => {
    for (const path of paths) {
      const page = await get(`${bot.url}${path}`);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('etag'), path).toMatch(/^"[\w-]{27}"$/);
      expect(page.headers.get('cache-control'), path).toBe('public, max-age=300');
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      // Nothing the CSP would block: no inline scripts, no style attributes or elements.
      expect(page.body, path).not.toMatch(/<script(?![^>]*\ssrc=)/);
      expect(page.body, path).not.toMatch(/\sstyle=|<style/);
      expect(page.body, path).toMatch(/<a class="yq-skip" href="#main">跳到正文<\/a>/);
      expect(page.body, path).toMatch(/<main id="main"/);
    }
  });

  it('answers 304 to a matching If-None-Match, and HEAD with the headers of GET and no body', async () => {
    for (const path of paths) {
      const page = await get(`${bot.url}${path}`, { 'accept-encoding': 'identity' });
      const etag = page.headers.get('etag')!;
      const again = await get(`${bot.url}${path}`, { 'if-none-match': etag });
      expect(again.status, path).toBe(304);
      expect(again.body).toBe('');
      expect((await get(`${bot.url}${path}`, { 'if-none-match': '"other"' })).status).toBe(200);
      const head = await get(`${bot.url}${path}`, { 'accept-encoding': 'identity' }, 'HEAD');
      expect(head.status, path).toBe(200);
      expect(head.body).toBe('');
      expect(head.headers.get('etag')).toBe(etag);
      expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(page.body)));
    }
    const chat = await get(`${bot.url}/`, {}, 'HEAD');
    expect(chat.status).toBe(200);
    expect(chat.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('sends the same page every time on a day (rendered once), gzipped for clients that accept it', async () => {
    const a = await get(`${bot.url}/measures/rd-reward`);
    const b = await get(`${bot.url}/measures/rd-reward`);
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
    const res = await fetch(`${bot.url}/measures`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toContain('28项措施一览');
  });

  it('limits /search per client like the JSON search API (429 with Retry-After)', async () => {
    const limited = await startBot({ PUBLIC_RATE_PER_SECOND: '1', PUBLIC_RATE_BURST: '2' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await get(`${limited.url}/search?q=x`)).status);
      expect(codes.slice(0, 2)).toEqual([200, 200]);
      expect(codes).toContain(429);
      // Fixed pages are not limited: they cost nothing to send.
      for (let i = 0; i < 4; i++) expect((await get(`${limited.url}/measures`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

// Messages that lean on what came before: “so, can we?” after the situation was told in the message
// before, a reference asked to be told about with a story after it, a guess beside a what-if amount,
// and support asked of a topic beside a softer wish for a person.
import { describe, expect, it } from 'vitest';
import { Responder, type ConversationContext, type Response } from '../../src/conversation/respond.js';
import { cacheResponses } from '../../src/conversation/cachedResponder.js';
import { knowledge, searchEngine } from '../helpers/knowledge.js';

const today = () => '2026-12-02';
const responder = new Responder({ kb: knowledge(), engine: searchEngine(), today });
const kindOf = (response: Response) =>
  response.kind === 'answer'
    ? response.answer.type === 'several'
      ? response.answer.sections.map((s) => (s.kind === 'measure' ? s.answer.measure.id : s.kind))
      : response.answer.type
    : response.kind;

describe('“so, can we?” about the situation told before', () => {
  const story = '美容院想用AI给客人测肤 用的是人家做好的小程序 服务器是在杭州租的';

  it('starts the check of the measure asked about with the facts the message before told', () => {
    const response = responder.respond('这样能申请AI算力券吗 不行的话差在哪', { earlierText: story });
    expect(response).toEqual({
      kind: 'start-eligibility',
      measureId: 'ai-compute-voucher',
      facts: { 'rents-compute': false },
    });
  });

  it('answers the measure as before without a situation told, or without “so”', () => {
    expect(kindOf(responder.respond('这样能申请AI算力券吗'))).toBe('measure');
    expect(kindOf(responder.respond('能申请AI算力券吗', { earlierText: story }))).toBe('measure');
    // The message before told nothing the measure's rules ask about.
    expect(kindOf(responder.respond('这样能申请AI算力券吗', { earlierText: '你好' }))).toBe('measure');
  });

  it('reads “so” in the last clause, beside a fact this message adds', () => {
    const response = responder.respond('但我們沒有高新技術企業資格，這樣研發獎勵能申請嗎？', {
      earlierText: '我們是台資做食品的，去年第一次進四上，研發投入大概400萬',
    });
    expect(response).toEqual({
      kind: 'start-eligibility',
      measureId: 'rd-reward',
      facts: { 'first-time-sishang': true, 'rd-last-year': 4_000_000, 'is-high-tech': false },
    });
  });

  it('takes no facts from a measure described, nor from a case this message tells anew', () => {
    // 高新技术企业首次成为四上 describes the measure asked about, not the enterprise.
    const described = responder.respond('我們去年研發投入600萬，這樣可以拿多少', {
      earlierText: '高新技術企業首次成為四上，那個研發獎勵怎麼算',
      lastMeasureId: 'rd-reward',
    });
    expect(kindOf(described)).toBe('calculation');
    // 明年…在上海租卡…合同80万，那样呢: the facts told before are replaced by the new case.
    const anew = responder.respond('明年我们打算还在上海租卡，训练自己研发的质检大模型，合同80万，那样呢', {
      earlierText: '否，在上海临港的智算中心租的，但眼下只是拿来存门店监控视频、做转码',
      lastMeasureId: 'ai-compute-voucher',
    });
    expect(kindOf(anew)).toBe('calculation');
  });

  it('gives a check about to start the facts the earlier messages told, under this message’s own', () => {
    const response = responder.respond('听说有AI算力券 最高补20% 我们这个能报吗', {
      earlierText: '我们是做ERP软件的，服务器是在杭州机房租的',
    });
    expect(response).toMatchObject({
      kind: 'start-eligibility',
      measureId: 'ai-compute-voucher',
      facts: { 'rents-compute': false },
    });
  });

  it('keys a remembered decision on the message before only where it is pointed at', () => {
    const cached = cacheResponses(new Responder({ kb: knowledge(), engine: searchEngine(), today }), today);
    const asked = (earlierText: string): ConversationContext => ({ earlierText });
    expect(kindOf(cached.respond('这样能申请AI算力券吗', asked('你好')))).toBe('measure');
    expect(kindOf(cached.respond('这样能申请AI算力券吗', asked(story)))).toBe('start-eligibility');
    // 有補嗎 right after a partial answer reads the need the message before told, whichever it was.
    const afterPartial = (earlierText: string): ConversationContext => ({
      earlierText,
      declinesInARow: 1,
      lastList: ['relief-specialists'],
    });
    const topicOf = (response: Response) =>
      response.kind === 'answer' && response.answer.type === 'partial' ? response.answer.topic : undefined;
    expect(topicOf(cached.respond('有補嗎', afterPartial('电费太高了')))).toContain('电费');
    expect(topicOf(cached.respond('有補嗎', afterPartial('房租太贵')))).toContain('房租');
  });
});

describe('references and amounts with more words around them', () => {
  it('tells about the measure referred to when asked to, the story after it only saying why', () => {
    const response = responder.respond('第二个具体说说，我客户正好有贷款快到期', {
      lastList: ['financing-access', 'seamless-renewal', 'financing-guarantee'],
    });
    expect(
      response.kind === 'answer' && response.answer.type === 'measure' && response.answer.measure.id,
    ).toBe('seamless-renewal');
  });

  it('works out a what-if amount beside the outcome the user guesses (是不是就100万了)', () => {
    const response = responder.respond('那要是2000万呢 是不是就100万了 哈哈', { lastMeasureId: 'rd-reward' });
    expect(kindOf(response)).toBe('calculation');
  });
});

describe('the last measure’s time, and support asked by name beside “can we”', () => {
  it('answers the time of the last measure asked in a clause of a longer message that names nothing', () => {
    const response = responder.respond('截止到什么时候 我们明年才够条件 还来得及申吗', {
      lastMeasureId: 'rd-reward',
    });
    expect(response.kind === 'answer' && response.answer.type === 'measure' && response.answer.focus).toBe(
      'deadline',
    );
    const policy = responder.respond('明年想去投几个标 这个政策现在还有没有啊', {
      lastMeasureId: 'gov-procurement',
    });
    expect(policy.kind === 'answer' && policy.answer.type === 'measure' && policy.answer.measure.id).toBe(
      'gov-procurement',
    );
  });

  it('says what the measures do not cover for support named beside 我们能申吗, not a check-up', () => {
    expect(kindOf(responder.respond('有没有出口补贴之类的 我们能申吗'))).toBe('partial');
  });
});

describe('needs the measures cover in part, asked in other words', () => {
  it('answers each need asked for (这俩都给我介绍下), whatever the story told before them', () => {
    expect(
      kindOf(
        responder.respond(
          '电费一年比一年贵，老板想上一批节能设备顺便搞技改，另外听说还能评绿色工厂，这俩都给我介绍下呗',
        ),
      ),
    ).toEqual(['outside', 'tech-retrofit', 'green-factories']);
  });

  it('reads a price rise told as the story as no need of its own beside two measures asked', () => {
    expect(
      kindOf(
        responder.respond('上游原材料涨价我们得多备货，想走产业链融资，还有担保费能不能低一点，这俩一起说说'),
      ),
    ).toEqual(['chain-financing', 'financing-guarantee']);
  });

  it('says what the measures do not cover when the policy is asked whether it gives it, beside 没人理', () => {
    expect(kindOf(responder.respond('想扩厂 要拿块工业用地 找了半年没人理 你们这政策能给地吗'))).toBe(
      'partial',
    );
  });

  it('reads an English question whether the government covers a cost as support sought', () => {
    expect(kindOf(responder.respond('does the government cover booth fees', { lang: 'en' }))).toBe('partial');
  });

  it('reads support asked for dearer raw materials, orders and a move, but not a price rise told as the story', () => {
    expect(kindOf(responder.respond('原材料涨价这块政府有没有补贴'))).toBe('partial');
    expect(kindOf(responder.respond('我们外贸订单接不到单了，想找客户，有什么政策'))).toBe('partial');
    expect(kindOf(responder.respond('我们要搬到别的区有补贴吗'))).toBe('partial');
    expect(kindOf(responder.respond('社保真的交不起了 能不能缓交几个月？'))).toBe('partial');
  });
});

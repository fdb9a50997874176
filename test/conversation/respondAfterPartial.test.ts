// After a reply saying what the 28 measures do not cover, “so nothing helps?” is answered with the
// measures that reply offered — and a decline forgets an older list, so it is never offered instead.
import { describe, expect, it } from 'vitest';
import { afterAnswer } from '../../src/conversation/afterAnswer.js';
import { Responder, type Response } from '../../src/conversation/respond.js';
import { knowledge, searchEngine } from '../helpers/knowledge.js';

const responder = new Responder({ kb: knowledge(), engine: searchEngine(), today: () => '2026-12-02' });

function answerOf(response: Response) {
  if (response.kind !== 'answer') throw new Error(`expected an answer, got ${response.kind}`);
  return response.answer;
}

describe('after a partial answer', () => {
  it('answers “so nothing helps?” with the measures it offered', () => {
    const partial = answerOf(responder.respond('店铺房租太贵了，有没有房租补贴？'));
    expect(partial.type).toBe('partial');
    const context = afterAnswer({}, partial);
    const offered = partial.type === 'partial' ? partial.mayHelp.map((b) => b.measure.id) : [];
    expect(offered.length).toBeGreaterThan(0);
    for (const asked of ['那就是说一点能帮上忙的都没有？', '那能帮上的有哪些']) {
      const reply = answerOf(responder.respond(asked, context));
      expect(reply.type).toBe('several');
      if (reply.type === 'several')
        expect(reply.sections.map((s) => (s.kind === 'measure' ? s.answer.measure.id : s.kind))).toEqual(
          offered,
        );
    }
  });

  it('forgets the list shown before a decline', () => {
    const list = answerOf(responder.respond('金融方面有哪些措施'));
    const declined = answerOf(responder.respond('公司注销怎么办理'));
    expect(declined.type).toBe('declined');
    expect(afterAnswer(afterAnswer({}, list), declined).lastList).toBeUndefined();
  });

  it('reads a few words before 那个 as the measures of the list they describe', () => {
    const partial = answerOf(responder.respond('我修鞋配钥匙的小铺子今年要拆迁，有没有搬迁补偿的政策'));
    expect(partial.type).toBe('partial');
    const reply = answerOf(responder.respond('那借钱那个呢 我这种小铺子能借到吗', afterAnswer({}, partial)));
    const ids =
      reply.type === 'several'
        ? reply.sections.map((s) => (s.kind === 'measure' ? s.answer.measure.id : s.kind))
        : reply.type === 'measure'
          ? [reply.measure.id]
          : [];
    expect(ids).toContain('financing-access');
  });

  it("answers the measure a clause names when the story's words name its whole area", () => {
    const reply = answerOf(responder.respond('那续贷那个跟我说说，我们有笔500万的贷款下个月到期'));
    expect(reply.type === 'measure' && reply.measure.id).toBe('seamless-renewal');
  });

  it('reads “who can help” as a person after that answer, and as the need the first time it is asked', () => {
    const first = answerOf(responder.respond('快递物流的钱涨得离谱，每单运费多了两块，这块谁能帮我们降一降'));
    expect(first.type).toBe('partial');
    const after = responder.respond('那到底谁能帮我', afterAnswer({}, first));
    expect(after.kind).toBe('handoff');
  });

  it('reads a bare 有补吗 after that answer as support asked for the need told before', () => {
    const first = answerOf(responder.respond('电费太高了'));
    expect(first.type).toBe('partial');
    const context = { ...afterAnswer({}, first), earlierText: '电费太高了' };
    for (const asked of ['有补吗', '能减吗', '有补贴吗']) {
      const reply = answerOf(responder.respond(asked, context));
      expect(reply.type).toBe('partial');
      if (reply.type === 'partial') expect(reply.topic).toContain('电费');
    }
  });

  it('reads 那水电费呢 after that answer as the same support asked of another cost', () => {
    const first = answerOf(responder.respond('店铺房租太贵了，有没有房租补贴？'));
    const context = { ...afterAnswer({}, first) };
    expect(answerOf(responder.respond('那水电费呢', context)).type).toBe('partial');
    // Asked on its own, the topic is only named: nothing of the 28 to offer.
    expect(answerOf(responder.respond('水电费呢')).type).toBe('declined');
  });

  it('answers a push back on that answer (你再想想 真的一条都没有？) with it again, not the decline', () => {
    const first = answerOf(responder.respond('店铺房租太贵了，有没有房租补贴？'));
    const again = answerOf(
      responder.respond('你再想想 28条里真的一条管房租的都没有？', afterAnswer({}, first)),
    );
    expect(again.type).toBe('partial');
  });

  it('answers 还有别的吗 with more that may help, financing left out when it is not needed', () => {
    const asked = '我们是做外贸的，出口补贴有吗';
    const first = answerOf(responder.respond(asked));
    expect(first.type).toBe('partial');
    const context = { ...afterAnswer({}, first), earlierText: asked };
    const more = answerOf(responder.respond('还有别的吗 贷款我们暂时不缺', context));
    expect(more.type).toBe('partial');
    const ids = more.type === 'partial' ? more.mayHelp.map((b) => b.measure.id) : [];
    expect(ids).toContain('relief-specialists');
    expect(ids.map((id) => knowledge().measureById.get(id)?.area)).not.toContain('finance');
    // Without a partial answer before it, 还有别的吗 asks nothing of a need.
    expect(answerOf(responder.respond('还有别的吗')).type).not.toBe('partial');
  });

  it('reads 那房租呢 right after a measure as support asked of that cost too', () => {
    const first = answerOf(responder.respond('研发投入奖励最多多少'));
    expect(answerOf(responder.respond('那房租呢', afterAnswer({}, first))).type).toBe('partial');
    // So after a list.
    const list = answerOf(responder.respond('纾困方面有哪些措施'));
    expect(answerOf(responder.respond('那房租呢', afterAnswer({}, list))).type).toBe('partial');
  });

  it('answers a story whose only question is about what the measures do not cover as such', () => {
    expect(answerOf(responder.respond('写字楼租金又涨了 公司快撑不住 有房租补贴吗')).type).toBe('partial');
  });
});

describe('a topic the measures do not cover', () => {
  it('offers what may still help when a need is told or support asked for', () => {
    expect(answerOf(responder.respond('居住证积分能不能给我们员工帮帮忙，有政策吗')).type).toBe('partial');
    expect(answerOf(responder.respond('店铺房租太贵了，有没有房租补贴？')).type).toBe('partial');
  });

  it('names each of several needs outside the measures, and what may still help with any of them', () => {
    const reply = answerOf(
      responder.respond(
        '我们是一家少儿编程培训学校，办学许可证一直办不下来，房租又贵。28条里有没有帮我们办证或者给补贴的？',
      ),
    );
    expect(reply.type).toBe('partial');
    const partial = reply.type === 'partial' ? reply : undefined;
    expect(partial?.topic).toContain('许可证');
    expect(partial?.topic).toContain('房租');
    expect(partial?.mayHelp.length).toBeGreaterThan(0);
  });

  it('says a disaster, a customer gone bankrupt or a partner leaving are not covered, and what may help', () => {
    for (const told of [
      '上个月厂里仓库着了一场大火，现在资金周转特别紧张。想问下政府有没有火灾损失补偿？',
      '我们最大的客户破产清算了，欠我们的货款只能拿回一点点。政府有没有坏账补偿？没有的话有什么能救急的',
      '合伙人说要退股，要把他那份钱全部抽走。请问政府有没有帮忙处理股东纠纷的政策？',
    ])
      expect(answerOf(responder.respond(told)).type, told).toBe('partial');
  });

  it('is declined when the question is only about the topic itself', () => {
    for (const asked of [
      '居住证积分怎么算啊',
      '那员工年度体检哪家机构便宜点',
      '发票怎么开',
      "where do I renew my wife's residence permit in Pudong?",
    ]) {
      const reply = answerOf(responder.respond(asked, { lang: /[a-z]/.test(asked) ? 'en' : 'zh' }));
      expect(reply.type, asked).toBe('declined');
    }
  });
});

describe('Traditional Chinese and lists by date', () => {
  it('reads a reference typed in Traditional Chinese', () => {
    const list = [
      'financing-access',
      'seamless-renewal',
      'financing-guarantee',
      'chain-financing',
      'listing-equity',
    ];
    const reply = answerOf(responder.respond('最後那一項請詳細說明', { lastList: list }));
    expect(reply.type === 'measure' && reply.measure.id).toBe('listing-equity');
  });

  it('lists by date when asked which are still open, whatever facts follow', () => {
    const reply = answerOf(responder.respond('28条里面哪些我们还能申请？我们注塑厂规上，产值一千二百万'));
    expect(reply.type).toBe('status-list');
  });
});

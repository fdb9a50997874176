// A topic the measures do not cover, told beside another request: support asked for by name in a
// clause of its own is said too, with what may help; a list by date asked in a sentence of its own
// is given; the topic's own support asked again is not a second topic. And an amount told beside
// several needs that falls short of a measure's rules is said to fall short.
import { describe, expect, it } from 'vitest';
import { Responder, type Response } from '../../src/conversation/respond.js';
import { renderAnswerText } from '../../src/answers/renderText.js';
import { knowledge, searchEngine } from '../helpers/knowledge.js';

const kb = knowledge();
const responder = new Responder({ kb, engine: searchEngine(), today: () => '2026-12-02' });

function answerOf(response: Response) {
  if (response.kind !== 'answer') throw new Error(`expected an answer, got ${response.kind}`);
  return response.answer;
}

describe('beside a topic the measures do not cover', () => {
  it('says support asked for in a clause of its own too, with what may help', () => {
    const answer = answerOf(
      responder.respond(
        '我们食品经营许可证到期没续上，被要求停业整改。政策能帮忙加快办证吗？停业期间有没有什么补助',
      ),
    );
    expect(answer.type).toBe('partial');
    if (answer.type !== 'partial') return;
    expect(answer.topic).toContain('停业期间补助');
    expect(answer.mayHelp.map((b) => b.measure.id)).toContain('relief-specialists');
  });

  it('offers the people who help when a policy is asked to help with a topic that lists nothing', () => {
    const answer = answerOf(
      responder.respond('新开的饭店办食品经营许可证等了一个多月还没下来，有没有政策能帮忙加快办证'),
    );
    expect(answer.type).toBe('partial');
    expect(answer.type === 'partial' && answer.mayHelp.map((b) => b.measure.id)).toContain(
      'relief-specialists',
    );
    // Asked only how it is done, nothing of the 28 is offered.
    expect(answerOf(responder.respond('办食品经营许可证要准备什么材料')).type).toBe('declined');
  });

  it('declines a lookup asked of the bot (帮我查一下…罚单) as it declines any question about the topic itself', () => {
    expect(answerOf(responder.respond('帮我查一下我那辆货车上个月在浦东的违停罚单罚了多少钱')).type).toBe(
      'declined',
    );
  });

  it('answers support asked for an uncovered topic right after a measure, not a check of that measure', () => {
    const answer = answerOf(
      responder.respond('我们自己机房的电费也很高 电费有补贴吗', { lastMeasureId: 'ai-compute-voucher' }),
    );
    expect(answer.type).toBe('partial');
  });

  it('does not count the topic’s own support asked again', () => {
    expect(answerOf(responder.respond('等保测评的费用能补贴吗')).type).toBe('declined');
  });

  it('gives the list by date asked in a sentence of its own', () => {
    const answer = answerOf(responder.respond('哪些措施已经过期了？我们被水淹了急着要钱，不想白跑'));
    expect(answer.type).toBe('status-list');
  });

  it('says an amount beside several needs falls short of a measure’s threshold', () => {
    const answer = answerOf(
      responder.respond(
        '厂里想做技改，项目投资大概600万，能申请市级技术改造专项吗？资金紧张，还想顺便问问有没有别的办法',
      ),
    );
    expect(answer.type).toBe('several');
    const text = renderAnswerText(kb, answer);
    expect(text).toContain('暂不符合');
    expect(text).toContain('1000万元');
  });
});

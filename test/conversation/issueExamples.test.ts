// The conversations of issue 14, through the real server: what fell through to one card, a bare
// “请选择”, the unfiltered list or the general decline now gets the answer it asks for. Today is
// 2026-12-02, as in the issue.
import { describe, expect, it } from 'vitest';
import { ask, buttons, message, replyText, useBotServer } from '../helpers/botServer.js';
import { fill } from '../../src/kb/replies.js';
import { knowledge } from '../helpers/knowledge.js';

const server = useBotServer({ YIQI_TODAY: '2026-12-02' });
const kb = knowledge();
let n = 0;

/** A fresh conversation: `say` returns the text of every reply of the turn. */
function conversation(locale = 'zh-CN') {
  const id = `issue-14-${++n}`;
  const from = { id: `user-issue-14-${n}`, name: '企业用户' };
  const send = (text: string) => ask(server.bot.url, message(text, id, server.capture.url, { from, locale }));
  const say = async (text: string) => (await send(text)).map(replyText).join('\n');
  return { send, say };
}

const title = (id: string) => kb.measureById.get(id)!.title;

describe('several measures in one message', () => {
  it('我们想贷款，也想申请技改补贴: both halves, not only the 技术改造 card', async () => {
    const reply = await conversation().say('我们想贷款，也想申请技改补贴，有哪些政策');
    expect(reply).toContain(title('tech-retrofit'));
    expect(reply).toContain(title('seamless-renewal'));
    expect(reply).toContain(title('financing-access'));
    expect(reply).toContain('1000万元');
    expect(reply).not.toContain(kb.replies.ambiguous.prompt);
  });

  it('首贷和续贷分别是什么政策: a section for each', async () => {
    const reply = await conversation().say('首贷和续贷分别是什么政策');
    expect(reply).toContain(title('financing-access'));
    expect(reply).toContain(title('seamless-renewal'));
    expect(reply).toContain('1.2万亿元');
  });
});

describe('a part the measures do not cover, beside one they do', () => {
  it('有没有房租减免和算力券: says 房租减免 is outside the 28 measures and still answers 算力券', async () => {
    const reply = await conversation().say('有没有房租减免和算力券');
    expect(reply).toContain('“房租减免”');
    expect(reply).toContain(fill(kb.replies.several.notCovered, { label: '房租减免' }));
    expect(reply).toContain(title('ai-compute-voucher'));
    expect(reply).toContain('20%');
  });

  it('another region beside a measure: points to that region and answers the measure', async () => {
    const reply = await conversation().say('北京的补贴和上海的算力券');
    expect(reply).toContain(fill(kb.replies.several.otherRegion, { label: '北京的补贴', region: '北京' }));
    expect(reply).toContain(title('ai-compute-voucher'));
  });

  it('only uncovered parts: the one decline, no sections', async () => {
    const reply = await conversation().say('房租减免和专利年费');
    expect(reply).not.toContain(fill(kb.replies.several.intro, { count: 2 }));
  });
});

describe('comparisons', () => {
  it('智评券和算力券有什么区别: side by side with the difference, no bare choice', async () => {
    const reply = await conversation().say('智评券和算力券有什么区别');
    expect(reply).toContain(title('smart-manufacturing-voucher'));
    expect(reply).toContain(title('ai-compute-voucher'));
    expect(reply).toContain('5000万元');
    expect(reply).toContain('20%');
    expect(reply).toContain('区别');
    expect(reply).not.toContain(kb.replies.ambiguous.prompt);
  });

  it('哪个适合我 offers the eligibility check for both', async () => {
    const [card] = await conversation().send('研发投入奖励和AI算力券哪个更适合我');
    const offered = buttons(card!).filter((b) => b.data.action === 'eligibility');
    expect(offered.map((b) => b.data.id).sort()).toEqual(['ai-compute-voucher', 'rd-reward']);
  });
});

describe('lists filtered by today', () => {
  it('哪些措施已经过期了: the ended stage, not the whole overview', async () => {
    const reply = await conversation().say('哪些措施已经过期了');
    expect(reply).toContain(title('gov-procurement'));
    expect(reply).toContain('已结束');
    expect(reply).toContain('2023年12月31日');
    expect(reply).not.toContain(kb.replies.overview.prompt);
  });

  it('28条里面哪些现在还能申请: nothing undated is presented as still open', async () => {
    const reply = await conversation().say('28条里面哪些现在还能申请');
    expect(reply).toContain(kb.replies.statusList.noneInForce);
    expect(reply).toContain(kb.replies.statusList.undated);
    expect(reply).toContain(title('ai-compute-voucher'));
  });
});

describe('asking for a person', () => {
  it.each(['转人工', '人工客服', '我要投诉', '找真人', 'talk to a human', '轉人工', 'zhuanrengong'])(
    '%s: the human channels, never a measure card',
    async (text) => {
      const reply = await conversation().say(text);
      expect(reply).toContain('服务专员');
      expect(reply).not.toContain(title('ai-compute-voucher'));
      expect(reply).not.toContain(title('yiqifu-actions'));
    },
  );

  it('人工智能 stays AI', async () => {
    expect(await conversation().say('人工智能方面有什么政策')).toContain(title('ai-compute-voucher'));
  });

  it('two declines in a row offer a person', async () => {
    const c = conversation();
    const [first] = await c.send('怎么办理护照');
    expect(buttons(first!).some((b) => b.data.action === 'handoff')).toBe(false);
    const [second] = await c.send('驾照怎么换证');
    expect(buttons(second!).some((b) => b.data.action === 'handoff')).toBe(true);
    expect(replyText(second!)).toContain(kb.replies.person.offerText);
  });
});

describe('needs the measures cover only in part', () => {
  it('a restaurant under rent pressure: rent is not covered, the relief measures may help', async () => {
    const reply = await conversation().say('我是做餐饮的小店，疫情后生意不好，房租压力大，有什么帮扶');
    expect(reply).toContain('不在上海《若干措施》');
    expect(reply).toContain(title('relief-specialists'));
    expect(reply).toContain(title('job-stabilization'));
  });
});

describe('English in, English out', () => {
  it('How much is the R&D reward? is answered in English with the same figures', async () => {
    const reply = await conversation().say('How much is the R&D reward?');
    expect(reply).toContain(kb.en!.measureById.get('rd-reward')!.title);
    expect(reply).toContain('5%');
    expect(reply).toContain('500,000 yuan (最高50万元)');
    expect(reply).not.toContain(kb.replies.measure.factsHeading);
  });

  it('an en-* locale answers in English; a Chinese message in it is answered in Chinese', async () => {
    const c = conversation('en-GB');
    expect(await c.say('AI compute voucher')).toContain(kb.en!.measureById.get('ai-compute-voucher')!.title);
    expect(await c.say('AI算力券怎么申请')).toContain(kb.replies.measure.howToApplyHeading);
  });
});

describe('references to earlier replies', () => {
  it('金融方面有哪些措施 then 第二个呢: the second of that list', async () => {
    const c = conversation();
    await c.say('金融方面有哪些措施');
    const reply = await c.say('第二个呢');
    expect(reply).toContain(`第18项`);
    expect(reply).toContain(title('seamless-renewal'));
  });

  it('第8项 then 上一项呢: No. 7, by our numbering', async () => {
    const c = conversation();
    await c.say('第8项');
    const reply = await c.say('上一项呢');
    expect(reply).toContain('第7项');
    expect(reply).toContain(title('industry-elite'));
  });

  it('an amount in a follow-up is worked out with the rule and the arithmetic', async () => {
    const c = conversation();
    await c.say('研发投入奖励是什么');
    expect(await c.say('研发投入800万，能拿多少')).toContain('800万元 × 5% = 40万元');
    expect(await c.say('如果是1500万呢')).toContain('超过上限50万元');
  });
});

describe('why not', () => {
  it('names each unmet condition and what would change the outcome', async () => {
    const reply = await conversation().say(
      '我们不是高新技术企业，今年第一次进四上，去年研发投入600万，能拿研发投入奖励吗',
    );
    expect(reply).toContain(kb.replies.eligibility.outcome.notEligible);
    expect(reply).toContain(kb.replies.whyNot.unmetHeading);
    expect(reply).toContain('有效期内高新技术企业');
    // The issue's own words: “若为有效期内高新技术企业,则可…”.
    expect(reply).toContain('若为有效期内高新技术企业,则可');
  });
});

// EligibilityDialog with botbuilder-testing: every rule on both sides of its thresholds and caps,
// every input form, re-prompts, giving up, and interruptions that lose nothing.
import { describe, expect, it } from 'vitest';
import { EligibilityDialog } from '../../dialogs/EligibilityDialog.js';
import { flowClient } from '../helpers/dialogClient.js';
import { knowledge } from '../helpers/knowledge.js';

const eligibility = (measureId: string) =>
  flowClient((s, c, p) => new EligibilityDialog(s, c as never, p as never), { measureId });

/** Starts the flow (the first message only starts it) and answers in turn; returns the last reply. */
async function check(measureId: string, ...answers: string[]): Promise<{ last: string; all: string[] }> {
  const flow = eligibility(measureId);
  const all = await flow.say('开始', ...answers);
  return { last: all.at(-1) ?? '', all };
}

describe('EligibilityDialog: rd-reward (5% of last year’s R&D, capped at 50万元)', () => {
  it.each([
    ['600万', '600万元 × 5% = 30万元'],
    ['1000万', '1000万元 × 5% = 50万元'],
    ['2000万', '按50万元计'],
  ])('%s → %s', async (amount, expected) => {
    const { last } = await check('rd-reward', '是', '是', amount);
    expect(last).toContain('符合条件');
    expect(last).toContain(expected);
  });

  it.each(['600万', '六百万元', '6,000,000', '600万元', '0.06亿', '600w', '６００万'])(
    'reads the amount %s as 600万元',
    async (amount) => {
      const { last } = await check('rd-reward', '是', '是', amount);
      expect(last).toContain('= 30万元');
    },
  );

  it('is not eligible without high-tech status, names the condition, and does not ask the amount', async () => {
    const { last, all } = await check('rd-reward', '否', '是');
    expect(last).toContain('暂不符合');
    expect(last).toContain('高新技术企业');
    expect(all.join('\n')).not.toContain('研发投入是多少');
  });

  it.each([
    ['有', '没有'],
    ['yes', 'no'],
    ['對', '不是'],
    ['是的。', '否'],
  ])('reads yes/no as %s / %s', async (yes, no) => {
    const { last } = await check('rd-reward', yes, no);
    expect(last).toContain('暂不符合');
    expect(last).toContain('首次成为“四上”企业');
  });
});

describe('EligibilityDialog: tech-retrofit (municipal threshold lowered from 2000万元 to 1000万元)', () => {
  it('999万 does not reach the threshold', async () => {
    const { last } = await check('tech-retrofit', '999万');
    expect(last).toContain('暂不符合');
    expect(last).toContain('1000万元');
  });

  it.each(['1000万', '1500万', '1.5亿'])('%s meets the threshold', async (amount) => {
    const { last } = await check('tech-retrofit', amount);
    expect(last).not.toContain('暂不符合');
    expect(last).toContain('1000万元');
  });
});

describe('EligibilityDialog: other measures', () => {
  it('specialized-sme: a floor set by the district, said as 不低于', async () => {
    expect((await check('specialized-sme', '小巨人')).last).toContain('不低于30万元');
    expect((await check('specialized-sme', '2')).last).toContain('不低于10万元');
    expect((await check('specialized-sme', '都不是')).last).toContain('暂不符合');
  });

  it('takes a correction of an earlier answer given instead of the amount, and decides again', async () => {
    // 是 (rents in Shanghai for model R&D), then asked the contract fee, the user says what the compute is for.
    const { last, all } = await check('ai-compute-voucher', '是', '主要拿来跑客户的数据报表，再托管几个网站');
    expect(last).toContain('暂不符合');
    expect(last).toContain('核心算法');
    expect(all.join('\n')).not.toContain('请输入金额');
  });

  it('re-prompts an answer that only repeats a fact already given, instead of giving up', async () => {
    const { all } = await check('ai-compute-voucher', '是', '算力是在上海本地租的');
    expect(all.at(-1)).toContain('算力租用合同的费用是多少');
    expect(all.join('\n')).not.toContain('本次测算先结束');
    expect(all.join('\n')).not.toContain('暂不符合');
  });

  it('re-prompts an answer that neither answers the question nor states another fact', async () => {
    const { all } = await check('ai-compute-voucher', '是', '你好啊');
    expect(all.at(-1)).toContain('例如');
  });

  it('ai-compute-voucher: up to 20% of the contract fee', async () => {
    const { last } = await check('ai-compute-voucher', '是', '800万');
    expect(last).toContain('800万元 × 20% = 160万元');
    expect(last).toContain('最高');
    expect((await check('ai-compute-voucher', '否')).last).toContain('暂不符合');
  });

  it('gov-procurement: the stage ended on 2023-12-31, said without asking anything', async () => {
    const { last, all } = await check('gov-procurement');
    expect(last).toContain('已结束');
    expect(last).toContain('2023年12月31日');
    // The result alone: no intro promising questions when there are none to ask.
    expect(all).toHaveLength(1);
    expect(all[0]).not.toContain('需要回答几个简短的问题');
  });

  it('scale-up: output milestones get district support with no amount in the source', async () => {
    const { last } = await check('scale-up', '2');
    const kb = knowledge();
    expect(last).toContain(kb.replies.eligibility.outcome.possible);
    expect(last).not.toMatch(/\d+万元/);
  });
});

describe('EligibilityDialog: re-prompts and interruptions', () => {
  it('re-prompts with an example, then ends politely after three failures', async () => {
    const flow = eligibility('tech-retrofit');
    await flow.say('开始');
    const first = await flow.say('不知道');
    expect(first.join('\n')).toMatch(/例如/);
    await flow.say('很多');
    const last = await flow.say('反正挺多的');
    expect(last.join('\n')).toContain('连续几次没能识别');
  });

  it('取消 ends the flow and keeps the answers for next time', async () => {
    const flow = eligibility('rd-reward');
    await flow.say('开始', '是');
    const cancelled = await flow.say('取消');
    expect(cancelled.join('\n')).toContain('已取消');
  });

  it('reads what an answer states besides the question asked, correcting a fact read from the request', async () => {
    const flow = flowClient((s, c, p) => new EligibilityDialog(s, c as never, p as never), {
      measureId: 'rd-reward',
      facts: { 'first-time-sishang': true },
    });
    await flow.say('开始');
    const last = (await flow.say('高企证书有效期到2027年，不过我们2021年就已经是四上企业了')).join('\n');
    expect(last).toContain('暂不符合');
    expect(last).toContain('首次成为“四上”企业');
    expect(last).not.toContain('研发投入是多少');
  });

  it('转人工 mid-check ends the flow and says where people help, instead of asking again', async () => {
    const flow = eligibility('rd-reward');
    await flow.say('开始');
    const person = (await flow.say('这些问题我答不上来，直接帮我转人工吧')).join('\n');
    expect(person).toContain('服务专员');
    expect(person).not.toContain('请回答');
    // The flow is over: the next message is a question of its own, not an answer.
    expect((await flow.say('是')).join('\n')).not.toContain('首次成为');
  });

  it('a person asked beside a leading 行 ends the flow, not read as 是', async () => {
    const flow = eligibility('rd-reward');
    await flow.say('开始');
    const person = (await flow.say('行 材料能不能找个人帮我整理')).join('\n');
    expect(person).toContain('服务专员');
    expect(person).not.toContain('研发投入是多少');
  });

  it('a follow-up without a measure asked mid-check is about the measure being checked', async () => {
    const flow = eligibility('rd-reward');
    await flow.say('开始');
    const reply = (await flow.say('最多给多少')).join('\n');
    expect(reply).toContain('研发投入奖励');
    expect(reply).toContain('50万元');
    expect(reply).not.toContain('AI算力券');
  });

  it('帮助 explains and asks the same question again', async () => {
    const flow = eligibility('rd-reward');
    await flow.say('开始');
    const help = await flow.say('帮助');
    expect(help.join('\n')).toContain('请直接回答上面的问题');
    expect(help.at(-1)).toContain('高新技术企业');
  });

  it('a term or a measure question is answered, then the flow resumes with nothing lost', async () => {
    const flow = eligibility('rd-reward');
    await flow.say('开始', '是');
    const term = await flow.say('什么是四上');
    expect(term.join('\n')).toContain('“四上”企业是统计上的说法');
    expect(term.at(-1)).toContain('首次成为“四上”企业');
    const measure = await flow.say('AI算力券是啥');
    expect(measure.join('\n')).toContain('第8项');
    expect(measure.join('\n')).toContain('要继续刚才的测算吗');
    const result = await flow.say('是', '600万');
    expect(result.at(-1)).toContain('600万元 × 5% = 30万元');
  });

  it('重新开始 starts over from the first question', async () => {
    const flow = eligibility('rd-reward');
    await flow.say('开始', '是');
    const again = await flow.say('重新开始');
    expect(again.join('\n')).toContain('重新开始');
    expect(again.at(-1)).toContain('高新技术企业');
  });
});

// The answers a message states without being asked, from the phrases of knowledge/eligibility.yaml:
// a recognition still pending (还在申报, 还在公示, 没批下来, haven't been recognised) is not yet held,
// 2021年就进四上 is not the first time, and where the computing power is rented or what it runs says
// whether the AI compute voucher's condition is met.
import { describe, expect, it } from 'vitest';
import { readStatedFacts } from '../../src/eligibility/statedFacts.js';
import { knowledge } from '../helpers/knowledge.js';

const facts = (text: string) => readStatedFacts(text, knowledge().questions);

describe('facts stated in a message', () => {
  it('does not join two things across a “but” (是科技型中小企业，但没做过成果转化认定)', () => {
    expect(facts('我们是科技型中小企业，但没做过成果转化认定，那个加计30%能拿吗')).toMatchObject({
      'is-tech-sme': true,
      'has-transfer-recognition': false,
    });
    // Across plain commas a phrase with a gap still reads: the recognition is pending.
    expect(facts('高企今年报上去了，还在评审，结果没下来')['is-high-tech']).toBe(false);
  });

  it('reads the amount stated before a spaced dash, not the arithmetic after it', () => {
    expect(facts('Last year our R&D expense was about 12 million RMB - so 5% means 600k for us?')).toEqual({
      'rd-last-year': 12_000_000,
    });
    // A clause that is only what the enterprise is (高企，…) says “we are”; 第一次成四上 is the first time.
    expect(facts('高企，今年第一次成四上，去年研发一千二百万，研发奖励能拿多少')).toEqual({
      'is-high-tech': true,
      'first-time-sishang': true,
      'rd-last-year': 12_000_000,
    });
    expect(facts('高企')).toEqual({});
    expect(facts('我们不是第一次成四上')['first-time-sishang']).toBe(false);
    expect(facts('证书在有效期内，不过进四上已经是第三年了')['first-time-sishang']).toBe(false);
    expect(facts("we don't have high-tech enterprise status")['is-high-tech']).toBe(false);
    // R&D written into Chinese (去年R&D投入是650万) is 研发.
    expect(facts('我们去年R&D投入是650万，能拿多少')).toEqual({ 'rd-last-year': 6_500_000 });
  });

  it('reads an amount beside a thousands separator or a spoken 一下', () => {
    expect(
      facts('经财务核算，本公司技改项目总投资为6,500,000.00元，是否达到门槛')['retrofit-investment'],
    ).toBe(6_500_000);
    expect(facts('今年准备花900万把冲压线改造一下')['retrofit-investment']).toBe(9_000_000);
  });

  it('reads an output below every tier as none of the tiers, and a higher one as nothing', () => {
    expect(facts('我们是先进制造业企业，工业产值今年8个亿')['scale-status']).toBe('none');
    expect(facts('我们是先进制造业企业，工业产值今年12个亿')['scale-status']).toBeUndefined();
    expect(facts('今年营收8个亿')['scale-status']).toBeUndefined();
    // The tier quoted in the question does not outweigh the output stated below it.
    expect(
      facts('我们是先进制造业企业，去年工业产值980,000,000元，工业产值首次突破10亿那档的支持我们能申请吗')[
        'scale-status'
      ],
    ).toBe('none');
  });

  it.each([
    ['我们高企认定还在公示，证书没下来', 'is-high-tech', false],
    ['We have never been certified as a high-tech enterprise.', 'is-high-tech', false],
    ['我们是有效期内的高企', 'is-high-tech', true],
    ['我们2021年就进四上了', 'first-time-sishang', false],
    ['今年第一次进四上', 'first-time-sishang', true],
    ['专精特新我们还在申报 没批下来', 'specialized-status', 'none'],
    ["We haven't been recognised as a 专精特新 SME yet.", 'specialized-status', 'none'],
    ['我们已经是专精特新中小企业了，但小巨人去年没评上', 'specialized-status', 'none'],
    ['我们是新认定的专精特新', 'specialized-status', 'new-sme'],
    ['不过我们没有评过高新技术企业', 'is-high-tech', false],
    ['我们没有申请过专精特新认定', 'specialized-status', 'none'],
    ['我们的算力是租在深圳的', 'rents-compute', false],
    ['在上海租了算力，不过只是给客服机器人跑线上推理', 'rents-compute', false],
    ['我们在上海租了算力训练模型', 'rents-compute', true],
    [
      'our high-tech cert is still valid and we became a 四上 enterprise for the first time',
      'first-time-sishang',
      true,
    ],
    [
      'our high-tech cert is still valid and we became a 四上 enterprise for the first time',
      'is-high-tech',
      true,
    ],
    ['租的是上海本地的算力 但主要用来给客户批量出营销海报 没有自己训模型', 'rents-compute', false],
    // Any region other than Shanghai (租…〈外地〉 in eligibility.yaml).
    ['我们租的杭州那边的gpu 做大模型训练', 'rents-compute', false],
    ['本公司的算力是向新竹的机房租用，用途是影像辨识模型研发', 'rents-compute', false],
    ['我们是大企业不是中小企业', 'is-tech-sme', false],
    [
      '本公司早在2018年即获认定为专精特新中小企业，还能申领对新认定专精特新中小企业的奖励吗',
      'specialized-status',
      'none',
    ],
    ['我们刚认定专精特新，还没评上小巨人', 'specialized-status', 'new-sme'],
    // Two phrases from the same place: the longer says more.
    ['我们刚被认定为专精特新小巨人，区里奖励多少', 'specialized-status', 'new-giant'],
    ['我们厂2020年就被认定为专精特新小巨人了', 'specialized-status', 'none'],
    ['还没被认定过专精特新，更不是小巨人', 'specialized-status', 'none'],
    ['我们2018年就是规上企业了，一直在四上名录里', 'first-time-sishang', false],
    ['高企证书在有效期', 'is-high-tech', true],
    ['我们没有高企资质，2021年就已经是四上了', 'is-high-tech', false],
    ['高企还没评下来，明年才报', 'is-high-tech', false],
    ['我们是做管理咨询的服务业公司，不是工业企业，也没有生产线', 'is-guishang-industrial', false],
    ['我们规上五六年了，高企也在有效期', 'first-time-sishang', false],
    ['我们规上五六年了，高企也在有效期', 'is-high-tech', true],
    ['高企，今年第一次上规', 'first-time-sishang', true],
    [
      'Valid high-tech enterprise, became above-designated-size for the first time this year',
      'first-time-sishang',
      true,
    ],
    ['We became a four-above (四上) enterprise for the first time this year.', 'first-time-sishang', true],
    ['2020年进过一次四上，2022年掉出去了，今年又重新进了四上', 'first-time-sishang', false],
    // Typed pinyin is read by sound.
    ['women bushi gaoqi neng na yanfa touru jiangli ma', 'is-high-tech', false],
    ['women jinnian hai bu shi zhuanjingtexin, na ge jiangli neng na ma', 'specialized-status', 'none'],
  ])('%s → %s = %s', (text, question, value) => {
    expect(facts(text)[question]).toBe(value);
  });
});

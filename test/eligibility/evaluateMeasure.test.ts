// The rules of the real knowledge base on both sides of every threshold and cap, the amounts and
// their arithmetic, and the dates: a 2023 stage has ended on 2026-11-26 but not on 2023-06-01.
import { describe, expect, it } from 'vitest';
import { evaluateMeasure, formatYuan } from '../../src/eligibility/evaluateMeasure.js';
import type { Answers } from '../../src/eligibility/parseAnswer.js';
import type { Measure } from '../../src/kb/schema.js';
import { knowledge } from '../helpers/knowledge.js';

const TODAY = '2026-11-26';

function measure(id: string): Measure {
  const found = knowledge().measureById.get(id);
  if (!found) throw new Error(`No measure "${id}"`);
  return found;
}

function evaluate(id: string, answers: Answers, today: Date | string = TODAY) {
  return evaluateMeasure(measure(id), answers, today, knowledge());
}

describe('formatYuan', () => {
  it.each([
    [300_000, '30万元'],
    [150_000_000, '1.5亿元'],
    [6000, '6000元'],
    [12_345_678, '1234.5678万元'],
    [123_456_789, '12345.6789万元'],
    [10_000, '1万元'],
    [100_000_000, '1亿元'],
    [500_000, '50万元'],
    [1_600_000, '160万元'],
    [617_283.9, '61.72839万元'],
    [0, '0元'],
    [0.5, '0.5元'],
  ])('writes %d as %s, exactly', (yuan, text) => {
    expect(formatYuan(yuan)).toBe(text);
  });
});

describe('rd-reward: 5% of last year’s R&D, at most 50万元, for high-tech enterprises first in “四上”', () => {
  const qualified = { 'is-high-tech': true, 'first-time-sishang': true };

  it('gives 30万元 for 600万元, with the arithmetic', () => {
    const result = evaluate('rd-reward', { ...qualified, 'rd-last-year': 6_000_000 });
    expect(result.outcome).toBe('eligible');
    expect(result.unanswered).toEqual([]);
    expect(result.benefit).toMatchObject({
      kind: 'percent-of',
      amountYuan: 300_000,
      amountText: '30万元',
      arithmetic: '600万元 × 5% = 30万元',
      capped: false,
      upTo: false,
    });
  });

  it('gives exactly the cap, 50万元, for 1000万元, without calling it capped', () => {
    const result = evaluate('rd-reward', { ...qualified, 'rd-last-year': 10_000_000 });
    expect(result.benefit).toMatchObject({
      amountYuan: 500_000,
      arithmetic: '1000万元 × 5% = 50万元',
      capped: false,
    });
  });

  it('caps 2000万元 × 5% = 100万元 at 50万元 and says so', () => {
    const result = evaluate('rd-reward', { ...qualified, 'rd-last-year': 20_000_000 });
    expect(result.benefit).toMatchObject({
      amountYuan: 500_000,
      amountText: '50万元',
      arithmetic: '2000万元 × 5% = 100万元,超过上限50万元,按50万元计',
      capped: true,
    });
  });

  it('is not eligible when not a high-tech enterprise, naming that condition', () => {
    const result = evaluate('rd-reward', { 'is-high-tech': false });
    expect(result.outcome).toBe('not-eligible');
    expect(result.reason).toContain('高新技术企业');
    expect(result.benefit).toBeUndefined();
  });

  it('is not eligible when not first in “四上”, naming that condition', () => {
    const result = evaluate('rd-reward', { 'is-high-tech': true, 'first-time-sishang': false });
    expect(result.outcome).toBe('not-eligible');
    expect(result.reason).toContain('首次成为“四上”企业');
  });

  it('is not eligible when not first in “四上”, whatever the unanswered high-tech question', () => {
    const result = evaluate('rd-reward', { 'first-time-sishang': false });
    expect(result.outcome).toBe('not-eligible');
    expect(result.reason).toContain('首次成为“四上”企业');
    expect(result.unanswered).toEqual([]);
  });

  it('is unknown, listing what is missing, before the conditions are answered', () => {
    expect(evaluate('rd-reward', {})).toMatchObject({
      outcome: 'unknown',
      unanswered: ['is-high-tech', 'first-time-sishang'],
    });
    expect(evaluate('rd-reward', { 'is-high-tech': true })).toMatchObject({
      outcome: 'unknown',
      unanswered: ['first-time-sishang'],
    });
  });

  it('stays eligible without an amount when the R&D spending is not given, and lists it as missing', () => {
    const result = evaluate('rd-reward', qualified);
    expect(result.outcome).toBe('eligible');
    expect(result.unanswered).toEqual(['rd-last-year']);
    expect(result.benefit?.amountYuan).toBeUndefined();
    expect(result.benefit?.text).toContain('最高50万元');
  });
});

describe('tech-retrofit: the municipal threshold of 1000万元 (lowered from 2000万元)', () => {
  it('does not reach the threshold at 999万元, and names it', () => {
    const result = evaluate('tech-retrofit', { 'retrofit-investment': 9_990_000 });
    expect(result.outcome).toBe('not-eligible');
    expect(result.reason).toContain('1000万元');
  });

  it.each([10_000_000, 15_000_000])(
    'meets the threshold at %d元: possible, the department decides',
    (yuan) => {
      const result = evaluate('tech-retrofit', { 'retrofit-investment': yuan });
      expect(result.outcome).toBe('possible');
      expect(result.reason).toContain('从2000万元降至1000万元');
      expect(result.reason).toContain('申报通知');
      expect(result.benefit).toMatchObject({ kind: 'unspecified' });
      expect(result.benefit?.amountYuan).toBeUndefined();
    },
  );

  it('reads no project (0) as below the threshold', () => {
    expect(evaluate('tech-retrofit', { 'retrofit-investment': 0 }).outcome).toBe('not-eligible');
  });
});

describe('specialized-sme: district rewards with a floor', () => {
  it('gives a new 小巨人 a reward of 不低于30万元 — a floor, not a cap', () => {
    const result = evaluate('specialized-sme', { 'specialized-status': 'new-giant' });
    expect(result.outcome).toBe('eligible');
    expect(result.benefit).toMatchObject({ kind: 'floor', amountYuan: 300_000, amountText: '不低于30万元' });
    expect(result.benefit?.text).toContain('不低于30万元');
    expect(result.benefit?.text).not.toMatch(/最高|上限为/);
  });

  it('gives a new 专精特新 SME a reward of 不低于10万元', () => {
    const result = evaluate('specialized-sme', { 'specialized-status': 'new-sme' });
    expect(result.benefit).toMatchObject({ kind: 'floor', amountYuan: 100_000, amountText: '不低于10万元' });
    expect(result.benefit?.text).toContain('不低于10万元');
  });

  it('is not eligible for neither', () => {
    expect(evaluate('specialized-sme', { 'specialized-status': 'none' }).outcome).toBe('not-eligible');
  });
});

describe('scale-up: support without an amount in the source', () => {
  it('supports a 小升规 enterprise buying services, without a figure', () => {
    const result = evaluate('scale-up', { 'scale-status': 'xiaoshenggui' });
    expect(result.outcome).toBe('eligible');
    expect(result.benefit?.kind).toBe('unspecified');
    expect(result.benefit?.text).toContain('数字化管理、技术创新、法律咨询、检验检测');
    expect(result.benefit?.amountYuan).toBeUndefined();
  });

  it('leaves the output milestones to the districts (鼓励各区给予支持) and says there is no amount', () => {
    const result = evaluate('scale-up', { 'scale-status': 'output-milestone' });
    expect(result.outcome).toBe('possible');
    expect(result.reason).toContain('鼓励各区给予支持');
    expect(result.benefit?.text).toContain('未给出金额');
  });

  it('is not eligible for neither', () => {
    expect(evaluate('scale-up', { 'scale-status': 'none' }).outcome).toBe('not-eligible');
  });
});

describe('ai-compute-voucher: up to 20% of the contract', () => {
  it('gives 最高160万元 for a contract of 800万元', () => {
    const result = evaluate('ai-compute-voucher', { 'rents-compute': true, 'compute-contract': 8_000_000 });
    expect(result.outcome).toBe('eligible');
    expect(result.benefit).toMatchObject({
      kind: 'percent-of',
      upTo: true,
      amountYuan: 1_600_000,
      amountText: '最高160万元',
      arithmetic: '最高可按合同费用20%支持:800万元 × 20% = 160万元',
      capped: false,
    });
  });

  it('has no cap, since the source gives none, and says so', () => {
    const result = evaluate('ai-compute-voucher', { 'rents-compute': true, 'compute-contract': 500_000_000 });
    expect(result.benefit).toMatchObject({ amountYuan: 100_000_000, capped: false });
    expect(result.reason).toContain('未给出单家企业的金额上限');
  });

  it('is not eligible without renting Shanghai computing power', () => {
    expect(evaluate('ai-compute-voucher', { 'rents-compute': false }).outcome).toBe('not-eligible');
  });
});

describe('smart-manufacturing-voucher, financing-guarantee and seamless-renewal: possible, no amount', () => {
  it('points a 规上工业企业 to the 智评券 with the fund and the 2023 target, not an amount per enterprise', () => {
    const result = evaluate('smart-manufacturing-voucher', { 'is-guishang-industrial': true });
    expect(result.outcome).toBe('possible');
    expect(result.reason).toContain('智能制造成熟度能力评估诊断服务');
    expect(result.reason).toContain('3000家');
    expect(result.benefit?.text).toContain('5000万元');
    expect(result.benefit?.amountYuan).toBeUndefined();
  });

  it('gives an enterprise that needs financing the average guarantee fee rate of 1%(含)以下', () => {
    const result = evaluate('financing-guarantee', { 'needs-financing': true });
    expect(result.outcome).toBe('possible');
    expect(result.reason).toContain('平均担保费率保持1%(含)以下');
    expect(evaluate('financing-guarantee', { 'needs-financing': false }).outcome).toBe('not-eligible');
  });

  it('points an enterprise that needs financing to seamless renewal, saying the figures are city-wide', () => {
    const result = evaluate('seamless-renewal', { 'needs-financing': true });
    expect(result.outcome).toBe('possible');
    expect(result.reason).toContain('全市目标');
  });
});

describe('gov-procurement: a stage that ran to the end of 2023', () => {
  it('has ended on 2026-11-26, saying which stage ended when', () => {
    const result = evaluate('gov-procurement', { 'bids-public-projects': true }, '2026-11-26');
    expect(result.outcome).toBe('ended');
    expect(result.reason).toContain('预留份额阶段性提高至40%以上');
    expect(result.reason).toContain('已于2023年12月31日结束');
    expect(result.benefit).toBeUndefined();
  });

  it('has ended whatever the answers, even with none', () => {
    expect(evaluate('gov-procurement', {}, '2024-01-01').outcome).toBe('ended');
  });

  it('applies on 2023-06-01 to an enterprise that bids for public works', () => {
    const result = evaluate('gov-procurement', { 'bids-public-projects': true }, '2023-06-01');
    expect(result.outcome).toBe('eligible');
    expect(result.reason).toContain('延续到2023年底');
  });

  it('applies on its last day, 2023-12-31, also given as a Date in Shanghai time', () => {
    expect(evaluate('gov-procurement', { 'bids-public-projects': true }, '2023-12-31').outcome).toBe(
      'eligible',
    );
    const lastMinute = new Date('2023-12-31T15:59:00Z');
    expect(evaluate('gov-procurement', { 'bids-public-projects': true }, lastMinute).outcome).toBe(
      'eligible',
    );
  });

  it('does not apply on 2023-06-01 to an enterprise that does not bid', () => {
    expect(evaluate('gov-procurement', { 'bids-public-projects': false }, '2023-06-01').outcome).toBe(
      'not-eligible',
    );
  });
});

describe('universal measures', () => {
  it.each(['spring-rain-tax', 'job-stabilization', 'relief-specialists', 'service-network'])(
    '%s applies to every enterprise, with no question',
    (id) => {
      expect(measure(id).eligibility?.scope).toBe('universal');
      const result = evaluate(id, {});
      expect(result.outcome).toBe('eligible');
      expect(result.unanswered).toEqual([]);
      expect(result.benefit?.kind).toBe('unspecified');
    },
  );
});

describe('a measure without rules', () => {
  it('is unknown, not eligible by default', () => {
    const withoutRules: Measure = { ...measure('rd-reward'), eligibility: undefined };
    const result = evaluateMeasure(withoutRules, {}, TODAY, knowledge());
    expect(result.outcome).toBe('unknown');
    expect(result.benefit).toBeUndefined();
  });
});

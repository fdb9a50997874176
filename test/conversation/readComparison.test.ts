// A comparison's two sides are found part by part; what the enterprise says it is (我们是规上汽配厂)
// is background and gives a side only when the options themselves do not name two.
import { describe, expect, it } from 'vitest';
import { readComparison } from '../../src/conversation/readComparison.js';
import { knowledge, searchEngine } from '../helpers/knowledge.js';

const sidesOf = (text: string) =>
  readComparison(text, searchEngine(), knowledge(), {})?.pair.map((m) => m.id);

describe('reading a comparison', () => {
  it('compares the two options, not what the enterprise says it is', () => {
    expect(
      sidesOf(
        '我们是规上汽配厂，打算搞智能化改造。是先用智评券做个评估，还是直接报市级技改专项，哪个更合适？',
      ),
    ).toEqual(['smart-manufacturing-voucher', 'tech-retrofit']);
  });

  it('takes a side from the self-description when the options name only one', () => {
    expect(sidesOf('我们是刚升规的企业，和研发投入奖励比哪个更适合')).toEqual(['rd-reward', 'scale-up']);
  });

  it('reads the plain forms', () => {
    expect(sidesOf('智评券和算力券有什么区别')).toEqual([
      'smart-manufacturing-voucher',
      'ai-compute-voucher',
    ]);
    expect(sidesOf('智评券怎么申请')).toBeUndefined();
  });
});

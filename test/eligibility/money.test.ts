// Amounts in English with the Chinese form beside them, so the figure is visibly the source's;
// in Chinese, exactly as before (formatYuan for amounts in 元, the source's own form otherwise).
import { describe, expect, it } from 'vitest';
import { englishNumber, formatAmount, formatYuan } from '../../src/eligibility/money.js';

describe('formatAmount', () => {
  it.each([
    [50, '万元', '500,000 yuan (50万元)', '50万元'],
    [300_000, '元', '300,000 yuan (30万元)', '30万元'],
    [6_000_000, '元', '6,000,000 yuan (600万元)', '600万元'],
    [150_000_000, '元', '150,000,000 yuan (1.5亿元)', '1.5亿元'],
    [10, '亿元', '1 billion yuan (10亿元)', '10亿元'],
    [100, '亿元', '10 billion yuan (100亿元)', '100亿元'],
    [1.1, '万亿元', '1.1 trillion yuan (1.1万亿元)', '1.1万亿元'],
    [1.2, '万亿元', '1.2 trillion yuan (1.2万亿元)', '1.2万亿元'],
    [5000, '万元', '50,000,000 yuan (5000万元)', '5000万元'],
    [6000, '元', '6,000 yuan', '6000元'],
    [617_283.9, '元', '617,283.9 yuan (61.72839万元)', '61.72839万元'],
    [0.5, '元', '0.5 yuan', '0.5元'],
    [0, '元', '0 yuan', '0元'],
  ] as const)('%d %s reads “%s” in English and “%s” in Chinese', (value, unit, english, chinese) => {
    expect(formatAmount(value, unit, 'en')).toBe(english);
    expect(formatAmount(value, unit, 'zh')).toBe(chinese);
  });

  it('writes an amount in 元 in Chinese exactly as formatYuan does', () => {
    for (const yuan of [0, 0.5, 6000, 300_000, 1_600_000, 12_345_678, 123_456_789, 100_000_000])
      expect(formatAmount(yuan, '元', 'zh')).toBe(formatYuan(yuan));
  });
});

describe('englishNumber', () => {
  it.each([
    [1234567, '1,234,567'],
    [999_999_999, '999,999,999'],
    [1_000_000_000, '1 billion'],
    [1_234_567_891, '1,234,567,891'],
    [2_000_000_000_000, '2 trillion'],
    [-300_000, '-300,000'],
    [12.05, '12.05'],
  ])('%d → %s, never rounded', (n, text) => {
    expect(englishNumber(n)).toBe(text);
  });
});

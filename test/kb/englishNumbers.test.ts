// Every English text of the knowledge base states exactly the figures of its Chinese counterpart —
// amounts with their scale, percentages, years and days — so an English answer can never carry a
// figure the source does not print. Also: the real base has all its English, and the comparison
// itself catches a single changed English figure anywhere in the base.
import { describe, expect, it } from 'vitest';
import { knowledge } from '../helpers/knowledge.js';
import { englishPairs } from './helpers/englishPairs.js';
import { sameFigures, statedNumbers } from './helpers/statedNumbers.js';

const kb = knowledge();
const pairs = englishPairs(kb);

describe('the figures a text states', () => {
  it.each([
    ['50万元', '500,000 yuan', ['number 500000']],
    ['1.1万亿元', '1.1 trillion yuan', ['number 1100000000000']],
    ['100亿元以上', '10 billion yuan or more', ['number 10000000000']],
    ['2万家以上', '20,000 or more', ['number 20000']],
    ['3千人', '3 thousand people', ['number 3000']],
    ['最高按合同费用20%', 'up to 20 per cent of the contract', ['percent 20']],
    ['2023年12月31日', '31 December 2023', ['day 2023-12-31']],
    ['2023年12月31日', 'December 31, 2023', ['day 2023-12-31']],
    ['5月17日', '17 May', ['day 05-17']],
    ['2023年5月', 'May 2023', ['month 2023-05']],
    ['2023年底', 'the end of 2023', ['number 2023']],
    ['第8项', 'No. 8', ['number 8']],
    ['60万', '600k and 0.6m', ['number 600000']],
  ])('%s and %s', (zh, en, figures) => {
    expect(statedNumbers(zh)).toEqual(figures);
    expect(new Set(statedNumbers(en))).toEqual(new Set(figures));
  });

  it('skips {placeholders} and number words on either side', () => {
    expect(statedNumbers('第{number}项,六个方面')).toEqual([]);
    expect(statedNumbers('No. {number}, in six areas, one-off')).toEqual([]);
  });

  it('counts a Chinese gloss right after the same English figures once, and a different one twice', () => {
    expect(
      sameFigures('600万元 × 5% = 30万元', '6,000,000 yuan (600万元) × 5% = 300,000 yuan (30万元)').same,
    ).toBe(true);
    expect(sameFigures('保持1%(含)以下', 'kept at 1% or less (保持1%(含)以下)').same).toBe(true);
    expect(sameFigures('不低于10万元', 'at least 200,000 yuan (不低于10万元)').same).toBe(false);
    expect(sameFigures('不低于10万元', 'at least 100,000 yuan (不低于10万元) and 100,000 yuan').same).toBe(
      false,
    );
  });

  it('fails on an Arabic number on one side only', () => {
    expect(sameFigures('六个方面28项措施', 'six areas').same).toBe(false);
    expect(sameFigures('六个方面', '6 areas').same).toBe(false);
    expect(sameFigures('今年', 'this year (2023)').same).toBe(false);
  });
});

describe('the English of the knowledge base', () => {
  it('is complete: every Chinese text has its English', () => {
    expect(kb.en).toBeDefined();
    expect(pairs.length).toBeGreaterThan(700);
    expect(pairs.filter((p) => p.en === undefined).map((p) => p.where)).toEqual([]);
  });

  it.each(pairs.map((p) => [p.where, p] as const))('%s states the figures of the Chinese', (_where, pair) => {
    const result = sameFigures(pair.zh, pair.en ?? '');
    expect(result.en, `Chinese: ${pair.zh}\nEnglish: ${pair.en}`).toEqual(result.zh);
  });

  it('would catch any single English figure changed, anywhere in the base', () => {
    const uncaught: string[] = [];
    let changes = 0;
    for (const pair of pairs) {
      const en = pair.en ?? '';
      for (const { index } of en.matchAll(/\d/g)) {
        const digit = Number(en[index]);
        const changed = `${en.slice(0, index)}${(digit + 1) % 10}${en.slice(index + 1)}`;
        changes += 1;
        if (sameFigures(pair.zh, changed).same) uncaught.push(`${pair.where}: ${changed}`);
      }
    }
    expect(changes).toBeGreaterThan(300);
    expect(uncaught).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { singular, tokenize } from '../../src/search/tokenize.js';
import { splitPinyinWord } from '../../src/search/pinyinSequence.js';
import { parseSmallNumber } from '../../src/search/chineseNumber.js';

describe('tokenize', () => {
  it('cuts Han text into bigrams and keeps Latin words and numbers', () => {
    expect(tokenize('无缝续贷')).toEqual(['无缝', '缝续', '续贷']);
    expect(tokenize('ai算力券 20%')).toEqual(['ai', '算力', '力券', '#20%']);
  });

  it('drops question framing and function words that name no topic', () => {
    expect(tokenize('怎么申请')).toEqual([]);
    expect(tokenize('the policy for smes')).toEqual([]);
  });
});

describe('singular', () => {
  it.each([
    ['vouchers', 'voucher'],
    ['subsidies', 'subsidy'],
    ['taxes', 'tax'],
    ['centres', 'centre'],
    ['process', 'process'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['ipo', 'ipo'],
  ])('%s → %s', (word, one) => {
    expect(singular(word)).toBe(one);
  });

  it('lets a plural in a question meet a singular in a text', () => {
    expect(tokenize('technology centres')).toEqual(tokenize('technology centre'));
  });
});

describe('splitPinyinWord', () => {
  it('splits pinyin typed without an IME into syllables', () => {
    expect(splitPinyinWord('zhipingquan')).toEqual(['zhi', 'ping', 'quan']);
    expect(splitPinyinWord('chunyurunmiao')).toEqual(['chun', 'yu', 'run', 'miao']);
  });

  it('prefers a consonant start inside a word (wen gang, not weng ang)', () => {
    expect(splitPinyinWord('wengang')).toEqual(['wen', 'gang']);
  });

  it('says when a word is not pinyin', () => {
    expect(splitPinyinWord('compute')).toBeUndefined();
    expect(splitPinyinWord('ipo')).toBeUndefined();
  });
});

describe('parseSmallNumber', () => {
  it('reads Arabic and Chinese numerals below 100', () => {
    expect(parseSmallNumber('8')).toBe(8);
    expect(parseSmallNumber('八')).toBe(8);
    expect(parseSmallNumber('十二')).toBe(12);
    expect(parseSmallNumber('二十八')).toBe(28);
    expect(parseSmallNumber('两')).toBe(2);
    expect(parseSmallNumber('十十')).toBeUndefined();
  });
});

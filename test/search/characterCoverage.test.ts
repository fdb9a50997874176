import { describe, expect, it } from 'vitest';
import { characterCoverage, type CoverageLexicon } from '../../src/search/characterCoverage.js';

// A toy vocabulary: the judged measure knows 上市, another measure knows 贷款; 多少 and 支持 frame a question.
const lexicon: CoverageLexicon = {
  known: (t) => ['上市', '贷款', 'ipo'].includes(t),
  inTop: (t) => ['上市', 'ipo'].includes(t),
  neutral: (t) => ['多少', '支持', 'the'].includes(t),
};
const cover = (q: string, spans: { start: number; end: number; top: boolean }[] = []) =>
  characterCoverage([...q], spans, lexicon);

describe('characterCoverage', () => {
  it('does not count the frame of a sentence against the measure', () => {
    // 小公司想…有支持吗: asker, glue and function characters; only 上市 is content.
    expect(cover('小公司想上市有支持吗')).toEqual({ covered: 1, unknown: 0 });
  });

  it('counts content another measure explains as neither covered nor unknown', () => {
    expect(cover('上市贷款')).toEqual({ covered: 0.5, unknown: 0 });
  });

  it('counts characters no measure knows as unknown', () => {
    expect(cover('上市公积金')).toEqual({ covered: 0.4, unknown: 0.6 });
  });

  it('takes spans (names, synonyms) as explained, by the measure or by another', () => {
    expect(cover('驾照上市', [{ start: 0, end: 2, top: true }])).toEqual({ covered: 1, unknown: 0 });
    expect(cover('驾照上市', [{ start: 0, end: 2, top: false }])).toEqual({ covered: 0.5, unknown: 0 });
  });

  it('counts a Latin word as one character, and skips neutral ones', () => {
    expect(cover('the ipo passport')).toEqual({ covered: 0.5, unknown: 0.5 });
  });

  it('gives zeros, not NaN, when nothing is content', () => {
    expect(cover('多少?')).toEqual({ covered: 0, unknown: 0 });
  });
});

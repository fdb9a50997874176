// The synonym expander: variants read as their canonical term, found with adverbs inside them
// (贷款下个月就到期) and, for a variant with a gap (社保…开销), with a few words of the same clause between.
import { describe, expect, it } from 'vitest';
import { SynonymExpander } from '../../src/search/expandSynonyms.js';

describe('SynonymExpander', () => {
  const expander = new SynonymExpander([
    { canonical: '续贷', variants: ['贷款下个月到期', '贷款…到期'] },
    { canonical: '社会保险费率', variants: ['社保…开销'] },
  ]);
  const canonicals = (text: string) => [...new Set(expander.find(text).map((h) => h.canonical))];

  it('steps over an adverb inside a variant', () => {
    expect(canonicals('贷款下个月就到期了')).toEqual(['续贷']);
  });

  it('reads a gap as a few characters of the same clause, not across a comma', () => {
    expect(canonicals('员工的社保又是一大块开销')).toEqual(['社会保险费率']);
    expect(canonicals('银行那笔贷款明年初到期')).toEqual(['续贷']);
    expect(canonicals('社保不高，水电开销大')).toEqual([]);
    expect(canonicals('社保这一块每个月都要交不少的钱然后才是开销')).toEqual([]);
  });

  it('says where a gapped variant was found, in characters', () => {
    const [hit] = expander.find('我们社保开销大');
    expect(hit).toMatchObject({ start: 2, end: 6 });
  });
});

// Terms found by sound: homophone typos and typed pinyin meet a Chinese term; one syllable is not
// enough; Latin terms are left out; only the typed part of a question counts. Through the engine: a
// question otherwise declined names the uncovered topic it sounds like, and an answer is never
// displaced by a sound-alike.
import { describe, expect, it } from 'vitest';
import { pinyinSequence } from '../../src/search/pinyinSequence.js';
import { SearchEngine } from '../../src/search/searchEngine.js';
import { SoundTerms } from '../../src/search/soundTerms.js';
import { knowledge } from '../helpers/knowledge.js';

describe('SoundTerms', () => {
  const terms = new SoundTerms<string>();
  terms.add('水电费', 'utilities');
  terms.add('房租', 'rent');
  terms.add('房租补贴', 'rent subsidy');
  terms.add('租', 'one syllable');
  terms.add('rent relief', 'latin');

  it('finds a term by its syllables, the longest first', () => {
    expect(terms.find(pinyinSequence('水电废太高了'))).toBe('utilities');
    expect(terms.find(pinyinSequence('shuidianfei you butie ma'))).toBe('utilities');
    expect(terms.find(pinyinSequence('fangzu you butie ma'))).toBe('rent');
    expect(terms.find(pinyinSequence('fangzu butie you ma'))).toBe('rent subsidy');
  });

  it('needs two syllables, skips Latin terms, and reads only the typed part', () => {
    expect(terms.find(pinyinSequence('zu'))).toBeUndefined();
    expect(terms.find(pinyinSequence('rent relief'))).toBeUndefined();
    const syllables = pinyinSequence('你好 房租');
    expect(terms.find(syllables)).toBe('rent');
    expect(terms.find(syllables, 2)).toBeUndefined();
  });

  it('keeps one of the characters of a two-syllable term typed in characters', () => {
    expect(terms.find(pinyinSequence('房祖太贵'), undefined, [...'房祖太贵'])).toBe('rent');
    expect(terms.find(pinyinSequence('防祖太贵'), undefined, [...'防祖太贵'])).toBeUndefined();
    expect(terms.find(pinyinSequence('水电废太高了'), undefined, [...'水电废太高了'])).toBe('utilities');
  });
});

describe('the search engine, by sound', () => {
  const engine = new SearchEngine(knowledge());

  it.each([
    ['fangzu butie you ma', 'rent-relief'],
    ['shuidianfei you butie ma', 'utility-bills'],
    ['水电废太高了有没有补帖', 'utility-bills'],
  ])('%s → not covered: %s', (q, topicId) => {
    const r = engine.search(q);
    expect(r.kind).toBe('none');
    expect(r.declined).toBe('not-covered');
    expect(r.topicId).toBe(topicId);
  });

  it('does not hear a two-syllable term across words typed in characters (那第一个 is not 拿地)', () => {
    expect(engine.search('那第一个降的是哪些费率').declined).not.toBe('not-covered');
  });

  it('does not hear a word the knowledge base uses as a sound-alike (税费 is not 水费)', () => {
    expect(engine.search('稅費能不能少交一點').declined).not.toBe('not-covered');
    const known = new SoundTerms<string>(new Set(['税费']));
    known.add('水费', 'utilities');
    expect(known.find(pinyinSequence('税费太高'), undefined, [...'税费太高'])).toBeUndefined();
    expect(known.find(pinyinSequence('水废太高'), undefined, [...'水废太高'])).toBe('utilities');
  });

  it('never displaces an answer', () => {
    expect(engine.search('wufeng xudai').matches[0]?.id).toBe('seamless-renewal');
    expect(engine.search('研发投入奖励').matches[0]?.id).toBe('rd-reward');
  });
});

// Misspelt English words corrected against the knowledge's own words, one edit (two from ten
// letters), never a short word or a known one; through the engine, a misspelt question that would be
// declined finds its measure, and one that is answered is left as it is.
import { describe, expect, it } from 'vitest';
import { LatinSpelling } from '../../src/search/latinSpelling.js';
import { SearchEngine } from '../../src/search/searchEngine.js';
import { knowledge } from '../helpers/knowledge.js';

describe('LatinSpelling', () => {
  const spelling = new LatinSpelling(['research reward development voucher', 'customs parent patent patent']);

  it('corrects misspelt words of six letters or more', () => {
    expect(spelling.correct('how much is the reserch and developement reward')).toBe(
      'how much is the research and development reward',
    );
    expect(spelling.correct('compute vouchre')).toBe('compute voucher');
  });

  it('leaves known, short and distant words, and says when nothing changed', () => {
    expect(spelling.correct('research reward')).toBeUndefined();
    expect(spelling.correct('rewrd')).toBeUndefined();
    expect(spelling.correct('customer')).toBeUndefined();
    expect(spelling.correct('parent')).toBeUndefined();
    // An everyday word one edit from a known one is no typo of it (our parent company, not patent).
    expect(new LatinSpelling(['patent']).correct('for our overseas parent company')).toBeUndefined();
  });
});

describe('the search engine, with misspelt English', () => {
  const engine = new SearchEngine(knowledge());

  it('finds the measure of a question it would otherwise decline', () => {
    const r = engine.explain('how much is the reserch and developement reward');
    expect(r.result.matches[0]?.id).toBe('rd-reward');
    expect(r.normalized).toContain('research and development');
  });

  it('leaves an answered question and an unknown one as they are', () => {
    expect(engine.explain('seamless loan renewal').normalized).toBe('seamless loan renewal');
    expect(engine.search('a big customer has not paid us').kind).toBe('none');
  });
});

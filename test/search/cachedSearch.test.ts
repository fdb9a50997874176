// The cache of recent questions: the engine's result, kept for recent texts, frozen, bounded
// (test/bot/replyCaches.test.ts shows it changes no reply).
import { describe, expect, it } from 'vitest';
import { cacheSearch } from '../../src/search/cachedSearch.js';
import { SearchEngine } from '../../src/search/searchEngine.js';
import { knowledge } from '../helpers/knowledge.js';

describe('the search cache', () => {
  it('gives the result the engine gives, and the same object for the same text', () => {
    const kb = knowledge();
    const engine = new SearchEngine(kb);
    const cached = cacheSearch(engine, 2);
    const first = cached.search('AI算力券');
    expect(first).toEqual(engine.search('AI算力券'));
    expect(cached.search('AI算力券')).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.matches)).toBe(true);
    // Past its size the least recently used text goes.
    cached.search('无缝续贷');
    cached.search('研发投入奖励');
    expect(cached.search('AI算力券')).not.toBe(first);
    expect(cacheSearch(engine, 0)).toBe(engine);
  });
});

// The cache of recent questions must not change a reply: every conversation of the tuning set runs
// with the cache and without it, and the bot sends the very same activities. Run twice with the
// cache, so the second run answers from it.
import { describe, expect, it } from 'vitest';
import { readCases } from '../../scripts/conversationCases.js';
import { ConversationHarness } from '../../scripts/conversationHarness.js';
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

  it('changes no reply: the tuning conversations send the same activities with and without it', async () => {
    const kb = knowledge();
    const cases = readCases('tune');
    const withCache = new ConversationHarness(kb);
    const without = new ConversationHarness(kb, { searchCacheSize: 0 });
    for (const c of cases) await withCache.run(c); // fills the cache
    for (const c of cases) {
      const a = await withCache.run(c);
      const b = await without.run(c);
      expect(a.transcript, c.id).toEqual(b.transcript);
    }
  }, 240_000);
});

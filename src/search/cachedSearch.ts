// A bounded cache of recent questions in front of the search engine: the same words asked again (the
// common questions, a card's button, the parts of a message about several measures) are not searched
// again. A search depends on its text and the knowledge base alone, both fixed for an engine's life,
// so a cached result is the result; results are frozen, so no reader can change the one others get.
import { lruRemember } from '../lruRemember.js';
import type { SearchEngine, SearchResult } from './searchEngine.js';

/** Recent distinct questions kept: a few hundred kilobytes at most. */
export const DEFAULT_SEARCH_CACHE_SIZE = 2_000;
/**
 * Longer texts (a pasted story) are searched, and decided (src/conversation/cachedResponder.ts), each
 * time: they seldom repeat and would crowd the caches.
 */
export const LONGEST_CACHED = 200;

function freeze(result: SearchResult): SearchResult {
  for (const match of result.matches) Object.freeze(match);
  Object.freeze(result.matches);
  return Object.freeze(result);
}

/** The same engine (same index, same methods), its `search` remembered for the last `size` texts. */
export function cacheSearch(engine: SearchEngine, size = DEFAULT_SEARCH_CACHE_SIZE): SearchEngine {
  if (size <= 0) return engine;
  const recent = new Map<string, SearchResult>();
  const cached = Object.create(engine) as SearchEngine;
  cached.search = (query: string) =>
    query.length > LONGEST_CACHED
      ? engine.search(query)
      : lruRemember(recent, query, () => freeze(engine.search(query)), size);
  return cached;
}

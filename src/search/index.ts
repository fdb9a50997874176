// Question matching: the public surface of src/search.
export { normalizeQuery, MAX_QUERY_CHARS } from './normalizeQuery.js';
export { SearchEngine, DEFAULT_SEARCH_OPTIONS } from './searchEngine.js';
export type {
  SearchResult,
  SearchMatch,
  SearchKind,
  SearchKnowledge,
  SearchOptions,
} from './searchEngine.js';
export { toJsonLine } from './toJsonLine.js';

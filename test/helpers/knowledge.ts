// One loaded knowledge base and search engine shared by the tests of a file (loading is pure).
import { loadKnowledge, type KnowledgeBase } from '../../src/kb/loadKnowledge.js';
import { SearchEngine } from '../../src/search/searchEngine.js';

let kb: KnowledgeBase | undefined;
let engine: SearchEngine | undefined;

export function knowledge(): KnowledgeBase {
  return (kb ??= loadKnowledge());
}

export function searchEngine(): SearchEngine {
  return (engine ??= new SearchEngine(knowledge()));
}

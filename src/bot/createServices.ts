// The services every turn uses, from the knowledge base and a clock: matching, the responder, the
// cache of measure cards, the maintainers' log, the logger and the registry of personal data
// (src/app.ts registers its holders).
import type { MaintainerLog } from '../feedback/maintainerLog.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import { cacheResponses, DEFAULT_RESPONSE_CACHE_SIZE } from '../conversation/cachedResponder.js';
import { Responder } from '../conversation/respond.js';
import type { Logger } from '../log/logger.js';
import { PersonalDataRegistry } from '../privacy/personalData.js';
import { cacheSearch, DEFAULT_SEARCH_CACHE_SIZE } from '../search/cachedSearch.js';
import { SearchEngine } from '../search/searchEngine.js';
import { traceSearch } from '../telemetry/tracedSearch.js';
import type { TurnServices } from './turnServices.js';
import { DEFAULT_CARD_CACHE_SIZE, MeasureCardCache } from './cards/cachedMeasureCards.js';

/** RETENTION_DAYS when no configuration says otherwise (yiqi chat, tests). */
export const DEFAULT_RETENTION_DAYS = 180;

export function createServices(
  kb: KnowledgeBase,
  today: () => string,
  maintainerLog: MaintainerLog,
  logger: Logger,
  extras: Partial<Pick<TurnServices, 'personalData' | 'retentionDays' | 'shareLinks'>> & {
    /** Recent questions whose search is remembered; 0 searches every time (tests compare both). */
    searchCacheSize?: number;
    /** Measure cards kept (per language); 0 builds each card anew (tests compare both). */
    cardCacheSize?: number;
    /** Recent messages (with their context) whose decision is remembered; 0 decides every time. */
    responseCacheSize?: number;
  } = {},
): TurnServices & { engine: SearchEngine } {
  const engine = traceSearch(
    cacheSearch(new SearchEngine(kb), extras.searchCacheSize ?? DEFAULT_SEARCH_CACHE_SIZE),
  );
  return {
    kb,
    engine,
    responder: cacheResponses(
      new Responder({ kb, engine, today }),
      today,
      extras.responseCacheSize ?? DEFAULT_RESPONSE_CACHE_SIZE,
    ),
    cards: new MeasureCardCache(extras.cardCacheSize ?? DEFAULT_CARD_CACHE_SIZE),
    maintainerLog,
    logger,
    today,
    personalData: extras.personalData ?? new PersonalDataRegistry(),
    retentionDays: extras.retentionDays ?? DEFAULT_RETENTION_DAYS,
    ...(extras.shareLinks ? { shareLinks: extras.shareLinks } : {}),
  };
}

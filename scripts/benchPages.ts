// The pages' render latency for `npm run bench`: each page rendered from the knowledge base again
// and again, bypassing the server's once-a-day cache, so the figures are what a cache miss costs
// (the server pays it once per page and day). Search pages include the search itself.
import { performance } from 'node:perf_hooks';
import type { KnowledgeBase } from '../src/kb/loadKnowledge.js';
import { renderMeasureListPage } from '../src/pages/measureListPage.js';
import { renderMeasurePage } from '../src/pages/measurePage.js';
import { pageSites } from '../src/pages/mountPages.js';
import { renderSearchPage } from '../src/pages/searchPage.js';
import { renderTextPage } from '../src/pages/textPages.js';
import type { SearchEngine } from '../src/search/searchEngine.js';

export interface PageTiming {
  page: string;
  n: number;
  p50: number;
  p99: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

function time(page: string, renders: readonly (() => string)[], rounds: number): PageTiming {
  for (const render of renders) render(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const render of renders) {
      const t0 = performance.now();
      render();
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { page, n: times.length, p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** Searches of every kind the page shows: a measure, an area, the overview, ambiguous, declined. */
const SEARCHES = ['算力', 'AI算力券怎么申请', '金融方面有哪些措施', '28条是什么', '奖励', '专利年费怎么减免'];

export function benchPages(
  kb: KnowledgeBase,
  engine: SearchEngine,
  day: string,
  rounds = 1000,
): PageTiming[] {
  const [site] = pageSites({ kb, baseUrl: 'https://yiqi.example.org' });
  return [
    time('/measures', [() => renderMeasureListPage(site!, day)], rounds),
    time(
      `/measures/<id> (all ${kb.measures.length})`,
      kb.measures.map((m) => () => renderMeasurePage(site!, m, day)),
      Math.ceil(rounds / 20),
    ),
    time(
      `/search?q= (${SEARCHES.length} queries)`,
      SEARCHES.map((q) => () => renderSearchPage(site!, engine, q, day)),
      Math.ceil(rounds / 5),
    ),
    time('/privacy', [() => renderTextPage(site!, 'privacy')], rounds),
    time('/terms', [() => renderTextPage(site!, 'terms')], rounds),
  ];
}

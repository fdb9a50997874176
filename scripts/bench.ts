// `npm run bench`: search latency (p50/p99 per query) and index build time on the real knowledge
// base and on a synthetic base of 10,000 entries made from its vocabulary; the pages' render
// latency (p50/p99 per page); process memory.
// Figures only — targets are printed beside them, nothing here fails a test.
import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../src/kb/loadKnowledge.js';
import type { Measure } from '../src/kb/schema.js';
import { SearchEngine, type SearchKnowledge } from '../src/search/searchEngine.js';
import { benchPages } from './benchPages.js';
import { QUESTION_SETS, readQuestions } from './evalQuestions.js';

const SYNTHETIC_ENTRIES = 10_000;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

function timeQueries(engine: SearchEngine, questions: readonly string[], rounds: number) {
  for (const q of questions) engine.search(q); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t0 = performance.now();
      engine.search(q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { n: times.length, p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1)! };
}

/** A deterministic pseudo-random generator, so every run benchmarks the same synthetic base. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function syntheticBase(kb: SearchKnowledge, n: number): SearchKnowledge {
  const rand = lcg(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const words = [...new Set(kb.measures.flatMap((m) => [m.title, ...m.aliases, ...m.keywords]))];
  // Pieces of real sentences, so the synthetic texts have the vocabulary of real ones.
  const sentences = kb.measures.flatMap((m) => [m.summary, ...m.faq.flatMap((f) => [f.q, f.a])]);
  const phrase = (len: number) => {
    const s = pick(sentences);
    const start = Math.floor(rand() * Math.max(1, s.length - len));
    return s.slice(start, start + len);
  };
  const measures: Measure[] = [];
  for (let i = 0; i < n; i++) {
    const base = kb.measures[i % kb.measures.length]!;
    const title = `${pick(words)}${phrase(2)}${i}`;
    measures.push({
      ...base,
      id: `synthetic-${i}`,
      number: i + 1,
      title,
      fullTitle: `${title}${phrase(4)}`,
      aliases: [pick(words) + phrase(2), phrase(4), phrase(3)],
      keywords: [pick(words), phrase(2)],
      summary: Array.from({ length: 4 }, () => pick(words) + phrase(6)).join(','),
      faq: base.faq.slice(0, 2).map(() => ({ q: pick(words) + phrase(8), a: phrase(30) })),
      related: [],
    });
  }
  return { ...kb, measures };
}

const kb = loadKnowledge();
const questions = QUESTION_SETS.flatMap((set) => readQuestions(set)).map((q) => q.q);

let t0 = performance.now();
const engine = new SearchEngine(kb);
const buildReal = performance.now() - t0;
const real = timeQueries(engine, questions, 5);

// Pages are timed on the real base, before the synthetic one fills the heap (its collections
// would otherwise land in the pages' p99).
const pages = benchPages(kb, engine, '2026-11-26');

const synthetic = syntheticBase(kb, SYNTHETIC_ENTRIES);
t0 = performance.now();
const bigEngine = new SearchEngine(synthetic);
const buildBig = performance.now() - t0;
const big = timeQueries(bigEngine, questions, 1);

const ms = (x: number) => `${x.toFixed(3)} ms`;
console.log(`real base (${kb.measures.length} measures): build ${ms(buildReal)}; ${real.n} queries`);
console.log(
  `  p50 ${ms(real.p50)}  p99 ${ms(real.p99)}  max ${ms(real.max)}   target p99 < 1 ms: ${real.p99 < 1 ? 'met' : 'NOT met'}`,
);
console.log(
  `synthetic base (${SYNTHETIC_ENTRIES} entries): build ${ms(buildBig)} (target < 2000 ms: ${buildBig < 2000 ? 'met' : 'NOT met'}); ${big.n} queries`,
);
console.log(
  `  p50 ${ms(big.p50)}  p99 ${ms(big.p99)}  max ${ms(big.max)}   target p99 < 10 ms: ${big.p99 < 10 ? 'met' : 'NOT met'}`,
);
console.log(`page render latency (${kb.measures.length}-measure base, no cache; target p99 < 5 ms):`);
for (const p of pages) {
  console.log(
    `  ${p.page.padEnd(32)} p50 ${ms(p.p50)}  p99 ${ms(p.p99)}  (${p.n} renders)  ${p.p99 < 5 ? 'met' : 'NOT met'}`,
  );
}
const mem = process.memoryUsage();
console.log(
  `process memory: rss ${(mem.rss / 2 ** 20).toFixed(1)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(1)} MiB`,
);

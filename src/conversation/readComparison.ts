// Reads a request to compare two measures: “智评券和算力券有什么区别”, “AI算力券还是智评券”, “研发奖励和
// 专精特新哪个更适合我”, “what's the difference between X and Y”, or “和算力券比呢” after an answer about
// another measure. Finds the two measures part by part.
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Measure } from '../kb/schema.js';
import type { SearchEngine } from '../search/searchEngine.js';
import { questionParts } from './questionParts.js';

const COMPARE =
  /(区别|区分|不同|差别|差异|异同|不一样|对比|比较|比一比|相比|比起来|哪个好|哪个更|哪个适合|哪一个|哪项更|选哪个|哪个划算|还是|\bvs\.?\b|\bversus\b|\bcompare|\bcomparison\b|\bdifferen|\bbetter\b|\bwhich (one|is|suits|should)\b|\bor\b)/iu;
/** Asks which suits the enterprise: offer the eligibility check for both. */
const WHICH_SUITS =
  /(哪个(更)?适合|适合我|适合我们|选哪个|该选|哪个能申请|which (one )?suits|suit us|suit me|should (i|we) (choose|pick|apply))/iu;
/** “和算力券比呢”: the other side is the measure of the last answer. */
const AGAINST_LAST = /^(那)?(和|跟|与|同|比|对比|compared (to|with)|versus|vs)/iu;

/** Confidence a part needs to stand for one side of the comparison. */
const SIDE = 0.6;

export interface Comparison {
  pair: [Measure, Measure];
  whichSuits: boolean;
}

export function readComparison(
  text: string,
  engine: SearchEngine,
  kb: KnowledgeBase,
  last: Measure | undefined,
): Comparison | undefined {
  if (!COMPARE.test(text)) return undefined;
  const sides: Measure[] = [];
  for (const part of questionParts(text)) {
    if (!part.core) continue;
    const found = engine.search(part.core);
    if (found.kind !== 'measure' && found.kind !== 'ambiguous') continue;
    if (found.confidence < SIDE) continue;
    // An ambiguous part that names both sides at once (智评券算力券) gives both.
    const ids =
      found.kind === 'ambiguous' && part.core.length <= 12
        ? found.matches.slice(0, 2)
        : found.matches.slice(0, 1);
    for (const { id } of ids) {
      const m = kb.measureById.get(id);
      if (m && !sides.includes(m)) sides.push(m);
    }
  }
  if (sides.length === 1 && last && last !== sides[0] && AGAINST_LAST.test(text.trim())) sides.unshift(last);
  if (sides.length < 2) return undefined;
  return { pair: [sides[0]!, sides[1]!], whichSuits: WHICH_SUITS.test(text) };
}

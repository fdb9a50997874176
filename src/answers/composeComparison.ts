// Two measures side by side: who each is for, its key figures, time and status, how to apply.
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Measure } from '../kb/schema.js';
import type { CompareAnswer } from './answer.js';
import { composeMeasureAnswer } from './composeAnswer.js';

export function composeComparison(
  kb: KnowledgeBase,
  a: Measure,
  b: Measure,
  today: Date | string,
  offerCheck: boolean,
  combined = false,
): CompareAnswer {
  return {
    type: 'compare',
    pair: [composeMeasureAnswer(kb, a, today), composeMeasureAnswer(kb, b, today)],
    offerCheck: offerCheck && (a.eligibility !== undefined || b.eligibility !== undefined),
    ...(combined ? { combined } : {}),
  };
}

// The amounts a message of several needs states (…去年研发投入600万，能拿多少), worked out with the
// arithmetic for the measures they are the base of: shown below the sections or the partial answer,
// with the premise and the note the calculation answer carries — or, where the amount falls short of the
// rules (技改600万 below the 1000万 threshold), not eligible and why.
import type { BenefitEstimate } from '../eligibility/estimateBenefit.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import { fill } from '../kb/replies.js';
import { punctuation } from '../kb/language.js';

export function estimateLines(
  kb: KnowledgeBase,
  estimates: readonly BenefitEstimate[] | undefined,
): string[] {
  if (!estimates || estimates.length === 0) return [];
  const c = kb.replies.calculation;
  const lines: string[] = [];
  for (const e of estimates) {
    const title = kb.measureById.get(e.measureId)?.title ?? e.measureId;
    if (e.unmet) {
      lines.push(
        fill(c.title, { title }),
        `${c.estimate}${punctuation(kb.lang).colon}${kb.replies.eligibility.outcome.notEligible}`,
        fill(c.unmet, { condition: e.condition }),
      );
      continue;
    }
    lines.push(
      fill(c.title, { title }),
      `${c.estimate}${punctuation(kb.lang).colon}${e.benefit.arithmetic ?? e.benefit.amountText ?? ''}`,
      fill(c.premise, { condition: e.condition }),
    );
  }
  lines.push(c.note);
  return lines;
}

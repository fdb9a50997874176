// “研发投入800万能拿多少”: the support a measure's rules would give for an amount the user names,
// computed as the eligibility result computes it (800万元 × 5% = 40万元, capped at 50万元), with the
// condition under which it applies — the rule's reason — since the other answers are not known.
import type { Measure } from '../kb/schema.js';
import { type BenefitResult, benefitResult } from './evaluateMeasure.js';
import type { Answers } from './parseAnswer.js';
import type { Wording } from './texts.js';

export interface BenefitEstimate {
  measureId: string;
  /** The amount question the rate applies to (rd-last-year, compute-contract). */
  questionId: string;
  base: number;
  benefit: BenefitResult;
  /** The reason of the rule that gives it: the conditions it needs. */
  condition: string;
  /** The amount settles the rules as not eligible (600万 below the 1000万 threshold); condition says why. */
  unmet?: boolean;
}

/** The measure's rate-based support for an amount it depends on; undefined when it has none or the amount is not its base. */
export function estimateBenefit(
  measure: Measure,
  facts: Answers,
  wording: Wording,
): BenefitEstimate | undefined {
  for (const rule of measure.eligibility?.rules ?? []) {
    const benefit = rule.benefit;
    if (rule.outcome === 'not-eligible' || benefit?.kind !== 'percent-of') continue;
    const base = facts[benefit.question];
    if (typeof base !== 'number') continue;
    return {
      measureId: measure.id,
      questionId: benefit.question,
      base,
      benefit: benefitResult(benefit, { [benefit.question]: base }, wording).result,
      condition: rule.reason,
    };
  }
  return undefined;
}

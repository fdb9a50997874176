// “厂里想做技改，项目投资大概600万，能申请市级技术改造专项吗？…还想顺便问问有没有别的办法”: where a message
// of several needs states an amount that settles a measure's rules as not eligible (600万 is below the
// 1000万 threshold), its section says so with the rule's reason — as the eligibility result would —
// instead of leaving the amount unread. Only an amount the rules test counts: conditions the message
// does not state are not taken as unmet.
import type { Measure } from '../kb/schema.js';
import type { BenefitEstimate } from './estimateBenefit.js';
import { evaluateRules } from './evaluateMeasure.js';
import type { Answers } from './parseAnswer.js';
import type { EligibilityQuestion } from './schema.js';
import type { Wording } from './texts.js';

export function unmetByAmount(
  measure: Measure,
  facts: Answers,
  questions: ReadonlyMap<string, EligibilityQuestion>,
  wording: Wording,
): BenefitEstimate | undefined {
  const amount = Object.entries(facts).find(
    ([id, value]) => questions.get(id)?.type === 'amount' && typeof value === 'number',
  );
  if (!amount) return undefined;
  const evaluation = evaluateRules(measure, facts, wording);
  if (evaluation.outcome !== 'not-eligible') return undefined;
  return {
    measureId: measure.id,
    questionId: amount[0],
    base: amount[1] as number,
    benefit: { kind: 'unspecified', text: evaluation.reason },
    condition: evaluation.reason,
    unmet: true,
  };
}

// “Why not” as lines: each condition the answers leave unmet (with the answer given), and for each
// way the measure would apply, what it takes and what it would give (若…,则可…).
import { benefitResult, type EvaluationOutcome } from '../eligibility/evaluateMeasure.js';
import type { Answers } from '../eligibility/parseAnswer.js';
import { formatAnswer } from '../eligibility/questionPrompt.js';
import type { Benefit } from '../eligibility/schema.js';
import { type SimpleCondition, whyNot } from '../eligibility/whyNot.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import { fill } from '../kb/replies.js';
import type { Measure } from '../kb/schema.js';
import { formatAmount, moneyToYuan } from '../eligibility/money.js';
import { describeCondition } from './describeCondition.js';

export interface WhyNotLines {
  /** Not eligible: each unmet condition with the answer given. Empty otherwise. */
  unmet: string[];
  /** Not eligible: what would make it apply; eligible or possible: the other, better-paid ways. */
  change: string[];
  /** Which heading `change` goes under. */
  heading: 'changeHeading' | 'otherHeading';
}

/** How much an amount answer falls short of a threshold (“,还差200万元”), or nothing. */
function shortOf(kb: KnowledgeBase, condition: SimpleCondition, answers: Answers): string {
  const given = answers[condition.q];
  if (!('gte' in condition) || typeof given !== 'number') return '';
  const missing = moneyToYuan(condition.gte) - given;
  return missing > 0 ? fill(kb.replies.whyNot.short, { amount: formatAmount(missing, '元', kb.lang) }) : '';
}

/** An unmet condition the enterprise can still come to meet (a lapsed status recognised again). */
function attainable(kb: KnowledgeBase, condition: SimpleCondition): boolean {
  const q = kb.questionById.get(condition.q);
  return q?.type === 'yesno' && q.attainable;
}

/** What a way that would apply gives with the amounts already stated (400万元 × 5% = 20万元), or nothing. */
function workedOut(kb: KnowledgeBase, benefit: Benefit | undefined, answers: Answers): string {
  if (benefit?.kind !== 'percent-of') return '';
  const { result } = benefitResult(benefit, answers, kb);
  return result.kind === 'percent-of' && result.arithmetic
    ? fill(kb.replies.whyNot.worked, { calc: result.arithmetic })
    : '';
}

export function whyNotLines(
  kb: KnowledgeBase,
  measure: Measure,
  outcome: EvaluationOutcome,
  answers: Answers,
): WhyNotLines | undefined {
  if (outcome === 'ended' || outcome === 'unknown') return undefined;
  const notEligible = outcome === 'not-eligible';
  // When it applies, only the other ways that give something are worth a line (小巨人: 30万元).
  const paths = whyNot(measure, answers).filter((p) => notEligible || p.benefit !== undefined);
  if (paths.length === 0) return undefined;
  const r = kb.replies.whyNot;
  const unmet = new Map<string, SimpleCondition>();
  for (const path of paths) for (const c of path.unmet) unmet.set(JSON.stringify(c), c);
  const given = (c: SimpleCondition) => {
    const q = kb.questionById.get(c.q);
    return q ? formatAnswer(q, answers[c.q], kb) : '';
  };
  return {
    heading: notEligible ? 'changeHeading' : 'otherHeading',
    unmet: notEligible
      ? [...unmet.values()].map(
          (c) =>
            fill(r.unmet, { condition: describeCondition(kb, c), given: given(c) }) + shortOf(kb, c, answers),
        )
      : [],
    change: paths.map(
      (path) =>
        fill(r.path, {
          conditions: [...path.unmet, ...path.open].map((c) => describeCondition(kb, c)).join(r.and),
          result:
            path.benefit?.text ??
            kb.replies.eligibility.outcome[path.outcome === 'eligible' ? 'eligible' : 'possible'],
        }) + (path.unmet.every((c) => attainable(kb, c)) ? workedOut(kb, path.benefit, answers) : ''),
    ),
  };
}

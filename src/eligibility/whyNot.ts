// Why a measure does not apply, from its rules: each rule that would have given support (eligible or
// possible), the conditions of it the answers do not meet, and what it would give — so a result can
// name every unmet condition and what would change the outcome (“若为有效期内高新技术企业,则可…”).
import type { Measure } from '../kb/schema.js';
import { evaluateCondition } from './condition.js';
import type { Answers } from './parseAnswer.js';
import type { Benefit, Condition, Outcome } from './schema.js';

/** A condition on one question (the leaves of all/any). */
export type SimpleCondition = Exclude<Condition, { all: Condition[] } | { any: Condition[] }>;

export interface OtherPath {
  /** What the rule would give: eligible or possible. */
  outcome: Exclude<Outcome, 'not-eligible'>;
  /** Its conditions the answers do not meet (answered otherwise). */
  unmet: SimpleCondition[];
  /** Its conditions not answered yet. */
  open: SimpleCondition[];
  benefit?: Benefit;
  reason: string;
}

function leaves(condition: Condition): SimpleCondition[] {
  if ('all' in condition) return condition.all.flatMap(leaves);
  if ('any' in condition) return condition.any.flatMap(leaves);
  return [condition];
}

/** The rules that would have given support, with what the answers leave unmet; empty when none. */
export function whyNot(measure: Measure, answers: Answers): OtherPath[] {
  const paths: OtherPath[] = [];
  for (const rule of measure.eligibility?.rules ?? []) {
    if (rule.outcome === 'not-eligible' || !rule.when) continue;
    if (evaluateCondition(rule.when, answers) !== false) continue;
    const parts = leaves(rule.when);
    paths.push({
      outcome: rule.outcome,
      unmet: parts.filter((c) => evaluateCondition(c, answers) === false),
      open: parts.filter((c) => evaluateCondition(c, answers) === undefined),
      ...(rule.benefit ? { benefit: rule.benefit } : {}),
      reason: rule.reason,
    });
  }
  return paths;
}

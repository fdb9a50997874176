// Cross-checks the eligibility data: every question a measure asks or tests exists, is tested
// in a way its type allows, is listed in the measure's `asks`, and every choice named is one of that
// question's options; a question's askIf only tests questions asked before it; and every figure of a
// rule (rate, cap, floor, threshold) is one of the measure's facts, so no rule states a figure the
// source does not.
import type { Measure } from '../kb/schema.js';
import { questionsIn } from './condition.js';
import type { Condition, EligibilityQuestion, Money } from './schema.js';

export interface EligibilityReferenceIssue {
  /** The measure whose file holds the problem; undefined for knowledge/eligibility.yaml itself. */
  measureId?: string;
  path: string;
  message: string;
}

export function checkEligibilityReferences(
  questions: readonly EligibilityQuestion[],
  measures: readonly Measure[],
): EligibilityReferenceIssue[] {
  const issues: EligibilityReferenceIssue[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    if (seen.has(q.id))
      issues.push({ path: `questions[${i}].id`, message: `duplicate question id "${q.id}"` });
    seen.add(q.id);
  });

  const checkCondition = (
    cond: Condition,
    path: string,
    push: (path: string, message: string) => void,
  ): void => {
    if ('all' in cond) return cond.all.forEach((c, i) => checkCondition(c, `${path}.all[${i}]`, push));
    if ('any' in cond) return cond.any.forEach((c, i) => checkCondition(c, `${path}.any[${i}]`, push));
    const question = byId.get(cond.q);
    if (!question) return push(`${path}.q`, `unknown question "${cond.q}"`);
    if ('is' in cond && question.type !== 'yesno')
      push(path, `"is" needs a yes/no question, "${cond.q}" is ${question.type}`);
    if (('gte' in cond || 'lt' in cond) && question.type !== 'amount')
      push(path, `"gte"/"lt" need an amount question, "${cond.q}" is ${question.type}`);
    if ('in' in cond) {
      if (question.type !== 'choice')
        push(path, `"in" needs a choice question, "${cond.q}" is ${question.type}`);
      else
        cond.in.forEach((opt, i) => {
          if (!question.options.some((o) => o.id === opt))
            push(`${path}.in[${i}]`, `"${opt}" is not an option of "${cond.q}"`);
        });
    }
  };

  const position = new Map(questions.map((q, i) => [q.id, i]));
  questions.forEach((q, i) => {
    if (!q.askIf) return;
    const path = `questions[${i}].askIf`;
    checkCondition(q.askIf, path, (p, message) => issues.push({ path: p, message }));
    for (const id of questionsIn(q.askIf)) {
      const at = position.get(id);
      if (at !== undefined && at >= i)
        issues.push({ path, message: `askIf tests "${id}", which is not asked before "${q.id}"` });
    }
  });

  for (const measure of measures) {
    const rules = measure.eligibility;
    if (!rules) continue;
    const push = (path: string, message: string): void => {
      issues.push({ measureId: measure.id, path: `eligibility.${path}`, message });
    };
    rules.asks.forEach((id, i) => {
      if (!byId.has(id)) push(`asks[${i}]`, `unknown question "${id}"`);
    });
    const hasFact = (value: number, unit: string): boolean =>
      measure.facts.some((f) => f.value === value && f.unit === unit);
    const checkMoney = (money: Money, path: string): void => {
      if (!hasFact(money.value, money.unit))
        push(path, `${money.value}${money.unit} is not among the facts of this measure`);
    };
    const checkFigures = (cond: Condition, path: string): void => {
      if ('all' in cond) return cond.all.forEach((c, i) => checkFigures(c, `${path}.all[${i}]`));
      if ('any' in cond) return cond.any.forEach((c, i) => checkFigures(c, `${path}.any[${i}]`));
      if ('gte' in cond) checkMoney(cond.gte, `${path}.gte`);
      if ('lt' in cond) checkMoney(cond.lt, `${path}.lt`);
    };
    rules.rules.forEach((rule, i) => {
      if (rule.when) {
        checkCondition(rule.when, `rules[${i}].when`, push);
        checkFigures(rule.when, `rules[${i}].when`);
        for (const id of questionsIn(rule.when))
          if (byId.has(id) && !rules.asks.includes(id)) push(`rules[${i}].when`, `"${id}" is not in asks`);
      }
      const benefit = rule.benefit;
      if (benefit?.kind === 'floor') checkMoney(benefit.amount, `rules[${i}].benefit.amount`);
      if (benefit?.kind === 'percent-of') {
        if (!hasFact(benefit.rate, '%'))
          push(`rules[${i}].benefit.rate`, `${benefit.rate}% is not among the facts of this measure`);
        if (benefit.cap) checkMoney(benefit.cap, `rules[${i}].benefit.cap`);
        const question = byId.get(benefit.question);
        if (!question) push(`rules[${i}].benefit.question`, `unknown question "${benefit.question}"`);
        else if (question.type !== 'amount')
          push(`rules[${i}].benefit.question`, `"${benefit.question}" is not an amount question`);
        if (!rules.asks.includes(benefit.question))
          push(`rules[${i}].benefit.question`, `"${benefit.question}" is not in asks`);
      }
      if (rule.outcome !== 'not-eligible' && !rule.benefit)
        push(`rules[${i}]`, 'an eligible or possible outcome needs a benefit');
    });
    const last = rules.rules.at(-1);
    if (last?.when)
      push(`rules[${rules.rules.length - 1}]`, 'the last rule must have no "when" (the fallback)');
  }
  return issues;
}

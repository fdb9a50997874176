// Cross-checks the eligibility data: every question a measure asks or tests exists, is tested
// in a way its type allows, and every choice named is one of that question's options.
import type { Measure } from '../kb/schema.js';
import type { Condition, EligibilityQuestion } from './schema.js';

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

  questions.forEach((q, i) => {
    if (q.askIf)
      checkCondition(q.askIf, `questions[${i}].askIf`, (path, message) => issues.push({ path, message }));
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
    rules.rules.forEach((rule, i) => {
      if (rule.when) checkCondition(rule.when, `rules[${i}].when`, push);
      const benefit = rule.benefit;
      if (benefit?.kind === 'percent-of') {
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

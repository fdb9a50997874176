// Conditions of the rules and askIf, read against the answers so far with three values: true,
// false, or undefined when an unanswered question decides it. `all` is false as soon as one part
// is false, `any` true as soon as one part is true, whatever the unanswered parts would say.
import { moneyToYuan } from './money.js';
import type { Answers, AnswerValue } from './parseAnswer.js';
import type { Condition } from './schema.js';

/** The answer to a question, if it was given (own properties only, never Object.prototype's). */
export function answerOf(answers: Answers, questionId: string): AnswerValue | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

export function isAnswered(answers: Answers, questionId: string): boolean {
  return answerOf(answers, questionId) !== undefined;
}

export function evaluateCondition(condition: Condition, answers: Answers): boolean | undefined {
  if ('all' in condition) {
    let open = false;
    for (const part of condition.all) {
      const value = evaluateCondition(part, answers);
      if (value === false) return false;
      if (value === undefined) open = true;
    }
    return open ? undefined : true;
  }
  if ('any' in condition) {
    let open = false;
    for (const part of condition.any) {
      const value = evaluateCondition(part, answers);
      if (value === true) return true;
      if (value === undefined) open = true;
    }
    return open ? undefined : false;
  }
  const answer = answerOf(answers, condition.q);
  if ('is' in condition) return typeof answer === 'boolean' ? answer === condition.is : undefined;
  if ('gte' in condition)
    return typeof answer === 'number' ? answer >= moneyToYuan(condition.gte) : undefined;
  if ('lt' in condition) return typeof answer === 'number' ? answer < moneyToYuan(condition.lt) : undefined;
  return typeof answer === 'string' ? condition.in.includes(answer) : undefined;
}

/** Every question a condition tests, in the order they appear, each once. */
export function questionsIn(condition: Condition): string[] {
  const ids: string[] = [];
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if (!ids.includes(c.q)) ids.push(c.q);
  };
  walk(condition);
  return ids;
}

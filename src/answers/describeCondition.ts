// A rule's condition on one question in words, for “why not” and the calculation's premise:
// 有效期内高新技术企业为“是”, 技术改造项目投资额达到1000万元, 专精特新认定情况为“新认定专精特新“小巨人”企业”.
import { formatAmount, moneyToYuan } from '../eligibility/money.js';
import { formatAnswer } from '../eligibility/questionPrompt.js';
import type { SimpleCondition } from '../eligibility/whyNot.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import { fill } from '../kb/replies.js';

export function describeCondition(kb: KnowledgeBase, condition: SimpleCondition): string {
  const r = kb.replies.whyNot;
  const question = kb.questionById.get(condition.q);
  const label = question?.label ?? condition.q;
  if ('is' in condition && question?.type === 'yesno' && question.when)
    return condition.is ? question.when.yes : question.when.no;
  if ('is' in condition)
    return fill(r.is, {
      label,
      value: question ? formatAnswer(question, condition.is, kb) : String(condition.is),
    });
  if ('gte' in condition)
    return fill(r.gte, { label, amount: formatAmount(moneyToYuan(condition.gte), '元', kb.lang) });
  if ('lt' in condition)
    return fill(r.lt, { label, amount: formatAmount(moneyToYuan(condition.lt), '元', kb.lang) });
  const options = condition.in.map((id) =>
    question?.type === 'choice' ? (question.options.find((o) => o.id === id)?.label ?? id) : id,
  );
  return fill(r.in, { label, options: options.join(r.or) });
}

// The support for an amount the user named, as a card: the arithmetic, what the support is, the
// premise (the conditions of the rule), and a button for the eligibility check that confirms them.
import type { CalculationAnswer } from '../../answers/answer.js';
import { measureLabel } from '../../answers/renderText.js';
import type { KnowledgeBase } from '../../kb/loadKnowledge.js';
import { fill } from '../../kb/replies.js';
import { card, container, heading, submit, text } from './adaptiveCard.js';

export function calculationCard(kb: KnowledgeBase, a: CalculationAnswer) {
  const c = kb.replies.calculation;
  const m = a.measure;
  const e = a.estimate;
  const check = fill(kb.replies.compare.checkButton, { title: m.title });
  return card(
    [
      text(fill(c.title, { title: m.title }), { size: 'Medium', weight: 'Bolder' }),
      text(measureLabel(kb, m), { isSubtle: true, size: 'Small', spacing: 'None' }),
      heading(c.estimate),
      container(
        [text(e.benefit.arithmetic ?? e.benefit.amountText ?? '', { weight: 'Bolder', size: 'Medium' })],
        {
          style: 'emphasis',
        },
      ),
      text(e.benefit.text, { spacing: 'Small' }),
      text(fill(c.premise, { condition: e.condition }), { spacing: 'Medium' }),
      text(c.note, { size: 'Small', isSubtle: true }),
    ],
    [
      ...(a.canCheckEligibility
        ? [submit(check, { action: 'eligibility', id: m.id, text: check }, { style: 'positive' })]
        : []),
      submit(kb.replies.several.details, { action: 'measure', id: m.id, text: measureLabel(kb, m) }),
    ],
  );
}

// Two measures side by side (Adaptive Cards 1.5 ColumnSet, which Teams renders and which stacks
// readably on a 375-px phone): the difference in one sentence, then for each measure its area, who
// it is for, key figures, time and status, how to apply; buttons for details and, when asked which
// suits the enterprise, the eligibility check of each.
import type { CompareAnswer, MeasureAnswer } from '../../answers/answer.js';
import { comparisonRows, differenceLines } from '../../answers/renderComparisonText.js';
import { measureLabel } from '../../answers/renderText.js';
import type { KnowledgeBase } from '../../kb/loadKnowledge.js';
import { fill } from '../../kb/replies.js';
import { actionSet, card, submit, text, type Element } from './adaptiveCard.js';

function column(kb: KnowledgeBase, m: MeasureAnswer): Element {
  const items: Element[] = [text(measureLabel(kb, m.measure), { weight: 'Bolder', size: 'Medium' })];
  for (const row of comparisonRows(kb, m)) {
    items.push(
      text(row.label, { isSubtle: true, size: 'Small', spacing: 'Medium' }),
      text(row.value, { spacing: 'None' }),
    );
  }
  return { type: 'Column', width: 'stretch', items };
}

export function comparisonCard(kb: KnowledgeBase, a: CompareAnswer) {
  const r = kb.replies.compare;
  const [x, y] = a.pair;
  const body: Element[] = [
    text(fill(r.title, { a: x.measure.title, b: y.measure.title }), { size: 'Large', weight: 'Bolder' }),
    ...differenceLines(kb, a).map((line) => text(line)),
    ...(a.combined ? [text(kb.replies.combined)] : []),
    { type: 'ColumnSet', columns: [column(kb, x), column(kb, y)], spacing: 'Medium', separator: true },
  ];
  const buttons: Element[] = [];
  if (a.offerCheck) {
    body.push(text(r.offerCheck, { weight: 'Bolder', spacing: 'Medium' }));
    for (const m of a.pair)
      if (m.canCheckEligibility) {
        const title = fill(r.checkButton, { title: m.measure.title });
        buttons.push(
          submit(title, { action: 'eligibility', id: m.measure.id, text: title }, { style: 'positive' }),
        );
      }
  }
  for (const m of a.pair)
    buttons.push(
      submit(measureLabel(kb, m.measure), {
        action: 'measure',
        id: m.measure.id,
        text: measureLabel(kb, m.measure),
      }),
    );
  body.push(actionSet(buttons));
  return card(body);
}

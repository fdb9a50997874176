// The measures by what today means for them, as a card: the groups the question asked for first,
// each measure with its status; measures the source does not date are listed as such, never as open.
import { punctuation } from '../../kb/language.js';
import type { StatusListAnswer } from '../../answers/answer.js';
import { briefLine } from '../../answers/briefLine.js';
import { statusGroups, statusListHeading } from '../../answers/renderStatusListText.js';
import { measureLabel } from '../../answers/renderText.js';
import type { KnowledgeBase } from '../../kb/loadKnowledge.js';
import { card, container, text, type Element } from './adaptiveCard.js';
import { measureButtons } from './listCards.js';

export function statusListCard(kb: KnowledgeBase, a: StatusListAnswer) {
  const body: Element[] = [text(statusListHeading(kb, a), { weight: 'Bolder' })];
  for (const group of statusGroups(kb, a)) {
    if (group.items.length === 0) {
      if (group.empty) body.push(text(group.empty, { spacing: 'Medium' }));
      continue;
    }
    const items: Element[] = [text(group.heading, { weight: 'Bolder' })];
    if (group.compact) {
      items.push(
        text(group.items.map((b) => measureLabel(kb, b.measure)).join(punctuation(kb.lang).listSeparator), {
          spacing: 'Small',
        }),
      );
    } else {
      items.push(
        ...group.items.map((b) => text(`· ${briefLine(kb, b)}`, { spacing: 'Small' })),
        measureButtons(
          kb,
          group.items.map((b) => b.measure),
        ),
      );
    }
    if (group.note) items.push(text(group.note, { isSubtle: true, size: 'Small' }));
    body.push(container(items, { separator: true, spacing: 'Medium' }));
  }
  return card(body);
}

// One card for a message that asked about several things: a section per measure (number, title,
// brief, status, key figures and its buttons), per group (an area or the candidates of an unclear
// part, as buttons) or per part the measures do not cover (said plainly), separated so each reads on its own — on a 375-px phone too.
import type { SeveralAnswer, Section } from '../../answers/answer.js';
import { formatFigure } from '../../answers/formatFact.js';
import { measureLabel, outsideText, sectionFacts, sectionFocusLines } from '../../answers/renderText.js';
import type { KnowledgeBase } from '../../kb/loadKnowledge.js';
import { fill } from '../../kb/replies.js';
import { actionSet, card, container, facts, submit, text, type Element } from './adaptiveCard.js';
import { briefButtons, estimateElements } from './listCards.js';

function sectionElements(kb: KnowledgeBase, section: Section): Element[] {
  if (section.kind === 'outside')
    return [
      text(outsideText(kb, section)),
      ...(section.mayHelp
        ? [text(kb.replies.several.mayHelp, { spacing: 'Small' }), ...briefButtons(kb, section.mayHelp)]
        : []),
    ];
  if (section.kind === 'measure') {
    const a = section.answer;
    const m = a.measure;
    const canIApply = fill(kb.replies.compare.checkButton, { title: m.title });
    const buttons = [
      submit(kb.replies.several.details, { action: 'measure', id: m.id, text: measureLabel(kb, m) }),
    ];
    if (a.canCheckEligibility)
      buttons.push(submit(canIApply, { action: 'eligibility', id: m.id, text: canIApply }));
    const figures = sectionFacts(a);
    return [
      text(measureLabel(kb, m), { size: 'Medium', weight: 'Bolder' }),
      text(m.brief, { spacing: 'Small' }),
      ...section.badges.map((b) => text(b, { spacing: 'Small', color: 'Attention', weight: 'Bolder' })),
      ...(figures.length > 0
        ? [facts(figures.map((f) => ({ title: f.label, value: formatFigure(f, kb.lang) })))]
        : []),
      // 这两条现在还有效吗: what the message asks of each measure.
      ...sectionFocusLines(kb, a).map((line) => text(line, { spacing: 'Small' })),
      actionSet(buttons),
    ];
  }
  const r = kb.replies.several;
  const heading = section.area
    ? fill(r.area, { label: section.label, area: section.area.shortTitle, count: section.measures.length })
    : fill(r.group, { label: section.label });
  return [text(heading, { weight: 'Bolder' }), ...briefButtons(kb, section.measures)];
}

export function severalCard(kb: KnowledgeBase, a: SeveralAnswer) {
  return card([
    text(fill(kb.replies.several.intro, { count: a.sections.length }), { weight: 'Bolder' }),
    ...(a.combined ? [text(kb.replies.combined)] : []),
    ...a.sections.map((section) =>
      container(sectionElements(kb, section), { separator: true, spacing: 'Medium' }),
    ),
    ...estimateElements(kb, a.estimates),
  ]);
}

// Cards that list measures as buttons: the ambiguous answer, an area, the overview, and the
// honest “not covered” answer with what the bot does cover.
import type {
  AreaAnswer,
  ChoiceAnswer,
  DeclinedAnswer,
  GlossaryAnswer,
  OverviewAnswer,
  MeasureBrief,
  PartialAnswer,
  PersonAnswer,
} from '../../answers/answer.js';
import { briefLine } from '../../answers/briefLine.js';
import { declinedReason } from '../../answers/declinedReason.js';
import { estimateLines } from '../../answers/estimateLines.js';
import { measureLabel } from '../../answers/renderText.js';
import type { KnowledgeBase } from '../../kb/loadKnowledge.js';
import { fill } from '../../kb/replies.js';
import type { Area, Measure } from '../../kb/schema.js';
import { actionSet, card, container, facts, heading, submit, text, type Element } from './adaptiveCard.js';

export function measureButtons(kb: KnowledgeBase, measures: readonly Measure[]): Element {
  return actionSet(
    measures.map((m) =>
      submit(measureLabel(kb, m), { action: 'measure', id: m.id, text: measureLabel(kb, m) }),
    ),
  );
}

/** Measures as lines (brief and status) followed by a button for each. */
export function briefButtons(kb: KnowledgeBase, briefs: readonly MeasureBrief[]): Element[] {
  return [
    ...briefs.map((b) => text(`· ${briefLine(kb, b)}`, { spacing: 'Small' })),
    measureButtons(
      kb,
      briefs.map((b) => b.measure),
    ),
  ];
}

/** The button that asks for a person, offered after the second answer in a row that could not help. */
export function personOffer(kb: KnowledgeBase): Element[] {
  const r = kb.replies.person;
  return [
    text(r.offerText, { spacing: 'Medium' }),
    actionSet([submit(r.offer, { action: 'handoff', text: r.offer }, { style: 'positive' })]),
  ];
}

export function areaButtons(areas: readonly Area[]): Element {
  return actionSet(areas.map((a) => submit(a.shortTitle, { action: 'area', id: a.id, text: a.shortTitle })));
}

export function choiceCard(kb: KnowledgeBase, a: ChoiceAnswer) {
  return card([text(kb.replies.ambiguous.prompt, { weight: 'Bolder' }), measureButtons(kb, a.measures)]);
}

export function areaCard(kb: KnowledgeBase, a: AreaAnswer) {
  return card([
    text(a.area.title, { size: 'Large', weight: 'Bolder' }),
    text(fill(kb.replies.area.prompt, { area: a.area.shortTitle, count: a.measures.length })),
    measureButtons(kb, a.measures),
  ]);
}

export function overviewCard(kb: KnowledgeBase, a: OverviewAnswer) {
  const body: Element[] = [text(kb.replies.overview.prompt, { weight: 'Bolder' })];
  for (const { area, measures } of a.areas) {
    body.push(
      heading(area.title),
      text(area.summary, { spacing: 'Small', isSubtle: true }),
      measureButtons(kb, measures),
    );
  }
  body.push(text(kb.replies.measure.numberingNote, { size: 'Small', isSubtle: true }));
  return card(body);
}

export function declinedCard(kb: KnowledgeBase, a: DeclinedAnswer) {
  const r = kb.replies.declined;
  return card([
    text(declinedReason(r, a), { weight: 'Bolder' }),
    text(r.whereToAsk),
    ...(a.offerPerson ? personOffer(kb) : []),
    heading(r.coversHeading),
    areaButtons(a.areas),
  ]);
}

export function partialCard(kb: KnowledgeBase, a: PartialAnswer) {
  const r = kb.replies;
  return card([
    text(fill(r.partial.text, { topic: a.topic }), { weight: 'Bolder' }),
    text(r.partial.mayHelp),
    ...briefButtons(kb, a.mayHelp),
    ...estimateElements(kb, a.estimates),
    text(r.declined.whereToAsk, { spacing: 'Medium', isSubtle: true }),
    ...(a.offerPerson ? personOffer(kb) : []),
  ]);
}

export function glossaryCard(kb: KnowledgeBase, a: GlossaryAnswer) {
  const body: Element[] = [
    text(fill(kb.replies.glossary.heading, { term: a.term.term }), { size: 'Medium', weight: 'Bolder' }),
    text(a.term.explanation),
  ];
  if (a.related.length > 0)
    body.push(heading(kb.replies.glossary.relatedHeading), measureButtons(kb, a.related));
  return card(body);
}

export function personCard(kb: KnowledgeBase, a: PersonAnswer) {
  const r = kb.replies.person;
  return card([
    ...(a.asksNumber ? [text(r.noNumber)] : []),
    text(a.reason === 'asked' ? r.asked : r.declines, { weight: 'Bolder' }),
    facts(a.channels.map((c) => ({ title: c.name, value: c.description }))),
  ]);
}

/** The amounts the message stated, worked out (研发投入600万 → 30万), as an emphasised block. */
export function estimateElements(kb: KnowledgeBase, estimates: PartialAnswer['estimates']): Element[] {
  const lines = estimateLines(kb, estimates);
  return lines.length === 0
    ? []
    : [
        container(
          lines.map((line) => text(line, { spacing: 'Small' })),
          { style: 'emphasis', spacing: 'Medium' },
        ),
      ];
}

// The card of a measure's answer, built once and kept: every user asking about one measure with one
// focus on one day gets the same card, and building it (texts filled, figures formatted, buttons)
// was the largest part of a turn's own work. The answer is a function of the knowledge base (one per
// language, fixed for the process's life), the measure, the focus and the day; the day enters the
// key through the validity notes, whose texts are what the day changes. Cards are frozen, so no
// reader can change the one others get.
import type { Attachment } from 'botbuilder';
import type { MeasureAnswer } from '../../answers/answer.js';
import type { KnowledgeBase } from '../../kb/loadKnowledge.js';
import { lruRemember } from '../../lruRemember.js';
import { measureCard } from './measureCard.js';

/** 28 measures × the focuses × two languages, with room for a change of day. */
export const DEFAULT_CARD_CACHE_SIZE = 1_000;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function keyOf(a: MeasureAnswer): string {
  return [
    a.measure.id,
    a.focus ?? '',
    (a.alsoNamed ?? []).map((m) => m.id).join(','),
    ...a.validityNotes.map((v) => `${v.status}:${v.text}`),
  ].join('\u0000');
}

export class MeasureCardCache {
  private readonly byKb = new WeakMap<KnowledgeBase, Map<string, Attachment>>();

  constructor(private readonly size = DEFAULT_CARD_CACHE_SIZE) {}

  card(kb: KnowledgeBase, answer: MeasureAnswer): Attachment {
    if (this.size <= 0) return measureCard(kb, answer);
    let cards = this.byKb.get(kb);
    if (!cards) this.byKb.set(kb, (cards = new Map()));
    return lruRemember(cards, keyOf(answer), () => deepFreeze(measureCard(kb, answer)), this.size);
  }
}

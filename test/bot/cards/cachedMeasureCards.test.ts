// The measure card cache: the card measureCard builds, the same frozen object for the same measure,
// focus and day, a new one when the day changes what the card says, and bounded.
import { describe, expect, it } from 'vitest';
import { composeMeasureAnswer } from '../../../src/answers/composeAnswer.js';
import { MeasureCardCache } from '../../../src/bot/cards/cachedMeasureCards.js';
import { measureCard } from '../../../src/bot/cards/measureCard.js';
import { knowledge } from '../../helpers/knowledge.js';

describe('MeasureCardCache', () => {
  const kb = knowledge();
  const withStages = kb.measures.find((m) => m.validity.some((v) => v.until))!;
  const other = kb.measures.find((m) => m.id !== withStages.id)!;

  it('gives the card measureCard builds, frozen, and the same object for the same measure, focus and day', () => {
    const cards = new MeasureCardCache(10);
    const answer = composeMeasureAnswer(kb, withStages, '2026-12-02', 'apply');
    const card = cards.card(kb, answer);
    expect(card).toEqual(measureCard(kb, answer));
    expect(Object.isFrozen(card) && Object.isFrozen(card.content)).toBe(true);
    expect(cards.card(kb, composeMeasureAnswer(kb, withStages, '2026-12-02', 'apply'))).toBe(card);
    expect(() => {
      (card.content as { body: unknown[] }).body.push('changed');
    }).toThrow(TypeError);
  });

  it('builds a new card for another focus, another measure, or a day that changes its stages', () => {
    const cards = new MeasureCardCache(10);
    const before = composeMeasureAnswer(kb, withStages, '2023-06-01');
    const after = composeMeasureAnswer(kb, withStages, '2026-12-02');
    expect(cards.card(kb, after)).toEqual(measureCard(kb, after));
    expect(cards.card(kb, before)).toEqual(measureCard(kb, before));
    expect(cards.card(kb, before)).not.toEqual(cards.card(kb, after));
    const amount = composeMeasureAnswer(kb, withStages, '2026-12-02', 'amount');
    expect(cards.card(kb, amount)).toEqual(measureCard(kb, amount));
    const another = composeMeasureAnswer(kb, other, '2026-12-02');
    expect(cards.card(kb, another)).toEqual(measureCard(kb, another));
  });

  it('keeps at most its size, and with size 0 builds each card anew', () => {
    const one = new MeasureCardCache(1);
    const a = composeMeasureAnswer(kb, withStages, '2026-12-02');
    const first = one.card(kb, a);
    one.card(kb, composeMeasureAnswer(kb, other, '2026-12-02'));
    expect(one.card(kb, a)).not.toBe(first);
    const none = new MeasureCardCache(0);
    expect(none.card(kb, a)).not.toBe(none.card(kb, a));
    expect(Object.isFrozen(none.card(kb, a))).toBe(false);
  });
});

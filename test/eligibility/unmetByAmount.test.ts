// An amount stated beside several needs that settles a measure's rules as not eligible is said so, with
// the rule's reason; an amount that qualifies, or conditions left unstated, are not.
import { describe, expect, it } from 'vitest';
import { unmetByAmount } from '../../src/eligibility/unmetByAmount.js';
import { knowledge } from '../helpers/knowledge.js';

const kb = knowledge();
const measure = (id: string) => kb.measureById.get(id)!;

describe('unmetByAmount', () => {
  it('says an investment below the threshold does not qualify, and why', () => {
    const unmet = unmetByAmount(
      measure('tech-retrofit'),
      { 'retrofit-investment': 6_000_000 },
      kb.questionById,
      kb,
    );
    expect(unmet).toMatchObject({ measureId: 'tech-retrofit', unmet: true, base: 6_000_000 });
    expect(unmet?.condition).toContain('1000万元');
  });

  it('says nothing for an amount that qualifies, or where other conditions are not stated', () => {
    expect(
      unmetByAmount(measure('tech-retrofit'), { 'retrofit-investment': 12_000_000 }, kb.questionById, kb),
    ).toBeUndefined();
    expect(
      unmetByAmount(measure('rd-reward'), { 'rd-last-year': 6_000_000 }, kb.questionById, kb),
    ).toBeUndefined();
    expect(unmetByAmount(measure('tech-retrofit'), {}, kb.questionById, kb)).toBeUndefined();
  });
});

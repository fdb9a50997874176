// A follow-up that names one of the last measure's own figures (1%, 50万) is about that measure; a
// figure it does not state is not.
import { describe, expect, it } from 'vitest';
import { namesFigureOf } from '../../src/conversation/namesFigureOf.js';
import { knowledge } from '../helpers/knowledge.js';

const measure = (id: string) => knowledge().measureById.get(id)!;

describe('namesFigureOf', () => {
  it('reads a figure of the measure with its unit as people write it', () => {
    expect(namesFigureOf(measure('financing-guarantee'), '是1%以下还是包括1%')).toBe(true);
    expect(namesFigureOf(measure('financing-guarantee'), '是1％以下吗')).toBe(true);
    expect(namesFigureOf(measure('rd-reward'), '那个50万是上限吗')).toBe(true);
    expect(namesFigureOf(measure('cloud-adoption'), '25万家是全市的吗')).toBe(true);
  });

  it('does not read a figure the measure does not state, nor a bare number', () => {
    expect(namesFigureOf(measure('financing-guarantee'), '是2%以下吗')).toBe(false);
    expect(namesFigureOf(measure('rd-reward'), '那个50是什么')).toBe(false);
    expect(namesFigureOf(measure('rd-reward'), '1%以下吗')).toBe(false);
  });
});

// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps, each
// one edit, with an early stop past the bound asked for.
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/search/editDistance.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps, and stops past its bound', () => {
    expect(editDistance('reserch', 'research', 2)).toBe(1);
    expect(editDistance('voucehr', 'voucher', 2)).toBe(1);
    expect(editDistance('developement', 'development', 2)).toBe(1);
    expect(editDistance('customer', 'customs', 2)).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });

  it('is exact without a bound', () => {
    expect(editDistance('闵航', '闵行')).toBe(1);
    expect(editDistance('pudong', 'pudong')).toBe(0);
    expect(editDistance('abcdef', 'uvwxyz')).toBe(6);
  });
});

// AliasMatcher: names found exactly, by sound and one character off — and a name typed in full is
// never also read as a typo of another.
import { describe, expect, it } from 'vitest';
import { AliasMatcher } from '../../src/search/aliasMatcher.js';
import { pinyinSequence } from '../../src/search/pinyinSequence.js';

const matcher = new AliasMatcher([
  { doc: 0, names: [{ text: '企业上云', kind: 'alias' }] },
  { doc: 1, names: [{ text: '企业上市', kind: 'alias' }] },
  { doc: 2, names: [{ text: '算力券', kind: 'alias' }] },
  { doc: 3, names: [{ text: '数字化服务专员', kind: 'keyword' }] },
  { doc: 4, names: [{ text: '服务专员', kind: 'keyword' }] },
]);
const match = (text: string) => matcher.match(text, pinyinSequence(text));

describe('AliasMatcher', () => {
  it('finds a name one character off', () => {
    expect(match('企业上世').fuzzy.has(1)).toBe(true);
    expect(match('算力卷怎么领').fuzzy.has(2)).toBe(true);
  });

  it('does not read another name typed in full as a typo of this one', () => {
    const signals = match('企业上云有补贴吗');
    expect(signals.exact.has(0)).toBe(true);
    expect(signals.fuzzy.has(1)).toBe(false);
  });

  it('does not count a name inside a longer name of another measure', () => {
    const signals = match('数字化服务专员是干什么的');
    expect(signals.exact.has(3)).toBe(true);
    expect(signals.exact.has(4)).toBe(false);
    expect(match('区里的服务专员').exact.has(4)).toBe(true);
  });
});

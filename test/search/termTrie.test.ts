// The term trie: Han terms anywhere, Latin terms as whole words or their English plurals, never
// inside another word.
import { describe, expect, it } from 'vitest';
import { TermTrie } from '../../src/search/termTrie.js';

describe('TermTrie', () => {
  const trie = new TermTrie();
  trie.add('work permit', 1);
  trie.add('ip', 2);
  trie.add('房租', 3);
  trie.add('tax', 4);
  const found = (text: string) => trie.findAll(text).map((h) => [h.value, text.slice(h.start, h.end)]);

  it('finds Han terms anywhere and Latin terms as whole words', () => {
    expect(found('涨房租了')).toEqual([[3, '房租']]);
    expect(found('our ip rights')).toEqual([[2, 'ip']]);
    expect(found('a ship')).toEqual([]);
  });

  it('finds a Latin term in its plural (s, es), and only there', () => {
    expect(found('help with work permits')).toEqual([[1, 'work permit']]);
    expect(found('taxes are high')).toEqual([[4, 'tax']]);
    expect(found('taxis')).toEqual([]);
    expect(found('ipsum')).toEqual([]);
  });

  it('steps over the filler characters it is given inside a term, never before one', () => {
    const fillers = new Set([...'又都']);
    const withFillers = (text: string) => trie.findAll(text, fillers).map((h) => h.value);
    expect(withFillers('房又租')).toEqual([3]);
    expect(found('房又租')).toEqual([]);
    expect(withFillers('又房租')).toEqual([3]);
    expect(withFillers('房又又又又租')).toEqual([]);
  });
});

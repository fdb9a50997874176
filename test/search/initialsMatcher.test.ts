import { describe, expect, it } from 'vitest';
import { InitialsMatcher, initialsOf } from '../../src/search/initialsMatcher.js';
import { knowledge } from '../helpers/knowledge.js';

const matcher = new InitialsMatcher(knowledge().measures);
const ids = (q: string) => matcher.match(q).map((m) => m.id);

describe('initialsOf', () => {
  it('takes the pinyin initial of each Han character and keeps letters and digits', () => {
    expect(initialsOf('无缝续贷')).toBe('wfxd');
    expect(initialsOf('AI算力券')).toBe('aislq');
    expect(initialsOf('“工赋伙伴”')).toBe('gfhb');
    expect(initialsOf('5G应用')).toBe('5gyy');
  });
});

describe('InitialsMatcher', () => {
  it('finds a measure from the initials of its title or an alias', () => {
    expect(ids('wfxd')[0]).toBe('seamless-renewal');
    expect(ids('zjtx')[0]).toBe('specialized-sme');
    expect(ids('xsg')[0]).toBe('scale-up');
  });

  it('finds names from their first characters, Traditional and upper case included', () => {
    expect(ids('无')[0]).toBe('seamless-renewal');
    expect(ids('無縫')[0]).toBe('seamless-renewal');
    expect(ids('算')[0]).toBe('ai-compute-voucher');
    expect(ids('WFXD')[0]).toBe('seamless-renewal');
  });

  it('puts an exact name before a name that only starts with the text, and titles before aliases', () => {
    const ranks = matcher.match('算力');
    expect(ranks[0]).toEqual({ id: 'ai-compute-voucher', rank: 2 }); // the keyword 算力, exactly
    const prefix = matcher.match('专');
    expect(prefix[0]!.id).toBe('specialized-sme'); // its title starts with 专
    expect(prefix.map((m) => m.rank)).toEqual([...prefix.map((m) => m.rank)].sort((a, b) => a - b));
  });

  it('finds nothing for text no name starts with, and for empty text', () => {
    expect(ids('qqqqzzzz')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('这不是任何措施的名字')).toEqual([]);
  });
});

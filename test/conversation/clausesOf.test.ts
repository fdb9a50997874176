// A message's clauses end at clause marks and at spaces between Chinese; empty clauses are dropped.
import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/conversation/clausesOf.js';

describe('clausesOf', () => {
  it('ends a clause at marks and at a space between Chinese, and drops empty ones', () => {
    expect(clausesOf('租金又涨了 公司快撑不住，，有房租补贴吗？')).toEqual([
      '租金又涨了',
      '公司快撑不住',
      '有房租补贴吗',
    ]);
  });

  it('keeps a space between Latin words inside its clause', () => {
    expect(clausesOf('the R&D reward, how much is it?')).toEqual(['the R&D reward', ' how much is it']);
  });
});

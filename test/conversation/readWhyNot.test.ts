// “Why not?” after a result is read as asking for the unmet conditions, in the ways people ask it;
// a why-question about a measure itself (为什么要设门槛) is not.
import { describe, expect, it } from 'vitest';
import { readWhyNot } from '../../src/conversation/readWhyNot.js';

describe('reading “why not?”', () => {
  it.each([
    '为什么不行',
    '为啥不够',
    '为什么',
    '哪个条件不满足',
    '哪条没满足',
    '為什麼不符合',
    '为什么没有我们的份',
    '差在哪',
    'why not?',
    "Why aren't we eligible?",
    'which condition did we miss',
  ])('%s asks for the unmet conditions', (text) => {
    expect(readWhyNot(text)).toBeDefined();
  });

  it.each(['为什么要设门槛', '研发投入奖励怎么申请', 'why is the threshold 10 million yuan', '为什么是5%'])(
    '%s does not',
    (text) => {
      expect(readWhyNot(text)).toBeUndefined();
    },
  );

  it('keeps what names a measure', () => {
    expect(readWhyNot('为什么研发投入奖励不在里面')?.topic).toBe('研发投入奖励');
    expect(readWhyNot('为什么不行')?.topic).toBe('');
  });
});

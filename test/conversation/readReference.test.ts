// References to earlier replies, read from the message without spaces or punctuation: ordinals from
// a list, steps by our numbering, this/that for the last measure — also “that one” ending an English
// question, but never a word that merely ends in “it”.
import { describe, expect, it } from 'vitest';
import {
  otherOfTwo,
  pickFromList,
  readReference,
  readReferences,
} from '../../src/conversation/readReference.js';

const bare = (text: string) => text.replace(/[\s\p{P}]+/gu, '').toLowerCase();

describe('readReference', () => {
  it.each([
    ['第二个', { type: 'ordinal', index: 1, rest: '' }],
    // Shanghainese counts with 只.
    ['第二只讲讲清爽', { type: 'ordinal', index: 1, rest: '讲讲清爽' }],
    ['最后那个怎么申请', { type: 'ordinal', index: -1, rest: '怎么申请' }],
    // Where the list was, said first, changes nothing.
    ['刚才第二个展开说说', { type: 'ordinal', index: 1, rest: '' }],
    ['上面列的最后那个呢', { type: 'ordinal', index: -1, rest: '' }],
    ['最后那一项请详细说明', { type: 'ordinal', index: -1, rest: '请详细说明' }],
    ['the second one', { type: 'ordinal', index: 1, rest: '' }],
    ['tell me about the second one', { type: 'ordinal', index: 1, rest: '' }],
    ['what about the last one?', { type: 'ordinal', index: -1, rest: '' }],
    ['上一项呢', { type: 'step', step: -1, rest: '' }],
    // An answer only taken in (行吧, ok) before the reference changes nothing.
    ['行吧 那上一项是什么', { type: 'step', step: -1, rest: '' }],
    ['再往上一项', { type: 'step', step: -1, rest: '' }],
    ['那它的上一项是啥', { type: 'step', step: -1, rest: '' }],
    ['那前面一项呢', { type: 'step', step: -1, rest: '', pair: 0 }],
    ['中间那个怎么申请', { type: 'ordinal', index: 0, middle: true, rest: '怎么申请' }],
    ['next one', { type: 'step', step: 1, rest: '' }],
    ['ok and the next measure after this one?', { type: 'step', step: 1, rest: 'afterthisone' }],
    ['and the one after it?', { type: 'step', step: 1, rest: '' }],
    ['the one before it', { type: 'step', step: -1, rest: '' }],
    ['这个怎么申请', { type: 'this', rest: '怎么申请' }],
    ['这个政策现在还有没有啊', { type: 'this', rest: '现在还有没有啊' }],
    [
      'how much money did the city put into that one?',
      { type: 'this', rest: 'howmuchmoneydidthecityputinto' },
    ],
    ['who runs this one', { type: 'this', rest: 'whoruns' }],
  ])('%s', (text, reference) => {
    expect(readReference(bare(text))).toEqual(reference);
  });

  it.each(['what is the credit limit', 'how do I submit', '这个月有什么新政策', '研发投入奖励'])(
    '%s is no reference',
    (text) => {
      expect(readReference(bare(text))).toBeUndefined();
    },
  );
});

describe('“it” said outright', () => {
  it('reads 它 as the last measure whatever follows, but not 它们, nor another joined to it', () => {
    expect(readReference(bare('它那个2023年底的目标现在算完成了没'))).toMatchObject({ type: 'this' });
    expect(readReference(bare('它们都是什么'))).toBeUndefined();
    expect(readReference(bare('它跟揭榜挂帅比呢，哪个现在还有用'))).toBeUndefined();
  });
});

describe('readReferences', () => {
  it('reads 前者 and 后者 (the former, the latter) as the first and the last of a list of two', () => {
    expect(readReference(bare('那就选前者，怎么申请'))).toMatchObject({ type: 'ordinal', index: 0 });
    expect(readReference(bare('那就选后者吧，费率多少'))).toMatchObject({ type: 'ordinal', index: -1 });
    expect(readReference(bare('前者具体靠谁来落地'))).toMatchObject({ type: 'ordinal', index: 0 });
    expect(readReference(bare("OK, we'll take the latter. How do we apply?"))).toMatchObject({
      type: 'ordinal',
      index: -1,
    });
  });

  it('reads two references asked about together', () => {
    expect(
      readReferences(bare('第三个和第五个分别讲讲'))?.map((r) => r.type === 'ordinal' && r.index),
    ).toEqual([2, 4]);
    expect(
      readReferences(bare('第一个和最后一个分别详细说说'))?.map((r) => r.type === 'ordinal' && r.index),
    ).toEqual([0, -1]);
    expect(
      readReferences(bare('第一个和最后一个各讲两句'))?.map((r) => r.type === 'ordinal' && r.index),
    ).toEqual([0, -1]);
    expect(
      readReferences(bare('more detail on the second one and the fourth one please'))?.map(
        (r) => r.type === 'ordinal' && r.index,
      ),
    ).toEqual([1, 3]);
  });

  it('reads the first / last N as that many ordinals', () => {
    const indexes = (text: string) => readReferences(bare(text))?.map((r) => r.type === 'ordinal' && r.index);
    expect(indexes('Explain the first two.')).toEqual([0, 1]);
    expect(indexes('前三个分别讲讲')).toEqual([0, 1, 2]);
    expect(indexes('最后两项')).toEqual([-2, -1]);
    expect(indexes('前两个月的订单')).toBeUndefined();
  });

  it('leaves a comparison, a single reference and a new question to the other readers', () => {
    expect(readReferences(bare('第一个和第二个有什么区别'))).toBeUndefined();
    expect(readReferences(bare('第二个'))).toBeUndefined();
    expect(readReferences(bare('第二个和无缝续贷'))).toBeUndefined();
  });
});

describe('pickFromList', () => {
  it('picks from the start, from the end, and the middle of an odd list only', () => {
    const list = ['a', 'b', 'c'];
    expect(pickFromList(list, { type: 'ordinal', index: 1, rest: '' })).toBe('b');
    expect(pickFromList(list, { type: 'ordinal', index: -1, rest: '' })).toBe('c');
    expect(pickFromList(list, { type: 'ordinal', index: 0, middle: true, rest: '' })).toBe('b');
    expect(pickFromList(['a', 'b'], { type: 'ordinal', index: 0, middle: true, rest: '' })).toBeUndefined();
    expect(pickFromList(list, { type: 'ordinal', index: 5, rest: '' })).toBeUndefined();
  });
});

describe('the other one', () => {
  it('reads 另一个 / 另外那条 / the other one, with what follows', () => {
    expect(readReference(bare('另一个呢'))).toEqual({ type: 'other', rest: '' });
    expect(readReference(bare('那另外那条怎么申请'))).toEqual({ type: 'other', rest: '怎么申请' });
    expect(readReference(bare('And what about the other one?'))).toEqual({ type: 'other', rest: '' });
    expect(readReference(bare('the others are fine'))).toBeUndefined();
  });

  it('is, of a list of two, the one the last answer was not about', () => {
    expect(otherOfTwo(['a', 'b'], 'a')).toBe('b');
    expect(otherOfTwo(['a', 'b'], 'b')).toBe('a');
    expect(otherOfTwo(['a', 'b', 'c'], 'a')).toBeUndefined();
    expect(otherOfTwo(['a', 'b'], 'c')).toBeUndefined();
    expect(otherOfTwo(['a', 'b'], undefined)).toBeUndefined();
  });
});

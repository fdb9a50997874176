// A table of words put right in a text: whole words, the one listed first winning where two start together.
import { describe, expect, it } from 'vitest';
import { replaceWords } from '../../src/conversation/replaceWords.js';

describe('replaceWords', () => {
  const read = replaceWords([
    ['嗰啲', '那些'],
    ['嗰', '那'],
    ['㗎', ''],
  ]);
  it('puts each word right, the longer listed first read whole', () => {
    expect(read('嗰啲措施仲有效㗎')).toBe('那些措施仲有效');
    expect(read('嗰个')).toBe('那个');
  });
  it('returns a text without the words as it is', () => {
    expect(read('我们想贷款')).toBe('我们想贷款');
  });
});

// pinyinSequenceWithSpans: each syllable maps back onto the characters it was read from.
import { describe, expect, it } from 'vitest';
import { pinyinSequence, pinyinSequenceWithSpans } from '../../src/search/pinyinSequence.js';

describe('pinyinSequenceWithSpans', () => {
  it('gives the same sequence as pinyinSequence', () => {
    for (const text of ['无缝续贷', 'rongzi fangmian you naxie', '智评券 5000万 zhipingquan!', '']) {
      expect(pinyinSequenceWithSpans(text).sequence).toEqual(pinyinSequence(text));
    }
  });

  it('places Han characters, pinyin syllables and breaks by code point', () => {
    const text = '融资 rongzi，𠀀ab';
    const { sequence, spans } = pinyinSequenceWithSpans(text);
    const chars = [...text];
    const read = spans.map(([start, end]) => chars.slice(start, end).join(''));
    expect(sequence.slice(0, 4)).toEqual(['rong', 'zi', 'rong', 'zi']);
    // A character outside the Basic Multilingual Plane is one code point, two UTF-16 units.
    expect(read).toEqual(['融', '资', 'rong', 'zi', '，', '𠀀', 'ab']);
  });
});

// Reads text as a sequence of toneless pinyin syllables, so that sound-alikes (无逢续贷 / 无缝续贷,
// 致评券 / 智评券) and pinyin typed without an IME (zhipingquan, wufeng xudai) meet the aliases.
import { charReading } from './charReadings.js';
import { PINYIN_SYLLABLES } from './pinyinSyllables.js';

/** A syllable, or null where the text breaks (digits, punctuation, a non-pinyin word). */
export type PinyinSequence = (string | null)[];

const LONGEST_SYLLABLE = 6;

/**
 * Splits a Latin word into pinyin syllables, or undefined if it is not pinyin. Fewest syllables
 * wins, and a syllable starting with a vowel inside the word costs extra, since pinyin writes an
 * apostrophe there (xi'an): wengang reads wen gang, not weng ang.
 */
export function splitPinyinWord(word: string): string[] | undefined {
  const n = word.length;
  // cost[i] = cheapest split of word[0, i); from[i] = where its last syllable starts.
  const cost: number[] = new Array<number>(n + 1).fill(Infinity);
  const from: number[] = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let len = 1; len <= LONGEST_SYLLABLE && len <= i; len++) {
      const start = i - len;
      if (cost[start] === Infinity) continue;
      const syllable = word.slice(start, i);
      if (!PINYIN_SYLLABLES.has(syllable)) continue;
      const c = cost[start]! + 1 + (start > 0 && /^[aeo]/.test(syllable) ? 0.5 : 0);
      if (c < cost[i]!) {
        cost[i] = c;
        from[i] = start;
      }
    }
  }
  if (cost[n] === Infinity) return undefined;
  const out: string[] = [];
  for (let i = n; i > 0; i = from[i]!) out.unshift(word.slice(from[i]!, i));
  return out;
}

/**
 * The pinyin of normalised text: each Han character by its usual reading (the same for questions and
 * knowledge texts, so both sides agree on polyphones, and fast), Latin words when they are pinyin.
 */
export function pinyinSequence(text: string): PinyinSequence {
  return readSyllables(text);
}

/**
 * The pinyin of normalised text with where each entry stands in it: `spans[i]` is the [start, end)
 * of entry i in code points, so a name found by sound can be mapped back onto the characters.
 */
export function pinyinSequenceWithSpans(text: string): {
  sequence: PinyinSequence;
  spans: [number, number][];
} {
  const spans: [number, number][] = [];
  return { sequence: readSyllables(text, spans), spans };
}

function readSyllables(text: string, spans?: [number, number][]): PinyinSequence {
  const out: PinyinSequence = [];
  // Code points before the current run, for spans; counted only when asked for.
  let unit = 0;
  let point = 0;
  const pointAt = (index: number) => {
    for (; unit < index; unit++) {
      const code = text.charCodeAt(unit);
      if (code < 0xdc00 || code > 0xdfff) point++;
    }
    return point;
  };
  for (const run of text.matchAll(/(\p{Script=Han}+)|([a-z]+)|([^\p{Script=Han}a-z\s]+)/gu)) {
    const [whole, han, latin] = run;
    const start = spans ? pointAt(run.index) : 0;
    if (han) {
      let i = start;
      for (const ch of han) {
        out.push(charReading(ch));
        spans?.push([i, ++i]);
      }
    } else if (latin) {
      const syllables = splitPinyinWord(latin);
      if (syllables) {
        out.push(...syllables);
        let i = start;
        for (const syllable of syllables) spans?.push([i, (i += syllable.length)]);
      } else {
        out.push(null);
        spans?.push([start, start + latin.length]);
      }
    } else {
      out.push(null);
      spans?.push([start, spans ? pointAt(run.index + whole.length) : 0]);
    }
  }
  return out;
}

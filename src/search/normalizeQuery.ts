// Turns whatever a user typed or pasted into one canonical form before matching: NFKC (full-width →
// half-width), no control characters, no pinyin glosses such as 創(chuàng), Traditional →
// Simplified, lower case, single spaces. Knowledge texts go through the same function, so both
// sides of every comparison look alike.
import * as OpenCC from 'opencc-js/t2cn';

/** Longer input is cut: nobody asks a question in more than this, and it bounds the work per query. */
export const MAX_QUERY_CHARS = 300;

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

// A Han character followed by a bracketed pinyin syllable (tone marks or tone digits).
const PINYIN_GLOSS = /(\p{Script=Han})\s*\(\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[1-5]?\s*\)/giu;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029]/gu;

export function normalizeQuery(raw: string): string {
  // Cut generously before the heavier steps, then exactly after them.
  let text = raw.length > MAX_QUERY_CHARS * 4 ? raw.slice(0, MAX_QUERY_CHARS * 4) : raw;
  text = text.normalize('NFKC').replace(INVISIBLE, ' ');
  text = text.replace(PINYIN_GLOSS, '$1');
  text = toSimplified(text).toLowerCase();
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_QUERY_CHARS ? text.slice(0, MAX_QUERY_CHARS) : text;
}

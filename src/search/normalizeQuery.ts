// Turns whatever a user typed or pasted into one canonical form before matching: NFKC (full-width →
// half-width), no control characters, no pinyin glosses such as 創(chuàng), Traditional →
// Simplified, lower case, single spaces. Knowledge texts go through the same function, so both
// sides of every comparison look alike.
import * as OpenCC from 'opencc-js/t2cn';

/** Longer input is cut: nobody asks a question in more than this, and it bounds the work per query. */
export const MAX_QUERY_CHARS = 300;

const convertPhrases = OpenCC.Converter({ from: 't', to: 'cn' });
/** Per code point: 0 not checked yet, 1 already Simplified, 2 converts. */
const charState = new Uint8Array(0x30000);

/**
 * Traditional → Simplified. OpenCC converts by phrase, which is slow on long text; most text is
 * already Simplified, so a per-character check (cached) lets it pass untouched.
 */
function toSimplified(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (point >= charState.length) continue;
    let state = charState[point]!;
    if (state === 0) {
      const ch = String.fromCodePoint(point);
      state = convertPhrases(ch) === ch ? 1 : 2;
      charState[point] = state;
    }
    if (state === 2) return convertPhrases(text);
  }
  return text;
}

// A Han character followed by a bracketed pinyin syllable (tone marks or tone digits).
const PINYIN_GLOSS = /(\p{Script=Han})\s*\(\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[1-5]?\s*\)/giu;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029]/gu;

/** The canonical form of any text, whatever its length (knowledge texts). */
export function normalizeText(raw: string): string {
  let text = raw.normalize('NFKC').replace(INVISIBLE, ' ');
  text = text.replace(PINYIN_GLOSS, '$1');
  text = toSimplified(text).toLowerCase();
  return text.replace(/\s+/g, ' ').trim();
}

/** The canonical form of a question, cut to MAX_QUERY_CHARS. */
export function normalizeQuery(raw: string): string {
  // Cut generously before the heavier steps, then exactly after them.
  const text = normalizeText(raw.length > MAX_QUERY_CHARS * 4 ? raw.slice(0, MAX_QUERY_CHARS * 4) : raw);
  return text.length > MAX_QUERY_CHARS ? text.slice(0, MAX_QUERY_CHARS) : text;
}

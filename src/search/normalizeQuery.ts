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
export function toSimplified(text: string): string {
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
/** A vowel with a tone mark: pinyin typed with tones (Qǐngwèn yánfā), read as toneless pinyin. */
const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/iu;

/** Pinyin typed with tone digits (zhuan1jing1te4xin1): two syllables in a row, each with its digit. */
const TONE_DIGITS = /[a-z]{1,6}[1-5][a-z]{1,6}[1-5]/;
const TONE_DIGIT = /(?<=[aeiouvngr])[1-5](?=[a-z\s,.?!;:]|$)/g;

function withoutTones(text: string): string {
  // ü (with or without a tone) is typed v; NFD would leave it a plain u.
  return text
    .replace(/[ǖǘǚǜü]/g, 'v')
    .replace(/[ǕǗǙǛÜ]/g, 'V')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Pinyin typed with tone marks (nà lìngwài nàge ne) as toneless pinyin (na lingwai nage ne); other text as it is. */
export function withoutToneMarks(text: string): string {
  return TONE_MARKED.test(text) ? withoutTones(text) : text;
}

/** The canonical form of any text, whatever its length (knowledge texts). */
export function normalizeText(raw: string): string {
  let text = commonForm(raw) ?? raw.normalize('NFKC').replace(INVISIBLE, ' ');
  if (text.includes('(')) text = text.replace(PINYIN_GLOSS, '$1');
  if (TONE_MARKED.test(text)) text = withoutTones(text);
  text = toSimplified(text).toLowerCase();
  if (TONE_DIGITS.test(text)) text = text.replace(TONE_DIGIT, '');
  return hasLooseSpace(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Whether collapsing and trimming white space would change the text (a scan, cheaper than a regex). */
function hasLooseSpace(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(n - 1))) return true;
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? text.charCodeAt(i - 1) === 0x20 : isSpace(c)) return true;
  }
  return false;
}

/** What `\s` matches. */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * NFKC of text made only of printable ASCII, common Han characters, full-width ASCII forms and a
 * few punctuation marks that NFKC keeps — nearly every knowledge text and question. Full-width
 * forms map by a fixed offset; anything else returns undefined and takes the general path, which is
 * several times slower on the ten thousand entries of a large base.
 */
function commonForm(raw: string): string | undefined {
  let fullWidth = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x20 && c <= 0x7e)) continue;
    if (c >= 0xff01 && c <= 0xff5e) fullWidth = true;
    else if (!KEPT_BY_NFKC.has(c)) return undefined;
  }
  if (!fullWidth) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : raw[i];
  }
  return out;
}

/** Punctuation NFKC leaves as it is: · — ‘ ’ “ ” 、 。 〈 〉 《 》 「 」 『 』 【 】. */
const KEPT_BY_NFKC = new Set([
  0xb7, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x3001, 0x3002, 0x3008, 0x3009, 0x300a, 0x300b, 0x300c,
  0x300d, 0x300e, 0x300f, 0x3010, 0x3011,
]);

/**
 * An English word takes several characters where Chinese takes one or two: text without Han
 * characters may be this many times longer before it is cut (the same question, the same work).
 */
const LATIN_LENGTH_FACTOR = 3;
const HAN = /\p{Script=Han}/u;

/** The canonical form of a question, cut to MAX_QUERY_CHARS (three times that for text with no Han). */
export function normalizeQuery(raw: string): string {
  // Cut generously before the heavier steps, then exactly after them.
  const text = normalizeText(raw.length > MAX_QUERY_CHARS * 4 ? raw.slice(0, MAX_QUERY_CHARS * 4) : raw);
  const limit = HAN.test(text) ? MAX_QUERY_CHARS : MAX_QUERY_CHARS * LATIN_LENGTH_FACTOR;
  return text.length > limit ? text.slice(0, limit) : text;
}

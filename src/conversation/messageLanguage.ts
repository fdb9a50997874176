// Which language a message is written in, so the reply follows it: English words → English;
// Chinese → Chinese; pinyin typed without an IME (zhuanrengong, wu feng xu dai) or a message with
// neither (600万, 是, 3) → undefined, and the conversation keeps its language.
import type { Lang } from '../kb/language.js';
import { withoutToneMarks } from '../search/normalizeQuery.js';
import { splitPinyinWord } from '../search/pinyinSequence.js';

const HAN = /\p{Script=Han}/gu;
const WORD = /[a-z]+(?:'[a-z]+)?/gi;
/** Short English words that are also pinyin syllables (an, he, men …) but say “this is English”. */
const ENGLISH_MARKERS = new Set([
  'the',
  'is',
  'are',
  'what',
  'how',
  'can',
  'i',
  'we',
  'my',
  'our',
  'for',
  'and',
  'of',
  'to',
  'do',
  'does',
  'which',
  'who',
  'when',
  'where',
  'about',
  'please',
  'with',
  'in',
  'on',
  'it',
  'this',
  'that',
  'much',
  'many',
  'there',
  'any',
  'us',
  'me',
  'you',
  'your',
  'tell',
  'need',
  'want',
  'help',
  'apply',
  'get',
  'still',
  'open',
  'measure',
  'measures',
  'policy',
  'policies',
  'support',
  'yes',
  'no',
  'loan',
  'loans',
  'rent',
  'human',
  'agent',
  'bank',
  'fund',
  'funds',
  'fee',
  'fees',
  'one',
  'go',
  'be',
]);
/** A reply that is only an amount, a number or a yes/no in Chinese (600万, 3, 是) keeps the conversation's language. */
const ANSWER_LIKE =
  /^[\s\d.,，。!！?？]*(万|亿|元|万元|亿元|千|百|是|否|对|不是|有|没有|不|好)?[\s.,，。!！?？]*$/u;
/** Latin words that name things in Chinese questions too (AI算力券, IPO): they do not make a message English. */
const NEUTRAL = new Set(['ai', 'ipo', 'r', 'd', 'rd', 'it', 'sme', 'smes', 'app', 'vs']);

const ACRONYM = /^[A-Z]{2,5}$/;

export function messageLanguage(typed: string): Lang | undefined {
  // Pinyin with tone marks (nà lìngwài nàge ne) is pinyin, not broken English words.
  const text = withoutToneMarks(typed);
  const han = text.match(HAN)?.length ?? 0;
  // (An acronym typed in capitals — PCT, UL, CRO, GPU — names a thing in any language.)
  const words = (text.match(WORD) ?? [])
    .filter((w) => !ACRONYM.test(w))
    .map((w) => w.toLowerCase())
    .filter((w) => !NEUTRAL.has(w));
  if (words.length === 0) return han > 0 && !ANSWER_LIKE.test(text) ? 'zh' : undefined;
  const pinyin = words.map((w) => splitPinyinWord(w) !== undefined);
  const notPinyin = pinyin.filter((p) => !p).length;
  const markers = words.filter((w) => ENGLISH_MARKERS.has(w)).length;
  const english = words.filter((w, i) => ENGLISH_MARKERS.has(w) || !pinyin[i]).length;
  // Typed pinyin (every word splits into syllables) is Chinese typed without an IME: it keeps the
  // conversation's language, Chinese unless the client asked for English. A marker that is also a
  // syllable (you 有, can 残, me 么) among several pinyin words does not make it English:
  // “fangzu butie you ma” is 房租补贴有吗.
  if (english === 0 || (notPinyin === 0 && markers * 3 <= words.length)) return han > 0 ? 'zh' : undefined;
  if (han === 0)
    return english >= 1 && words.length >= 2 ? 'en' : words.length === 1 && english === 1 ? 'en' : undefined;
  // Mixed: English when its words carry the sentence (How much is the 研发投入奖励?).
  return english >= 2 && english * 2 >= han ? 'en' : 'zh';
}

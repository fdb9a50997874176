// How much of a question a measure explains, counted in characters rather than tokens. Bigrams
// that straddle two words (司想 and 想上 in “小公司想上市”) are in no text at all, so counted as
// tokens they make a plain question look foreign; counted by character, 上市 is what the question
// is about and 小公司想 is the frame around it. Confidence features, not ranking.

/** Characters that glue a sentence together without naming a topic (besides the function characters). */
const GLUE_CHARS = new Set([
  ...'的了吗呢吧啊呀么嘛哦哈我你他她它们这那哪些什怎样如何请问咋啥',
  ...'想要有在是就都也还能会可给让被把对跟和与及或而但又很太最更个一不没去来用做搞弄该得着过帮轮老',
]);

/**
 * Bigrams of who is asking (政府, 我们公司, 小企业) rather than what about: generic in questions
 * though some measure's text has them, so they neither cover nor count against a measure.
 */
const ASKER_BIGRAMS = new Set(
  '政府 国家 市里 区里 我们 咱们 阿拉 公司 小公 企业 小企 中小 小微 老板 厂里 单位 咋整'.split(' '),
);

export interface CoverageSpan {
  start: number;
  end: number;
  /** Whether the span is explained by the measure being judged (else by some other measure). */
  top: boolean;
}

export interface CoverageLexicon {
  /** Whether any measure's text has this token. */
  known(token: string): boolean;
  /** Whether the measure being judged has this token. */
  inTop(token: string): boolean;
  /** Whether a bigram only frames a question (多少, 怎么, 申请 …). */
  neutral(bigram: string): boolean;
}

export interface CharacterCoverage {
  /** Share of the content characters the measure explains. */
  covered: number;
  /** Share of the content characters no measure explains. */
  unknown: number;
}

const HAN = /\p{Script=Han}/u;

/** Coverage of a normalised question's characters (code points) by one measure and by all of them. */
export function characterCoverage(
  chars: readonly string[],
  spans: readonly CoverageSpan[],
  lexicon: CoverageLexicon,
): CharacterCoverage {
  const n = chars.length;
  const top = new Uint8Array(n);
  const known = new Uint8Array(n);
  const neutral = new Uint8Array(n);
  for (const s of spans) {
    for (let i = s.start; i < s.end && i < n; i++) {
      known[i] = 1;
      if (s.top) top[i] = 1;
    }
  }
  const han = chars.map((ch) => HAN.test(ch));
  for (let i = 0; i < n; i++) {
    if (!han[i]) continue;
    const runStart = i === 0 || !han[i - 1];
    const runEnd = i + 1 >= n || !han[i + 1];
    if (runStart && runEnd) {
      // A lone character is its own token.
      if (lexicon.known(chars[i]!)) known[i] = 1;
      if (lexicon.inTop(chars[i]!)) top[i] = 1;
      continue;
    }
    if (runEnd) continue;
    const bigram = chars[i]! + chars[i + 1]!;
    if (lexicon.neutral(bigram) || ASKER_BIGRAMS.has(bigram)) neutral[i] = neutral[i + 1] = 1;
    else if (lexicon.known(bigram)) {
      known[i] = known[i + 1] = 1;
      if (lexicon.inTop(bigram)) top[i] = top[i + 1] = 1;
    }
  }
  let content = 0;
  let covered = 0;
  let unknown = 0;
  for (let i = 0; i < n; i++) {
    if (!han[i] || GLUE_CHARS.has(chars[i]!)) continue;
    if (neutral[i] && !top[i]) continue;
    content++;
    if (top[i]) covered++;
    else if (!known[i]) unknown++;
  }
  // A Latin word counts as one character: “ipo”, “loan”.
  for (let i = 0; i < n;) {
    if (!/[a-z]/.test(chars[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && /[a-z]/.test(chars[end]!)) end++;
    const word = chars.slice(i, end).join('');
    if (word.length >= 2 && !lexicon.neutral(word)) {
      content++;
      if (top[i] || lexicon.inTop(word)) covered++;
      else if (!known[i] && !lexicon.known(word)) unknown++;
    }
    i = end;
  }
  return content === 0
    ? { covered: 0, unknown: 0 }
    : { covered: covered / content, unknown: unknown / content };
}

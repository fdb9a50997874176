// Splits normalised text into the tokens the lexical ranker counts: Han character bigrams (and a
// lone Han character as itself), Latin words and numbers. Chinese has no spaces, and general word
// segmenters cut domain terms apart (算/力, 四/上); bigrams never miss a term, and whole known terms
// are matched separately by the alias matcher.

/** Characters that carry no topic on their own; a bigram with one of them spans no term. */
const FUNCTION_CHARS = new Set([...'的了吗呢吧啊呀么嘛哦哈我你他她它们这那哪些什怎样如何请问咋啥伐']);

/**
 * Bigrams that frame a question (how much, when, how to apply, which company) without naming its
 * topic: 驾照到期 and 贷款到期 share 到期, 养老金今年 and 智评券今年 share 今年, 这两个 (有支持吗) and a text's
 * 这两个目标 share 两个, 具体是哪天 and 具体是怎么做 share 体是. They are not counted.
 */
const FRAME_BIGRAMS = new Set(
  `多少 怎么 怎样 如何 申请 申报 条件 流程 材料 时间 截止 到期 今年 明年 去年 现在 还有 可以 能否 是否 办理 领取
  哪里 多久 政策 支持 企业 公司 中小 小企 上海 有没 没有 能不 不能 具体 一下 相关 规定 需要 要求 咨询 问题
  两个 几个 两项 两块 几块 分别 说说 体是`
    .split(/\s+/)
    .filter(Boolean),
);

/** English words that carry no topic (and words every question here shares: sme, shanghai). */
const ENGLISH_STOPWORDS = new Set(
  `a an the of for to in on at by with and or is are was be can could how what which who when where why do does
  did my our we i you your it its me us this that there any get about from as if not no yes please tell want
  need there's what's how's it's i'm sme smes company companies enterprise enterprises business firm shanghai
  policy policies support measure measures firms businesses employer employers small medium micro sized size
  much many just like also some more any anything really very new one year years now still there here so too
  gov government city district districts local official officials offer offers provide provides available give receive got getting
  apply applying application eligible eligibility qualify qualifies requirement requirements condition conditions
  subsidy subsidies grant grants funding fund funds money cash incentive incentives help helps assistance
  benefit benefits scheme schemes program programs programme programmes plan plans project projects hey hi
  should would will shall may might must have has had am been being were they them their he she his her`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a Han bigram frames the question or is made of function characters (never a token). */
export function isNeutralBigram(bigram: string): boolean {
  const [a, b] = [...bigram];
  return (
    FRAME_BIGRAMS.has(bigram) ||
    (a !== undefined && FUNCTION_CHARS.has(a)) ||
    (b !== undefined && FUNCTION_CHARS.has(b))
  );
}

const FUNCTION_CODES = new Uint8Array(0x10000);
for (const ch of FUNCTION_CHARS) FUNCTION_CODES[ch.charCodeAt(0)] = 1;

function isFunctionChar(code: number): boolean {
  return FUNCTION_CODES[code] === 1;
}

/** Whether a UTF-16 code unit is a Han character (CJK Unified Ideographs, Extension A, compatibility). */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/**
 * An English plural read as its singular (vouchers → voucher, subsidies → subsidy, taxes → tax, centres →
 * centre), so a question and a text agree however either puts it. Harman's light rules, which leave
 * words ending in -us, -ss and -is (status, process, analysis) alone.
 */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies'))
    return `${word.slice(0, -3)}y`;
  if (/(?:x|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('es') && !/(?:aes|ees|oes)$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('s') && !/(?:us|ss|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Tokens of normalised text. A hand-written scanner: it runs over every knowledge text at start-up. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isHan(code)) {
      let j = i + 1;
      while (j < n && isHan(text.charCodeAt(j))) j++;
      if (j - i === 1) {
        if (!isFunctionChar(code)) tokens.push(text[i]!);
      } else {
        // By code unit and one slice per bigram: this loop runs over every knowledge text at start-up.
        let functionBefore = isFunctionChar(code);
        for (let k = i; k + 1 < j; k++) {
          const functionAfter = isFunctionChar(text.charCodeAt(k + 1));
          if (!functionBefore && !functionAfter) {
            const bigram = text.slice(k, k + 2);
            if (!FRAME_BIGRAMS.has(bigram)) tokens.push(bigram);
          }
          functionBefore = functionAfter;
        }
      }
      i = j;
    } else if (code >= 0x61 && code <= 0x7a) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) >= 0x61 && text.charCodeAt(j) <= 0x7a) j++;
      const word = text.slice(i, j);
      if (word.length >= 2 && !ENGLISH_STOPWORDS.has(word)) tokens.push(singular(word));
      i = j;
    } else if (code >= 0x30 && code <= 0x39) {
      const m = /^\d+(?:\.\d+)?%?/.exec(text.slice(i, i + 24))!;
      tokens.push(`#${m[0]}`);
      i += m[0].length;
    } else {
      i++;
    }
  }
  return tokens;
}

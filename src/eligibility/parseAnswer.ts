// Reads an enterprise's free-text answer to a profile question: an amount in 元 (600万, 六百万元,
// 1.5亿, 300w, 6 million, 1.5m, 600k), a yes or a no (是的。/ 沒有 / yes / nope), or one of a
// question's options (by number, label, synonym, or one character off). Chat clients and terminals
// send full-width, Traditional and punctuated text, so every reader normalises first. Answers are
// read the same whatever the language of the check-up; only the re-prompts follow its wording.
import { parseSmallNumber } from '../search/chineseNumber.js';
import { normalizeText } from '../search/normalizeQuery.js';
import { roundToFen } from './money.js';
import type { EligibilityQuestion } from './schema.js';
import { fill, type Wording } from './texts.js';

/** An answer: yes/no, an amount in 元, or the id of a choice option. */
export type AnswerValue = boolean | number | string;
/** Answers by question id. */
export type Answers = Readonly<Record<string, AnswerValue>>;

/** What matchChoice needs of an option (a ChoiceOption of the schema fits). */
export interface ChoiceOptionLike {
  readonly id: string;
  readonly label: string;
  readonly synonyms?: readonly string[];
}

export type ParseResult = { ok: true; value: AnswerValue } | { ok: false; retry: string };

/** Normalised text without white space or punctuation: “是的。” → 是的, “ＹＥＳ!” → yes. */
export function compact(text: string): string {
  return normalizeText(text).replace(/[\s\p{P}]+/gu, '');
}

// ---------------------------------------------------------------------------------------------
// Amounts

const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  一: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const UNITS: Readonly<Record<string, number>> = {
  十: 10,
  百: 100,
  千: 1_000,
  k: 1_000,
  万: 10_000,
  w: 10_000,
  亿: 100_000_000,
};
/** A number with its units: 600万, 1.5亿, 2百5十万, 十万, 300w (after Chinese digits became Arabic). */
const AMOUNT_RUN = /(?:\d+(?:\.\d+)?|十)(?:\d+(?:\.\d+)?|[十百千万亿]|(?<=\d)[wk])*/g;
const AMOUNT_TOKEN = /\d+(?:\.\d+)?|[十百千万亿wk]/g;
/** A number followed by one of these counts something else (2023年, 5%, 3000家, 5 years). */
const NOT_MONEY_AFTER =
  /^(?:[年月日号%‰家人个岁天次倍项条位名期]|percent|years?|months?|days?|people|persons?|staff|employees?)/;
const MONEY_AFTER = /^(?:元|块|rmb|人民币|yuan|cny)/;

/**
 * English scale words after a number, written as the Chinese units the reader knows:
 * 6 million → 6百万, 1.5 billion → 1.5十亿, 600 thousand / 600k → 600千, 1.1 trillion → 1.1万亿.
 */
const ENGLISH_SCALE = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|mn|bn|k|m|b)(?![a-z])/g;
const SCALE_AS_CHINESE: Readonly<Record<string, string>> = {
  thousand: '千',
  k: '千',
  million: '百万',
  mn: '百万',
  m: '百万',
  billion: '十亿',
  bn: '十亿',
  b: '十亿',
  trillion: '万亿',
};

export interface AmountReading {
  /** The amount in 元. */
  yuan: number;
  /** Whether the text gave a unit (万, 亿, 元 …); “600” alone may mean 600万 to the writer. */
  hasUnit: boolean;
}

/** The value of one run such as 2百5十万; undefined when it is malformed. */
function runValue(run: string): { yuan: number; hasUnit: boolean } | undefined {
  let yi = 0;
  let wan = 0;
  let section = 0;
  let num: number | undefined;
  let numIsDigit = false;
  let lastUnit = 0;
  let hasUnit = false;
  for (const [token] of run.matchAll(AMOUNT_TOKEN)) {
    const unit = UNITS[token];
    if (unit === undefined) {
      if (num !== undefined) return undefined;
      num = Number(token);
      numIsDigit = /^\d$/.test(token);
      continue;
    }
    hasUnit = true;
    if (unit < 10_000) section += (num ?? 1) * unit;
    else if (unit === 10_000) wan = (wan + section + (num ?? 0)) * unit;
    else {
      yi = (yi + wan + section + (num ?? 0)) * unit;
      wan = 0;
    }
    if (unit >= 10_000) section = 0;
    num = undefined;
    lastUnit = unit;
  }
  // 一万五 / 1万5 / 两百五: a lone digit after a unit counts in the next lower place.
  if (num !== undefined && numIsDigit && lastUnit >= 100) num *= lastUnit / 10;
  const yuan = yi + wan + section + (num ?? 0);
  return Number.isFinite(yuan) ? { yuan: roundToFen(yuan), hasUnit } : undefined;
}

/**
 * Reads an amount with what is known about how it was written; `negative` when the text gives a
 * negative amount, undefined when it gives none or several different ones.
 */
export function readAmount(text: string): AmountReading | 'negative' | undefined {
  let t = normalizeText(text).replace(
    ENGLISH_SCALE,
    (_, n: string, scale: string) => `${n.replace(/,/g, '')}${SCALE_AS_CHINESE[scale] ?? ''}`,
  );
  // 合同金额是120万 150是连别的服务一起算的: a bare number after a space starts a figure of its own
  // (1万 5千 stays one figure).
  t = t.replace(/(?<=[万亿千百十元块])\s+(?=\d+(?:\.\d+)?(?![\d.千百十万亿]))/g, '，');
  t = t.replace(/\s+/g, '');
  for (let previous = ''; previous !== t;) {
    previous = t;
    t = t.replace(/(\d),(?=\d{3}(?:\D|$))/, '$1');
  }
  t = t.replace(/[零〇一二两三四五六七八九]/g, (ch) => CHINESE_DIGITS[ch] ?? ch);
  t = t.replace(/(\d)点(\d)/g, '$1.$2');
  // 六百多万, 600余万, 两百来万: read as the round figure.
  t = t.replace(/(?<=[\d十百千])[多余来](?=[十百千万亿wk元块])/g, '');
  // 0.3个亿, 8个亿, 几百个万: 个 between a number and its unit is spoken, not written.
  t = t.replace(/(?<=[\d十百千])个(?=[万亿])/g, '');
  const readings: AmountReading[] = [];
  for (const match of t.matchAll(AMOUNT_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = t.slice(0, start);
    const after = t.slice(end);
    if (/[-−负]$/.test(before)) return 'negative';
    if (/第$/.test(before) || NOT_MONEY_AFTER.test(after)) continue;
    const value = runValue(match[0]);
    if (!value) return undefined;
    readings.push({
      yuan: value.yuan,
      hasUnit: value.hasUnit || MONEY_AFTER.test(after) || /[¥$]$/.test(before),
    });
  }
  // A figure with its unit (900万) outweighs bare numbers beside it (改造一下, 3个人).
  const withUnit = readings.filter((r) => r.hasUnit);
  const counted = withUnit.length > 0 ? withUnit : readings;
  const first = counted[0];
  if (!first || counted.some((r) => r.yuan !== first.yuan)) return undefined;
  return { yuan: first.yuan, hasUnit: first.hasUnit };
}

/**
 * An amount in 元 from Chinese or English input: 600万 → 6000000, 六百万元, 1.5亿, 6,000,000, 两百五十万,
 * 300w, 约600万左右, full-width digits, 6 million, 1.5m, 600k, 1.5 million yuan. Undefined for text without an amount (不知道), a negative amount, or
 * several different amounts.
 */
export function parseAmount(text: string): number | undefined {
  const reading = readAmount(text);
  return reading === undefined || reading === 'negative' ? undefined : reading.yuan;
}

// ---------------------------------------------------------------------------------------------
// Yes / no

const YES = new Set([
  '是',
  '是的',
  '对',
  '对的',
  '好',
  '好的',
  '可以',
  '有',
  '有的',
  '嗯',
  '恩',
  '行',
  '要',
  '需要',
  '有需要',
  '参与',
  '参加',
  '租用',
  '会',
  '当然',
  '没错',
  '正确',
  '确定',
  '属于',
  'yes',
  'y',
  'yeah',
  'yea',
  'yep',
  'yup',
  'ok',
  'okay',
  'true',
  'sure',
  'correct',
  'right',
  'indeed',
  'absolutely',
  'definitely',
  'certainly',
  'affirmative',
]);
const NO = new Set([
  '否',
  '不是',
  '不',
  '没有',
  '无',
  '没',
  '不对',
  '不要',
  '不需要',
  '没需要',
  '不用',
  '不参与',
  '不参加',
  '没参与',
  '没参加',
  '不租用',
  '没租用',
  '不会',
  '并不是',
  '都不是',
  '暂无',
  '还没有',
  '不属于',
  'no',
  'n',
  'nope',
  'nah',
  'not',
  'none',
  'never',
  'negative',
  'false',
  // don't, doesn't, isn't …: the apostrophe splits the word, leaving these.
  'don',
  'doesn',
  'didn',
  'isn',
  'aren',
  'wasn',
  'weren',
  'haven',
  'hasn',
]);
const TRAILING_PARTICLES = /[啊呀吧哦噢喔呢啦哈嘛滴]+$/;

function yesNoOfSegment(segment: string): boolean | undefined {
  const word = segment.replace(TRAILING_PARTICLES, '').replace(/(.)\1+/gu, '$1');
  // 是的, 不是的, 没有的: the trailing 的 changes nothing.
  for (const candidate of [segment, word, word.replace(/的$/, '')]) {
    if (YES.has(candidate)) return true;
    if (NO.has(candidate)) return false;
  }
  return undefined;
}

/**
 * 是/对/好/可以/有/是的/嗯/yes/yep/sure → true; 否/不是/不/没有/无/没/不对/no/nope/not → false, tolerant
 * of punctuation, spaces, full width and Traditional (是的。/ 沒有). Text split by punctuation and
 * spaces reads as its recognised parts (是的,我们是高企 → true; yes, we are → true; no we don't →
 * false); undefined when they disagree (not sure) or none is a yes or no.
 */
export function parseYesNo(text: string): boolean | undefined {
  const segments = normalizeText(text)
    .split(/[\s\p{P}]+/u)
    .filter((s) => s !== '');
  const values = new Set(segments.map(yesNoOfSegment).filter((v) => v !== undefined));
  return values.size === 1 ? [...values][0] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Choices

/** The words that name an option: its label, the label without a bracketed note, its synonyms. */
function optionNames(option: ChoiceOptionLike): string[] {
  const label = normalizeText(option.label);
  return [label, label.replace(/\([^)]*\)/g, ''), ...(option.synonyms ?? []).map(normalizeText)];
}

/** The names without white space or punctuation (专精特新小巨人, littlegiant): compared with compact text. */
function optionKeys(option: ChoiceOptionLike): string[] {
  const keys = optionNames(option).map((k) => k.replace(/[\s\p{P}]+/gu, ''));
  return [...new Set(keys.filter((k) => k !== ''))];
}

/** Words in Latin letters and digits only, separated by single spaces (“new little giant”). */
function latinWords(text: string): string | undefined {
  const words = text.replace(/[\s\p{P}]+/gu, ' ').trim();
  return /^[a-z0-9 ]+$/.test(words) && words !== '' ? words : undefined;
}

/** The names in Latin letters, as words: found in a text only as whole words (“no” is not in “not”). */
function optionWordKeys(option: ChoiceOptionLike): string[] {
  return [...new Set(optionNames(option).flatMap((k) => latinWords(k) ?? []))];
}

/** Whether two strings differ by at most one inserted, deleted or replaced character. */
function withinOneEdit(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const restEqual = (p: number, q: number): boolean => x.slice(p).join('') === y.slice(q).join('');
  return restEqual(i + 1, i + 1) || restEqual(i + 1, i) || restEqual(i, i + 1);
}

function unique(ids: Iterable<string>): string | undefined {
  const set = new Set(ids);
  return set.size === 1 ? [...set][0] : undefined;
}

const OPTION_NUMBER =
  /^(?:第|选|选项)?(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:个|项|种|条|号|类|选项|个选项)?$/u;
/** Option 2, no. 2, #2, 2nd, the second (compact: option2, no2, 2nd, thesecond). */
const ENGLISH_OPTION_NUMBER =
  /^(?:the)?(?:option|number|no|choice)?(\d{1,2})(?:st|nd|rd|th)?(?:one|option)?$/;
const ENGLISH_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
};
const ENGLISH_ORDINAL = /^(?:the)?(first|second|third|fourth|fifth)(?:one|option)?$/;

function optionNumber(t: string): number | undefined {
  const numbered = OPTION_NUMBER.exec(t);
  if (numbered?.[1] !== undefined) return parseSmallNumber(numbered[1]);
  const english = ENGLISH_OPTION_NUMBER.exec(t);
  if (english?.[1] !== undefined) return Number(english[1]);
  const ordinal = ENGLISH_ORDINAL.exec(t)?.[1];
  return ordinal === undefined ? undefined : ENGLISH_ORDINALS[ordinal];
}

/**
 * Where keys occur in a text; a key inside a longer key found at the same place does not count
 * (专精特新 inside 专精特新小巨人, “srdi” inside “srdi little giant”).
 */
function outermostFound(
  text: string,
  keyed: readonly { id: string; keys: readonly string[] }[],
  minLength: number,
): { id: string; start: number; end: number }[] {
  const found: { id: string; start: number; end: number }[] = [];
  for (const { id, keys } of keyed)
    for (const key of keys) {
      if ([...key].length < minLength) continue;
      for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1))
        found.push({ id, start: at, end: at + key.length });
    }
  return found.filter(
    (f) =>
      !found.some(
        (g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start,
      ),
  );
}

/**
 * The id of the option the text chooses: by number (1, 第2个, 二, option 2, the second), exact label
 * or synonym, a label or synonym inside the text (我们是小巨人; we are a new little giant — English
 * names only as whole words), the text inside a label, or one character off a label or synonym of
 * at least three characters (小巨仁). Undefined when nothing or more than one option fits.
 */
export function matchChoice(text: string, options: readonly ChoiceOptionLike[]): string | undefined {
  const t = compact(text);
  if (t === '') return undefined;

  const n = optionNumber(t);
  if (n !== undefined && n >= 1 && n <= options.length) return options[n - 1]?.id;

  const keyed = options.map((option) => ({ id: option.id, keys: optionKeys(option) }));
  const exact = unique(keyed.filter((o) => o.keys.includes(t)).map((o) => o.id));
  if (exact !== undefined) return exact;

  // Names found inside the text: Chinese ones in the compact text, English ones as whole words
  // (between spaces); two different options found make the text ambiguous.
  const words = latinWords(normalizeText(text).replace(/[^a-z0-9\s]+/g, ' '));
  const chineseKeys = keyed.map((o) => ({ id: o.id, keys: o.keys.filter((k) => !/^[a-z0-9]+$/.test(k)) }));
  const wordKeys = options.map((o) => ({ id: o.id, keys: optionWordKeys(o).map((k) => ` ${k} `) }));
  const outermost = [
    ...outermostFound(t, chineseKeys, 2),
    ...(words ? outermostFound(` ${words} `, wordKeys, 2) : []),
  ];
  if (outermost.length > 0) return unique(outermost.map((f) => f.id));

  if ([...t].length >= 2) {
    const latin = latinWords(normalizeText(text));
    const inside = latin
      ? unique(wordKeys.filter((o) => o.keys.some((k) => k.includes(` ${latin} `))).map((o) => o.id))
      : unique(keyed.filter((o) => o.keys.some((k) => k.includes(t))).map((o) => o.id));
    if (inside !== undefined) return inside;
  }

  return unique(
    keyed.filter((o) => o.keys.some((k) => [...k].length >= 3 && withinOneEdit(t, k))).map((o) => o.id),
  );
}

// ---------------------------------------------------------------------------------------------
// One answer to one question

const SKIP = new Set([
  '跳过',
  '略过',
  '不知道',
  '不清楚',
  '不确定',
  '不了解',
  '说不清',
  '不好说',
  'skip',
  'pass',
  'dontknow',
  'idontknow',
  'donotknow',
  'idonotknow',
  'notsure',
  'imnotsure',
  'unsure',
  'idk',
  'noidea',
  'notknown',
  'unknown',
]);

/** Whether the text asks to skip the question (跳过, 不知道, 不清楚 …). */
export function isSkipAnswer(text: string): boolean {
  return SKIP.has(compact(text).replace(TRAILING_PARTICLES, ''));
}

const NO_AMOUNT = /^(?:目前|暂时|还|都|也)?(?:没有|没|无|暂无)(?:技改项目|项目|研发投入|投入|合同)?$/;
const NO_AMOUNT_ENGLISH = /^(?:none|no|nothing|nil|zero|na|noproject|noprojects|nocontract|wehavenone)$/;

/**
 * Reads the answer to a question, or a short re-prompt with an example in the wording's language.
 * Amount questions take 没有/无/none as 0 and ask for a unit when a small number comes without one
 * (600 → 600万 or 600元?).
 */
export function parseAnswer(question: EligibilityQuestion, text: string, wording: Wording): ParseResult {
  const texts = wording.eligibilityTexts;
  switch (question.type) {
    case 'yesno': {
      const value = parseYesNo(text);
      return value === undefined ? { ok: false, retry: texts.retry.yesNo } : { ok: true, value };
    }
    case 'amount': {
      const reading = readAmount(text);
      const example = question.example;
      if (reading === 'negative') return { ok: false, retry: fill(texts.retry.negative, { example }) };
      if (reading === undefined) {
        const none = compact(text).replace(TRAILING_PARTICLES, '');
        if (NO_AMOUNT.test(none) || NO_AMOUNT_ENGLISH.test(none)) return { ok: true, value: 0 };
        const examples = texts.retry.amountExamples;
        const other = examples.find((e) => compact(e) !== compact(example)) ?? examples[0] ?? example;
        return { ok: false, retry: fill(texts.retry.amount, { example, other }) };
      }
      if (!reading.hasUnit && reading.yuan > 0 && reading.yuan < 10_000)
        return { ok: false, retry: fill(texts.retry.amountUnit, { n: reading.yuan }) };
      return { ok: true, value: reading.yuan };
    }
    case 'choice': {
      const id = matchChoice(text, question.options);
      if (id !== undefined) return { ok: true, value: id };
      const first = question.options[0];
      const example = first?.synonyms[0] ?? first?.label ?? '';
      return {
        ok: false,
        retry: fill(texts.retry.choice, { count: question.options.length, example }),
      };
    }
  }
}

// Reads the answers a message states about the enterprise without being asked — “我们不是高新技术
// 企业，今年第一次进四上，去年研发投入600万” gives is-high-tech = no, first-time-sishang = yes,
// rd-last-year = 600万 — from the phrases each question lists under `says` (knowledge/eligibility.yaml).
// A stated answer is never asked again.
import { soundOf } from '../search/charReadings.js';
import { normalizeQuery } from '../search/normalizeQuery.js';
import { OTHER_REGIONS } from '../search/otherRegion.js';
import { splitPinyinWord } from '../search/pinyinSequence.js';
import { type AnswerValue, type Answers, readAmount } from './parseAnswer.js';
import { escapeRegExp } from '../escapeRegExp.js';
import { moneyToYuan } from './money.js';
import type { EligibilityQuestion, StatedAnswer } from './schema.js';

const PUNCTUATION = /[\s\p{P}\p{S}]+/gu;
/** Words that turn to another matter (是科技型，但没做过认定). */
const CONTRAST = /但是|但|不过|可是|然而/u;
/**
 * Where a clause ends; a comma between digits groups thousands (6,500,000.00元) and ends nothing. A spaced
 * dash sets apart what follows (… 12 million RMB - so 5% means 600k for us?).
 */
const CLAUSE =
  /[，。;；！!？?\n]+|\.(?=\s|$)|(?<!\d),|,(?!\d)|\s{2,}|\s[-–—]+\s|(?:但是|但|不过|而且|并且|同时|另外)/u;

/** The phrase as it is compared: normalised, without spaces or punctuation. */
/** A full date (2025年10月, 2024年3月15日) read as its year's 年: a phrase's gap (证书…到期) is not spent on it. */
const FULL_DATE = /\d{4}年\d{1,2}月(?:\d{1,2}[日号])?/gu;

function bare(text: string): string {
  return normalizeQuery(text).replace(PUNCTUATION, '').replace(FULL_DATE, '年');
}

/**
 * A phrase made ready to look for: its bare form, or a pattern when `…` in it stands for up to eight
 * characters (是…高企) — up to 24 in an English phrase, whose words are longer (four-above…for the
 * first time). Phrases come from the knowledge base, so each is prepared once, not per message.
 */
const prepared = new Map<string, string | RegExp>();
/** In a phrase, any region other than Shanghai (租…〈外地〉: 租的杭州那边的, 向新竹的机房租用). */
const ELSEWHERE = '〈外地〉';
const ELSEWHERE_PATTERN = `(?:${OTHER_REGIONS.map(escapeRegExp).join('|')})`;
function prepare(phrase: string): string | RegExp {
  let ready = prepared.get(phrase);
  if (ready === undefined) {
    ready =
      phrase.includes('…') || phrase.includes(ELSEWHERE)
        ? new RegExp(
            phrase
              .split('…')
              .map((part) =>
                part
                  .split(ELSEWHERE)
                  .map((piece) => escapeRegExp(bare(piece)))
                  .join(ELSEWHERE_PATTERN),
              )
              .join(/\p{Script=Han}/u.test(phrase) ? '.{0,8}' : '.{0,24}'),
            'u',
          )
        : bare(phrase);
    prepared.set(phrase, ready);
  }
  return ready;
}

/** Where in a message a phrase starts, or -1. */
function where(text: string, phrase: string): number {
  const ready = prepare(phrase);
  return typeof ready === 'string' ? text.indexOf(ready) : (ready.exec(text)?.index ?? -1);
}

const HAN = /\p{Script=Han}/u;

/**
 * Typed pinyin (women bushi gaoqi) as one run of syllables, to be compared with the phrases' sounds;
 * undefined when the message is not pinyin (it holds Han characters, or most words are not pinyin).
 */
function soundOfPinyin(text: string): string | undefined {
  const t = normalizeQuery(text);
  if (HAN.test(t)) return undefined;
  const words = t.match(/[a-z]+/g) ?? [];
  if (words.length < 3) return undefined;
  const split = words.map((w) => splitPinyinWord(w));
  if (split.filter(Boolean).length / words.length < 0.7) return undefined;
  return split.map((s, i) => (s ? s.join('') : words[i])).join('');
}

/** A phrase as it sounds: each Han character by its reading (不是高企 → bushigaoqi). */
const sounds = new Map<string, string>();
function soundPhrase(phrase: string): string {
  let sound = sounds.get(phrase);
  if (sound === undefined) {
    sound = soundOf(phrase);
    sounds.set(phrase, sound);
  }
  return sound;
}

/**
 * A clause that is only what the enterprise is (高企，今年第一次成四上…): a label said of itself, read
 * as “we are” — beside other clauses (高企 alone may ask what the word means).
 */
const LABEL_ALONE = /(^|[，,。;；:：\s])(高企|高新企业|高新技术企业|科技型中小企业|科小)(?=[，,。;；\s]|$)/gu;

export function readStatedFacts(typed: string, questions: readonly EligibilityQuestion[]): Answers {
  const text = /[，,。;；:：\s]/u.test(typed.trim()) ? typed.replace(LABEL_ALONE, '$1我们是$2') : typed;
  const sound = soundOfPinyin(text);
  // Typed pinyin is read by sound: the message's syllables against each phrase's.
  if (sound !== undefined) return readFacts(sound, [], questions, soundPhrase);
  return readFacts(bare(text), clausesOf(text), questions, (p) => p);
}

function clausesOf(text: string): string[] {
  return normalizeQuery(text)
    .split(CLAUSE)
    .map((c) => c.trim())
    .filter(Boolean);
}

function readFacts(
  whole: string,
  clauses: readonly string[],
  questions: readonly EligibilityQuestion[],
  phraseOf: (phrase: string) => string,
): Answers {
  const holds = (text: string, phrase: string) => where(text, phraseOf(phrase)) >= 0;
  // A phrase with a gap (科技型…没做过) does not reach across a “but”: there it would join what was
  // said of two things (是科技型中小企业，但没做过成果转化认定). Across plain commas it may (高企今年报上去了，
  // 还在评审).
  const sides = clauses.length > 0 ? whole.split(CONTRAST) : [whole];
  const stated = (phrase: string) =>
    phrase.includes('…') ? sides.some((side) => holds(side, phrase)) : holds(whole, phrase);
  const facts: Record<string, AnswerValue> = {};
  for (const q of questions) {
    const says = q.says;
    if (!says) continue;
    let value: AnswerValue | undefined;
    switch (q.type) {
      case 'yesno':
        if (says.no.some(stated)) value = false;
        else if (says.yes.some(stated)) value = true;
        break;
      case 'choice': {
        // 工业产值980,000,000元…首次突破10亿那档: an amount below every tier settles it, whatever tier is quoted.
        value = optionBelow(clauses, says.below, holds);
        if (value !== undefined) break;
        // The option stated first: facts come before the question, which may quote the measure
        // (本公司早在2018年即获认定…请问是否仍可申领…对新认定专精特新中小企业…的奖励). Of two phrases
        // from the same place, the longer says more (刚被认定为专精特新 | …专精特新小巨人: the little giant).
        let chosen: { at: number; end: number } | undefined;
        for (const option of q.options) {
          for (const p of says.options[option.id] ?? []) {
            const phrase = phraseOf(p);
            const at = where(whole, phrase);
            if (at < 0) continue;
            const end = at + phrase.length;
            const better = chosen === undefined || at < chosen.at || (at === chosen.at && end > chosen.end);
            if (better) {
              chosen = { at, end };
              value = option.id;
            }
          }
        }
        break;
      }
      case 'amount':
        value = amountBeside(clauses, says.amount, holds);
        break;
    }
    if (value !== undefined) facts[q.id] = value;
  }
  return facts;
}

/** A clause this short after the one naming the figure is only its amount (45万, 大概300来万). */
const SHORT_AMOUNT_CLAUSE = 8;

/** The first amount with a unit in a clause that holds one of `phrases` (or alone in the clause after it). */
function amountBeside(
  clauses: readonly string[],
  phrases: readonly string[],
  holds: (text: string, phrase: string) => boolean,
): number | undefined {
  const amountIn = (clause: string) => {
    const reading = readAmount(clause);
    return reading && reading !== 'negative' && reading.hasUnit ? reading.yuan : undefined;
  };
  for (const [i, clause] of clauses.entries()) {
    if (!phrases.some((p) => holds(bare(clause), p))) continue;
    const yuan = amountIn(clause);
    if (yuan !== undefined) return yuan;
    // 签了半年合同，45万: the amount alone in the clause right after the one that says what it is.
    const next = clauses[i + 1];
    if (next !== undefined && bare(next).length <= SHORT_AMOUNT_CLAUSE) {
      const after = amountIn(next);
      if (after !== undefined) return after;
    }
  }
  return undefined;
}

/** The option an amount below a stated threshold settles (工业产值8个亿: below the first tier). */
function optionBelow(
  clauses: readonly string[],
  below: StatedAnswer['below'],
  holds: (text: string, phrase: string) => boolean,
): string | undefined {
  for (const rule of below) {
    const yuan = amountBeside(clauses, rule.when, holds);
    if (yuan !== undefined && yuan < moneyToYuan(rule.under)) return rule.option;
  }
  return undefined;
}

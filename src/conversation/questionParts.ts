// Splits a message into the parts it asks about side by side: “贷款，也想申请技改补贴” → 贷款 / 技改补贴;
// “首贷和续贷分别是什么” → 首贷 / 续贷; “R&D reward and the AI compute voucher” → two parts. The words
// that only frame the question (有哪些政策, 分别是什么, 有什么区别) are dropped from each part.
import { punctuateRunOn } from './punctuateRunOn.js';

/**
 * The number or bullet in front of an item of a list typed in one message (1. … 2. …, (1) (a) on a line of
 * their own, 一、, 一是 … 二是, ①②, - …), not 1.5% — nor 第（一）（二）条, which names articles.
 */
export const LIST_NUMBER =
  /(?:^|\s|(?<=[:：?？。！!;；,，]))(?:(?:\d{1,2}|[一二三四五六七八九十])[.)）、](?!\d)|[(（](?:\d{1,2}|[a-h])[)）]|[一二三四五](?:是|来)(?=\p{Script=Han})|[-•·*](?=\s))|[①②③④⑤⑥⑦⑧⑨⑩]|\d\uFE0F?\u20E3/u;

/**
 * 还 / 再 / 又 join a second need only before the verb that states it (还想…, 还打算…, 再买点…,
 * 既想…又想…): elsewhere they are part of a word (还款, 再贷款, 再担保, 又称).
 */
const NEED_ADVERB = String.raw`(?:还|再|又)(?=(?:想|打算|要|准备|需要|希望|计划|买|搞|做|找|招|申请|去))`;

/** Chinese words that join needs outright (以及, 还有, 也, 还想…, Cantonese 同埋): readSeveral reads such a message as several. */
export const NEED_JOINERS = String.raw`以及|还有(?!没有|没|效|吗|[一二两三四五六七八九十几半\d]+个?(?:月|天|周|年|星期|礼拜|多月))|同埋|搭仔|另外|此外|顺便问一下|顺便问下|顺便问问|顺便|顺带|并且|而且|同时|外加|加上|${NEED_ADVERB}|(?<!帮我|帮我们|替我|替我们)和|(?<!帮我|帮我们|替我|替我们)跟|与|及|也`;

/**
 * 比较 compares (A比较B, 比较一下A和B) but is also the adverb “rather” before what it qualifies
 * (钱比较紧, 比较难, 比较关心): there it joins nothing.
 */
const COMPARE_WORD = String.raw`比较(?![紧难贵多少大小高低好差缺忙慢快急重便合适感关想需希担头吃有])`;

/** Words and marks that join things asked side by side, and the numbers of a list. */
const JOINERS = new RegExp(
  String.raw`(?:${NEED_JOINERS}|然后|再就是|或者|还是|或|对比|${COMPARE_WORD}|(?<=[」”])\s*同\s*(?=[「“])|、|(?<!\d),|,(?!\d{3}(?!\d))|，|;|；|(?<=[a-z]):[ \t]+|[?？。！!](?=.)|\/|\+|\s[&＆]\s|(?<=\p{Script=Han})[&＆](?=\p{Script=Han})|\s+(?:and|also|plus|or|vs\.?|versus|as well as|compared (?:to|with)|(?:different|differs|differ) from|he|gen|haiyou|yiji|huozhe|haishi)\s+|(?<=\p{Script=Han})vs\.?(?=\p{Script=Han})|\s{2,}|\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D]*\s*|${LIST_NUMBER.source}|\s*[\r\n]+\s*)`,
  'giu',
);

/** List numbers typed as ①②③, after normalisation: 1新认定… 2科技成果… */
const CIRCLED_ONE = /(?:^|[\s:：,，;；])1(?=[\p{Script=Han}“「"])/u;
const CIRCLED_TWO = /(?:^|[\s:：,，;；])2(?=[\p{Script=Han}“「"])/u;
const CIRCLED_ITEM = /(^|[\s:：,，;；])[1-9](?=[\p{Script=Han}“「"])/gu;

/** Our numbers listed under one 第…项 (第17、18、19、20项): each number its own reference. */
const NUMBER_LIST = /第\s*(\d{1,2})((?:\s*[、,，和与及]\s*\d{1,2})+)\s*(项|条)/gu;

/**
 * A single space between two Han runs also separates needs typed side by side (贷款 技改) — so does one
 * between two counted things (300家数商企业 10个左右特色产业集群); not one before an amount of money, nor
 * a count that goes on telling (有2家工厂 1个在松江).
 */
const HAN_SPACE =
  /(?<=\p{Script=Han})\s+(?=\p{Script=Han})|(?<=(?:^|\s)\d+\s*[家个][\p{Script=Han}\d]+)\s+(?=\d+\s*[家个])/gu;

/** What frames a question rather than naming what it is about. */
const FRAME_ZH =
  /(现在|目前|最近|近期|分别|各自|都|是什么|是啥|有哪些|有什么|有啥|什么|哪些|哪个|哪一个|政策|措施|支持|区别|不同|差别|差异|异同|比一比|怎么样|怎么申请|如何申请|能申请吗|可以申请吗|申请|吗|呢|啊|呀|吧|请问|这段话|这段|这句话|这句|啥意思|什么意思|意思|这块|这一块|这方面|有没有|帮忙|帮帮|我们|我想|想要|想|公司|企业|一下|介绍|了解|展开|详细|说说|讲讲|哪个好|更好|更适合|适合|我|的|了|[?？!！。])/gu;
const FRAME_EN =
  /\b(what(?:'s)?|which|is|are|the|a|an|about|tell|me|difference|differences|between|compare|better|for|us|suits?|how|do|does|i|we|can|apply|policy|policies|measures?|support|there|any|you|naxie|shenme|butong|qubie|nage|na ge|geng|shihe|fenbie|you shenme|ok|okay)\b/giu;

export interface QuestionPart {
  /** The part as typed (trimmed). */
  text: string;
  /** The part without the words that only frame the question; may be empty. */
  core: string;
}

/** The end of an English sentence (“…first. Social insurance…”), not of an abbreviation before a figure (No. 8). */
const ENGLISH_SENTENCE_END = /(?<=[a-z0-9)'’"])\.\s+(?=[a-z])/giu;

/**
 * A story told in three or more English sentences, one need in each, reads sentence by sentence; in
 * one or two, the first sentence is the setting of the question that follows (We were just
 * recognised as a little giant. What reward can we expect?).
 */
function englishSentences(text: string): string {
  const ends = text.match(ENGLISH_SENTENCE_END)?.length ?? 0;
  return ends >= 2 ? text.replace(ENGLISH_SENTENCE_END, '; ') : text;
}

export function questionParts(text: string): QuestionPart[] {
  // ①…②… arrive as 1…2… (NFKC): a digit right before Han, after a mark or a space, numbers a list item
  // when both 1 and 2 do.
  const circled = CIRCLED_ONE.test(text) && CIRCLED_TWO.test(text);
  const spoken = englishSentences(punctuateRunOn(text));
  return (circled ? spoken.replace(CIRCLED_ITEM, '$1、') : spoken)
    .replace(NUMBER_LIST, (_, first: string, rest: string, noun: string) =>
      [first, ...rest.split(/[、,，和与及]/).filter(Boolean)].map((n) => `第${n}${noun}`).join('、'),
    )
    .replace(HAN_SPACE, ' , ')
    .split(JOINERS)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((t) => ({
      text: t,
      core: t.replace(FRAME_ZH, ' ').replace(FRAME_EN, ' ').replace(/\s+/g, ' ').trim(),
    }));
}

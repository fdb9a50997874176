// Reads references to earlier replies: after a list, 第二个 / 第一个 / 最后那个 / the second one pick
// from it; 上一项 / 下一项 / next one move by our numbering from the last measure; 这个 / 它 / that one /
// 详细说说 mean the last measure itself, and so does “that one” ending an English question. What
// follows the reference (怎么申请) is returned as `rest`, so a focus still applies: “第二个怎么申请”.
import { parseSmallNumber } from '../search/chineseNumber.js';

export type Reference =
  /** `index` from the start (0 …) or from the end (-1 …); `middle`: the one in the middle (中间那个). */
  | { type: 'ordinal'; index: number; rest: string; middle?: boolean }
  /**
   * `pair`: said as 前面那个 / 后面那个 (not 它前面那条), which after a reply about two measures means the
   * former or the latter (0 or -1 of that list) rather than a step by our numbering.
   */
  | { type: 'step'; step: 1 | -1; rest: string; pair?: 0 | -1 }
  | { type: 'this'; rest: string }
  /** 另一个 / the other one: of a list of two, the one the last answer was not about. */
  | { type: 'other'; rest: string };

const ORDINAL_ZH =
  /^(?:那|就|要|选|看看|说说|讲讲|再看)*(?:倒数第([一二两三四五六七八九十\d]{1,3})(?:个|项|条|只)|第([一二两三四五六七八九十\d]{1,3})(?:个|条|只)|(头一个|首个|前者|头一只)|(最后一个|最后那个|最后那一个|最后一项|最后那项|最后那一项|最后一条|最后那条|最后那一条|最后一只|后者))(.*)$/;
/** After a list of two: the other one (另一个呢, and what about the other one?). */
const OTHER =
  /^(?:那|那么|再看|再说说|and|andwhatabout|whatabout|howabout|then|ok|okay|so)*(?:另一个|另外一个|另外那个|另一项|另外一项|另一条|另外一条|另外那条|另外那项|(?:the)?otherone|theother(?=$|measure|one))(.*)$/;
/** After a comparison or a list of two: the former, the latter. */
const FORMER_EN =
  /^(?:and|then|ok|okay|so|whatabout|howabout|letsgowith|wellgowith|welltake|wewilltake|wellgofor|illtake|ichoose|wechoose|wellchoose)*(?:the)?(former|latter)(?:one)?(.*)$/;
const ORDINAL_EN =
  /^(?:ok|okay|so|then|right|sure|great|thanks|and)*(?:whatabout|howabout|showme|tellmeabout|tellmemoreabout|tellmeaboutthe|moreabout|moredetails?(?:on|about|of|for)|(?:give|send)me(?:more)?details?(?:on|about|of|for)|detailsof|detailson|open|whatis|whatsin|letslookat|canyouexplain|explain)?(?:the)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)(?:one|measure|item)(.*)$/;
const EN_ORDINALS = [
  ['first', '1st'],
  ['second', '2nd'],
  ['third', '3rd'],
  ['fourth', '4th'],
  ['fifth', '5th'],
  ['sixth', '6th'],
  ['seventh', '7th'],
  ['eighth', '8th'],
  ['ninth', '9th'],
  ['tenth', '10th'],
];
/** An English ordinal after the words that start the question (how much does the second one give). */
const ORDINAL_EN_INSIDE =
  /^((?:how|what|when|who|which|where|does|do|is|can|could|would)[a-z]*?)the(first|second|third|fourth|fifth|last)(?:one|measure|item)((?:give|pay|offer|cover|cost|say|mean|require|need|end|close|run|apply|stand|work)?[a-z]*)$/;
const STEP =
  /^(?:ok|okay|so|那|那么|再看|再|看看|说说|往前|往后|它的|这个的|这项的|这条的|它|and|andthe|whatabout|whatabouthe|howabout|howaboutthe|then|the)*(上一项|上一条|前一项|前一条|上一个措施|上一个|(?:再|再往|往)(?:前|后|上|下)(?:一|1)?(?:项|条|个)|(?:它|这个|这条|这项)?前面(?:那|的|那一|一)?(?:条|项|个)|(?:它|这个|这条|这项)?后面(?:那|的|那一|一)?(?:条|项|个)|下一项|下一条|后一项|下一个措施|下一个|thenextone|nextone|nextmeasure|theoneafterit|theoneafterthat|theoneafter|oneafterit|thenext|next|thepreviousone|previousone|previousmeasure|theonebeforeit|theonebeforethat|theonebefore|onebeforeit|theprevious|previous)(.*)$/;
const THIS =
  /^(?:那|那么|and|whatabout|howabout)?((?:这个|它|这)?里面(?:说|讲|提|写)(?:到)?的|它那个|它这个|这个政策|这项政策|这条政策|该政策|这个措施|这项措施|这个|那个|它(?!们)|这项|那项|这一项|那一项|这条|那条|这一条|该措施|该项|thisone|thatone|this|that|it)(.*)$/;
/** “how much did the city put into that one”: English names the measure last (not “it”: credit, limit …). */
const THIS_LAST_EN = /^([a-z].+?)(?:thatone|thisone|thatmeasure|thismeasure|thatprogramme|thatprogram)$/;
const MORE =
  /^(详细说说|详细介绍|详细点|具体说说|具体点|展开说说|展开讲讲|多说点|再详细|更多|tellmemore|moredetails|moreaboutit|details|detail)$/;
/** What may follow a bare reference without making it a new question. */
const TRAILING =
  /^(呢|吧|啊|呀|是什么|是啥|是哪个|是哪项|怎么样|详细|详细说说|详细讲讲|详细介绍|介绍一下|介绍下|具体|具体说说|具体讲讲|具体介绍|说说|讲讲|讲一下|说一下|说下|讲下|看看|看一下|展开|展开说说|打开|点开|please|pls|tellmemore|moredetails|details|\?)*$/;

/** A correction before the reference (不是这个 我点错了 要第二个): the reference is what is meant. */
const CORRECTS_ITSELF =
  /^(?:(?:不是这个|不是这项|不是这条|不是这|不对|我?点错了|我?搞错了|我?弄错了|我?说错了|我?看错了|错了)(?:啊|呀|了)?)+(?:我?要|是)?(?=第|倒数|最后|头一|首个|中间|上一|下一|前一|后一)/u;
/** Where the list was (刚才第二个, 上面列的最后那个): said before the reference, it changes nothing. */
const EARLIER_REPLY =
  /^(?:你|您)?(?:刚才|刚刚|方才|上面|前面|之前)(?:说的|讲的|列的|提到的|给的|发的|列出来的|那个列表里的?|列表里的?|里面的?|里的?)?(?=第|倒数|最后|头一|首个|中间)/u;
/** An answer only taken in (行吧, 好的, ok) before the reference: it changes nothing. */
const ACKNOWLEDGED =
  /^(?:行吧|好吧|好的|好嘞|行|好|嗯+|哦+|ok|okay|明白了?|知道了|了解了?|收到)(?=那|第|倒数|最后|头一|首个|中间|上一|下一|前一|后一|另)/u;
const MIDDLE =
  /^(?:那|就|要|选|看看|说说|讲讲)?(?:中间那个|中间的那个|中间那项|中间那条|中间一个|中间的|themiddleone|middleone)(.*)$/;

/** The item of a list an ordinal reference picks, if the list has it (the middle one only of an odd list). */
export function pickFromList<T>(
  list: readonly T[],
  reference: Extract<Reference, { type: 'ordinal' }>,
): T | undefined {
  if (reference.middle) return list.length % 2 === 1 ? list[(list.length - 1) / 2] : undefined;
  return reference.index < 0 ? list[list.length + reference.index] : list[reference.index];
}

/** Of a list of two, the one that is not `last` (undefined when the list is not two or `last` not in it). */
export function otherOfTwo<T>(list: readonly T[], last: T | undefined): T | undefined {
  if (list.length !== 2 || last === undefined || !list.includes(last)) return undefined;
  return list[0] === last ? list[1] : list[0];
}

export function readReference(typed: string): Reference | undefined {
  const bare = typed.replace(ACKNOWLEDGED, '').replace(CORRECTS_ITSELF, '').replace(EARLIER_REPLY, '');
  if (MORE.test(bare)) return { type: 'this', rest: '' };
  const other = OTHER.exec(bare);
  if (other) return { type: 'other', rest: restOf(other[1]!) };
  const middle = MIDDLE.exec(bare);
  if (middle) return { type: 'ordinal', index: 0, middle: true, rest: restOf(middle[1]!) };
  let m = ORDINAL_ZH.exec(bare);
  if (m) {
    const fromEnd = m[1] ? chineseOrdinal(m[1]) : undefined;
    const index = m[3] ? 0 : m[4] ? -1 : fromEnd !== undefined ? -(fromEnd + 1) : chineseOrdinal(m[2]!);
    if (index !== undefined) return { type: 'ordinal', index, rest: restOf(m[5]!) };
  }
  m = ORDINAL_EN.exec(bare);
  if (m) return { type: 'ordinal', index: englishOrdinal(m[1]!), rest: restOf(m[2]!) };
  // “how much money does the last one give per company”: English puts the ordinal inside the question.
  m = ORDINAL_EN_INSIDE.exec(bare);
  if (m) return { type: 'ordinal', index: englishOrdinal(m[2]!), rest: restOf(`${m[1]!}${m[3]!}`) };
  m = FORMER_EN.exec(bare);
  if (m) return { type: 'ordinal', index: m[1] === 'former' ? 0 : -1, rest: restOf(m[2]!) };
  m = STEP.exec(bare);
  if (m) {
    const step = /上|前|previous|before/.test(m[1]!) ? -1 : 1;
    const pair = /^(?:前面|后面)/.test(m[1]!) ? { pair: step < 0 ? (0 as const) : (-1 as const) } : {};
    return { type: 'step', step, rest: restOf(m[2]!), ...pair };
  }
  m = THIS.exec(bare);
  // 这个/它 alone or with a follow-up (这个怎么申请); not the start of a new question (这个月…).
  if (
    m &&
    (TRAILING.test(m[2]!) ||
      // 里面说的数字化服务专员…: what the last answer said, whatever follows.
      m[1]!.includes('里面') ||
      // 它那个2023年底的目标…: “it” said outright, whatever follows — but another joined to it (它跟…比) compares.
      (m[1]!.startsWith('它') && !/^(?:和|跟|与|同|比|还是|或)/u.test(m[2]!)) ||
      /^(的|是|怎么|如何|能|可以|有|要|需要|最多|多少|什么时候|截止|现在|目前|还|哪个部门|谁|在|howdo|howcan|howmuch|when|who|is|does)/.test(
        m[2]!,
      ))
  )
    return { type: 'this', rest: restOf(m[2]!) };
  m = THIS_LAST_EN.exec(bare);
  if (m) return { type: 'this', rest: m[1]! };
  return undefined;
}

/** The index an English ordinal picks (second → 1, last → -1). */
function englishOrdinal(word: string): number {
  return word === 'last' ? -1 : EN_ORDINALS.findIndex((o) => o.includes(word));
}

function chineseOrdinal(text: string): number | undefined {
  const n = parseSmallNumber(text);
  return n !== undefined && n >= 1 && n <= 50 ? n - 1 : undefined;
}

/** The words after the reference, unless they only frame it (呢, 是什么). */
function restOf(text: string): string {
  return TRAILING.test(text) ? '' : text;
}

/** Joins two references (第三个和第五个, the first and the last one). */
/** Sounds and fillers that only start speaking (嗯那个, 呃就是) before a reference. */
const SPOKEN_LEAD = /^(?:嗯|呃|额|唔|哦)+(?:那个|就是)?(?=第|最后|前|后)/u;
const REFERENCE_JOINER = /^(?:和|跟|与|及|以及|还有|、|,|and)/;

/** 前两个 / 最后三项 / the first two / the last 3 ones: several ordinals at once. */
const FIRST_N =
  /^(?:请|麻烦)?(?:讲讲|说说|介绍一下|介绍|解释一下|explain|tellmeabout|tellmemoreabout|whatabout|showme)?(?:the)?(前|后|最后|first|last)(两|三|四|二|俩|2|3|4|two|three|four)(?:个|项|条|ones|measures|items)?(?:分别)?(?:讲讲|说说|是什么|呢|吧|介绍一下|都讲讲|分别讲讲|please)?$/;
/** The counts parseSmallNumber does not read. */
const COUNT_WORDS: Record<string, number> = { 俩: 2, two: 2, three: 3, four: 4 };

/**
 * Several references in one message (第三个和第五个分别讲讲, 第一个和最后一个分别详细说说, 前两个): each in
 * turn, when nothing but words that only frame them follows; undefined for fewer than two.
 */
export function readReferences(bare: string): Reference[] | undefined {
  // 嗯那个第三个还有最后一个: a spoken lead-in before the references says nothing.
  bare = bare.replace(SPOKEN_LEAD, '');
  const firstN = FIRST_N.exec(bare);
  if (firstN) {
    const n = parseSmallNumber(firstN[2]!) ?? COUNT_WORDS[firstN[2]!]!;
    const fromEnd = firstN[1] !== '前' && firstN[1] !== 'first';
    return Array.from({ length: n }, (_, i) => ({
      type: 'ordinal' as const,
      index: fromEnd ? i - n : i,
      rest: '',
    }));
  }
  const found: Reference[] = [];
  let rest = bare;
  for (;;) {
    const reference = readReference(rest);
    if (!reference || reference.type === 'this') break;
    found.push(reference);
    const next = reference.rest.replace(REFERENCE_JOINER, '');
    if (next === reference.rest) {
      rest = reference.rest;
      break;
    }
    rest = next;
  }
  const framing = rest
    .replace(/^(?:分别|都|各自|各|一起|一下)+/, '')
    .replace(/^(?:给|跟|帮|和)(?:我|我们)/, '')
    .replace(/(?:讲|说|聊|介绍)(?:两句|几句|一点)$/, '');
  return found.length >= 2 && (framing === '' || TRAILING.test(framing)) ? found : undefined;
}

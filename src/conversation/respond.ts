// The bot's decision for one message, outside any dialog: which answer to give, or which flow to
// start. Pure: the Bot Framework layer (MainDialog), `yiqi ask` and the tests all call this.
import type { Answer, Focus } from '../answers/answer.js';
import {
  briefsOf,
  composeAnswer,
  composeDeclined,
  composeGeneralPartial,
  composeMeasureAnswer,
  composeUnlistedPartial,
} from '../answers/composeAnswer.js';
import { composeComparison } from '../answers/composeComparison.js';
import { composeSeveral, type SectionTarget } from '../answers/composeSeveral.js';
import { composeStatusList } from '../answers/composeStatusList.js';
import { kbIn, type Lang } from '../kb/language.js';
import { validityStatusOn } from '../kb/statusOn.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Measure } from '../kb/schema.js';
import { estimateBenefit } from '../eligibility/estimateBenefit.js';
import { evaluateRules, nextQuestion, questionsFor } from '../eligibility/evaluateMeasure.js';
import { type Answers, readAmount } from '../eligibility/parseAnswer.js';
import { readStatedFacts } from '../eligibility/statedFacts.js';
import { unmetByAmount } from '../eligibility/unmetByAmount.js';
import { MAX_QUERY_CHARS, normalizeQuery, toSimplified, withoutToneMarks } from '../search/normalizeQuery.js';
import { PinyinTranscriber } from '../search/pinyinTranscriber.js';
import type { SearchEngine, SearchResult } from '../search/searchEngine.js';
import { detectIntent, type Intent, readQuestion } from './detectIntent.js';
import { clausesOf } from './clausesOf.js';
import { echoesTitle } from './echoesTitle.js';
import { knownWords } from './knownWords.js';
import { punctuateRunOn } from './punctuateRunOn.js';
import { LIST_NUMBER, questionParts } from './questionParts.js';
import { asksCombined } from './asksCombined.js';
import { readComparison } from './readComparison.js';
import { otherOfTwo, pickFromList, type Reference, readReference, readReferences } from './readReference.js';
import { readAskedSupport } from './readAskedSupport.js';
import { stripIntroduction } from './stripIntroduction.js';
import { readFirstAsked } from './readFirstAsked.js';
import { correctHomophoneTypos } from './homophoneTypos.js';
import { fromCantonese } from './fromCantonese.js';
import { fromShanghainese } from './fromShanghainese.js';
import { fromNorthern } from './fromNorthern.js';
import { joinSpokenWords } from './joinSpokenWords.js';
import { linesAsClauses } from './linesAsClauses.js';
import { spokenYears } from './spokenYears.js';
import { withoutDisclaimed } from './withoutDisclaimed.js';
import { withoutMention } from './withoutMention.js';
import { namesFigureOf } from './namesFigureOf.js';
import { readSeveral, type Several } from './readSeveral.js';
import { IN_THE_LIST, readStatusList, type StatusListRequest, withoutDateWords } from './readStatusList.js';
import { readWhyNot } from './readWhyNot.js';
import { asksForMore, moreThatMayHelp } from './moreThatMayHelp.js';

/** Asks for a number to call or a contact (热线电话, 号码多少, 联系方式, a number I can ring). */
const ASKS_NUMBER =
  /电话|電話|热线|熱線|号码|號碼|手机号|手機號|座机|座機|联系方式|聯繫方式|联络方式|微信号|邮箱|郵箱|地址|办公室在哪|办公地点|\baddress\b|叫什么名字|叫啥名字|姓什么|名字叫|dianhua|rexian|haoma|lianxifangshi|\b(?:phone|hotline|number|ring|call)\b|contact (?:details|info|information)/iu;

/** The user asked for a person; asking for a number too, the reply says the source gives none. */
function personAsked(text: string): Response {
  return { kind: 'handoff', reason: 'asked', ...(ASKS_NUMBER.test(text) ? { asksNumber: true } : {}) };
}

/** 那借钱那个呢, 续贷那个跟我说说: a few words that describe one of the measures just listed. */
// (但是那个是23年的吧: 但是 only turns; it describes nothing.)
const DESCRIBED =
  /^(?:那|那么|还有)?(?!但是|但|可是|不过)([^，,。;；!！?？\s]{1,8}?)(?:那个|那条|那项|那一个|那一条|那一项)/u;

/** The area all the measures are in, if they are all in one. */
function areaOfAll(ids: readonly string[], kb: KnowledgeBase): string | undefined {
  const areas = new Set(ids.flatMap((id) => kb.measureById.get(id)?.area ?? []));
  return ids.length > 0 && areas.size === 1 ? [...areas][0] : undefined;
}

/** A section for each of the measures. */
function sectionsFor(measures: readonly Measure[]): Several {
  return { targets: measures.map((measure): SectionTarget => ({ kind: 'measure', measure })), alsoNamed: [] };
}

export interface ConversationContext {
  /** The measure the last answer was about: follow-ups (怎么申请, 最多多少) refer to it. */
  lastMeasureId?: string;
  /** The measures of the last list shown, in its order: 第二个 / the second one pick from it. */
  lastList?: readonly string[];
  /** How many answers in a row before this message said the question was not covered. */
  declinesInARow?: number;
  /** The language to answer in (the message's, else the conversation's); Chinese when absent. */
  lang?: Lang;
  /** The measure of the last eligibility result shown (为什么不行 asks about it). */
  lastResultMeasureId?: string;
  /** Whether a check-up has given its results in this conversation (为什么X不在里面 asks about one). */
  hadCheckup?: boolean;
  /**
   * The user's messages before this one (the last two at most, one a line), as typed: 这样能申请吗 asks
   * about the situation they told, and a check started now does not ask again what they stated.
   */
  earlierText?: string;
}

export type Response =
  | {
      kind: 'answer';
      answer: Answer;
      /** The search behind the answer, when there was one (for maintainers' records). */
      search?: SearchResult;
    }
  /** The user wants a person: a service request when one can be opened, the human channels otherwise. */
  | {
      kind: 'handoff';
      reason: 'asked' | 'declines';
      /** The message asked for a phone number (热线电话多少): the source publishes none, which the reply says. */
      asksNumber?: boolean;
      /** A question asked beside (先帮我转人工，顺便问下研发奖励最多给多少): its measure, answered as well. */
      also?: Answer;
    }
  | { kind: 'start-checkup' }
  /** `facts`: answers the message stated itself (我们不是高企), never asked again. */
  | { kind: 'start-eligibility'; measureId: string; facts?: Answers }
  /** “Why not?”: the unmet conditions of a measure, from the answers of the last check or check-up. */
  | { kind: 'explain-result'; measureId: string; from: 'eligibility' | 'checkup' }
  | { kind: 'cancel' }
  | { kind: 'restart' };

export interface ResponderOptions {
  kb: KnowledgeBase;
  engine: SearchEngine;
  /** Today's date (Shanghai day) as YYYY-MM-DD. */
  today: () => string;
}

/** Confidence at which a measure named beside a softer wish for a person is what the question is about. */
const CLEAR_MEASURE = 0.75;
/** A clause that asks something (多少, 怎么申请, 吗, how much), not one that only tells. */
const ASKS_BESIDE =
  /[?？吗嗎么麼]|是不是|有没有|行不行|算不算|给不给|补不补|管不管用|有没有用|\b(?:could|can|would) you\b|\bexplain\b|\btell (?:me|us)\b|想问|想了解|说说|讲讲|说下|讲下|介绍|多少|怎么|怎樣|怎样|如何|什么|什麼|啥|哪|能不能|可不可以|是否|\b(?:how|what|which|when|where|is there|are there|can we|can i|do we)\b/iu;
/** Where an English sentence ends (a full stop, question or exclamation mark before a space). */
const SENTENCE_ENDS = /(?<=[.?!])\s+/u;
/** Where a numbered request starts (1. 2、 ①), anywhere in a message. */
const LIST_NUMBER_EVERYWHERE = new RegExp(`(${LIST_NUMBER.source})`, 'gu');
/** Said of the bot itself (你是人工智能吧, are you a bot): no question beside the person asked for. */
const TO_THE_BOT =
  /(?:你|你们)(?:是|就是)(?:不是)?(?:个|一个)?(?:人工智能|ai|机器人|机器|电脑|bot|robot)|\bare you an? (?:bot|robot|ai|machine)\b/iu;
/** Answers given beside a person asked for: about measures, or what they do not cover (not a decline or a choice). */
const ANSWERS_BESIDE: ReadonlySet<Answer['type']> = new Set([
  'measure',
  'several',
  'compare',
  'status-list',
  'partial',
]);
/** Words that only lead into a question asked beside another (顺便问下, 另外, also). */
const BY_THE_WAY =
  /^(?:顺便|順便|另外|还有|還有|再|也)?(?:问下|问一下|问问|请问|想问|想问下|想问一下|問下|問一下)?|^\s*(?:and |also |btw,? |by the way,? )/iu;

const PUNCTUATION = /[\s\p{P}\p{S}]+/gu;
const HAS_HAN = /\p{Script=Han}/u;
/** A question stating facts names its measure this confidently (else it is about the last measure). */
const STATED_MEASURE = 0.6;
/** Below this, the words an eligibility question ends with name its measure too vaguely to go by. */
const VAGUE_TOPIC = 0.75;
/** An amount asked about as a follow-up, or corrected: 如果是1500万呢, 要是1200万?, 不对 我记错了 是1200万, sorry I meant 2 million. */
const WHAT_IF =
  /(如果|假如|要是|若是|换成|改成|追加|呢|只有|才|看错|说错|写错|打错|记错|搞错|弄错|不对|应该是|更正|\bi meant\b|\bmy mistake\b|\bsorry\b|\bactually\b|\bit was\b|\bcorrection\b|没戏|有戏|够不够|够吗|够不|达不到|不到|[?？]|\bwhat if\b|\bwhat(?:'s| is| would be) (?:the|our|my) (?:one-off |one off )?(?:reward|subsidy|amount|support|grant|voucher)\b|\bif\b|\bonly\b)/iu;
/** Words that add a need to a story (还有, 同时想, 还打算, 另外): a story of facts may ask more than one thing. */
const MORE_NEEDS =
  /还有|另外|同时(?:想|要|打算|也)|还打算|还想|还要|也想|第[二三四两]家|这[两三四几]个都|\balso\b|\bas well\b/iu;

/** Names the whole package (28条, 全部, all 28): not the list just shown. */
const WHOLE_PACKAGE = /28|二十八|全部|所有|\ball\b/iu;

/** The longest message read (a long story in several parts, each searched on its own). */
const MAX_MESSAGE_CHARS = 4 * MAX_QUERY_CHARS;

/** Below this, a follow-up that says “it” stays on the last measure whatever other name it brushes. */
const PRONOUN_STAYS = 0.9;
/** Asks what a figure used to be (was the bar 20m before?, 以前是2000万吗): history, not a what-if. */
const ASKS_THE_PAST =
  /以前|之前|原来|原先|以往|过去|\bbefore\b|\bused to\b|\bpreviously\b|\bwas (?:the|it)\b/iu;
/** Four Han characters in a row of the measure's own text (字化产品 of 数字化产品) that the message repeats. */
function repeatsOwnWords(measure: Measure, text: string): boolean {
  const own = `${measure.fullTitle}${measure.summary}`;
  for (const run of text.match(/\p{Script=Han}{4,}/gu) ?? [])
    for (let i = 0; i + 4 <= run.length; i++) {
      const window = run.slice(i, i + 4);
      // (中小企业 and its like are in every measure's text.)
      if (!window.includes('企业') && own.includes(window)) return true;
    }
  return false;
}

/** A clause that opens on “this” (这个, 这项, 这条): about the measure just answered. */
const THIS_ONE = /^(?:那|那么)?(?:这个|这项|这条|这一条|这一项|这政策|这个政策)/u;

/** The formal words that point back at the measure just answered (该专项, 此项): they name no other. */
const POINTS_AT_LAST = /(?:(?<!应|活)该|此)(?:专项|项|措施|政策|计划|行动|工程|条)/u;

/** Asks whether there is a policy for something (有没有让退税快一点的政策). */
const ASKS_FOR_POLICY = /(?:有没有|有无|有什么|有啥)[^，,。？?]{0,12}(?:政策|措施|补贴|支持|扶持)/u;

/** Asks whether the policy gives or pays something (这政策能给地吗, 政策上能不能补一点). */
const POLICY_GIVES = /(?:政策|措施)(?:上|里)?(?:能|能不能|可以|可不可以|会不会|有没有)(?:给|补|帮|批|解决)/u;

/** A policy asked for to help with a difficulty told (有没有政策能帮忙加快办证), not a subsidy for a topic. */
const POLICY_TO_HELP =
  /(?:有没有|有无|有什么|有啥|有冇|有沒有)(?:什么|啥)?(?:政策|措施|办法)(?:能|可以|可)?(?:帮|加快|解决|支援)/u;

/** A year named in the clause that asks (算力券2026年还能领吗, 明年还有吗). */
const YEAR_ASKED = /20\d\d年|明年|后年|下半年/u;

/** A time still to come (明年一月份, 下个月, 年底前): when the enterprise would apply. */
const LATER_TIME =
  /明年|后年|下个?月|下半年|年底|年末|[\d一二三四五六七八九十]+月份?|过(?:一?段时间|几个月|阵子)|以后|之后|到时候|next (?:year|month)|later/iu;
/**
 * The support the user guesses beside the amount (要是投了2000万呢，是不是就能拿100万了, 按5%不是60万吗, so we
 * get 600k right?): not the amount asked about — the spending told is worked out, and the guess with it.
 */
const GUESSED_OUTCOME =
  /(?:(?:拿|领|得|获得|奖励?|补贴?|给)(?:到|了|个)?|是不是(?:就|就是|就能|能)?(?:拿|领|得|有)?(?:到|个)?|(?:不就|那不就|不|那就|就|应该|算下来|算出来)(?:是|有)|等于)[\d.零〇一二两三四五六七八九十百千]+(?:万|亿)(?:元|块)?|\b(?:we|i)(?:'d| would| will| should| could| can)? get (?:about |around |roughly )?[\d.,]+ ?(?:k|m|million|thousand)?(?: yuan| rmb)?\b|\b(?:is|makes|that's|thats|would be|comes to) [\d.,]+ ?(?:k|m|million|thousand)?(?: yuan| rmb)?(?=[\s,]*(?:right|correct|yes|no|isn't it|\?))/giu;
/** An amount typed alone as a follow-up (如果是1500万呢) is short. */
const SHORT_AMOUNT_FOLLOW_UP = 26;
/** … and in English a sentence (What if we bring the project to 12 million yuan?). */
const SHORT_AMOUNT_FOLLOW_UP_EN = 120;
/** The message asks what the enterprise may get or whether it qualifies. */
const ASKS_WHAT_WE_GET =
  /((?:够不上|不够格|不行|没份|拿不到|领不到|不符合|没通过|被拒)[^。?？]{0,4}(?:为啥|为什么|为何|咋回事|怎么回事)|怎么没(?:份|我们)|为啥没(?:份|我们)|(?<![智功性节动产潜技体本才效职赋储核热电可万])能(?![力源耗效手])|可以|可否|能否|有没有|有份|达到|达标|想报|想申报|报得上|够门槛|有(?:我们|我|咱们|咱)的?份|够格|够不够|够资格|够得着|够得上[^，,。]{0,12}(?:吗|么|伐)|够不够得上|沾得上边|沾边|沾上边|轮得到|符合|算不算|享受|拿|领|得到|获得|申请|申报|用|多少|如果|假如|要是|没戏|有戏|行不行|是不是|我们有吗|有我们的吗|呢\s*[?？]?$|(?:为什么|为啥|为何|凭什么)[^，,。?？]{0,20}(?:没有我们|没我们|不给我们|没轮到|拿不到|领不到|申请不了|申不了|用不了|享受不了|不符合|不行)|\bcan (we|i)\b|\bapply to (us|me|our)\b|\bcover (us|me)\b|\beligible\b|\bqualify\b|\bwhy (?:did|do|does|was|were|would|is|are) [^.?!]{0,40}\b(?:reject|refuse|turn|deny|denie)|\bwhy (?:can't|cannot|don't|doesn't|didn't) (?:we|i)\b|\bneng\b|\bnengbuneng\b|\bkeyi\b|\bshenqing\b|\bduoshao\b|\bhow much\b|\bget\b|\bcomes? to\b|\badds? up to\b|\bwhat'?s the most\b|\bat most\b|\bcould (?:it |that |they )?cover\b|\bwhat if\b|\bwhat(?:'s| is| would be| would) (?:the|our|my) (?:one-off |one off )?(?:reward|subsidy|amount|support|grant|voucher)\b|\bhow (?:big|large)\b|\breach(?:es)? the\b|\bmeet(?:s)? the\b|\benough\b|\bwould (?:that|it|this) work\b)/iu;
/**
 * The measures the last answer offered as possibly helpful, when it was a partial answer (a decline
 * forgets the list before it): what 那就是说一点能帮上忙的都没有 and 那水电费呢 follow.
 */
function offeredByPartial(context: ConversationContext): readonly string[] {
  return (context.declinesInARow ?? 0) > 0 ? (context.lastList ?? []) : [];
}

/** 那水电费呢: a few words and 呢, asking the same of something else. */
const ANOTHER_COST_THEN = /^(?:那|那么|还有|另外|那还有)?[^，,。?？]{1,12}呢$/u;
/** Whom to ask, nothing more (那找谁, 好的谢谢 那这个具体得找谁问呢). */
const WHO_TO_ASK =
  /^(?:好的?|行|嗯|ok)?(?:吧)?(?:谢谢)?(?:那|那么)?(?:这个|这事|这块)?(?:具体)?(?:我|我们)?(?:得|要|应该|该)?(?:去)?找谁(?:问|咨询|聊|聊聊|谈|问问)?(?:呢|啊|呀|吗|啊呢)?$/iu;
/** Asks only whether there is such a measure (是不是有个研发奖励, 有没有这么个补贴). */
const ASKS_IF_THERE_IS =
  /^(?:那|那么)?(?:是不是|是否|有没有)有?(?:个|一个|这么个|这么一个|这个|啥|什么)?[^，,。?？\s]{0,12}(?:奖励|补贴|政策|措施|券|支持|奖补)(?:吗|呢|啊|呀|嘛)?$/u;
/** The rest of a reference that asks what the measure is (最后一个是干嘛的, 第二个讲的啥). */
const WHAT_IS_IT =
  /^(?:的话)?(?:具体|到底|主要|究竟)?(?:是|是个|讲的是|说的是|讲的|说的)?(?:干嘛|干啥|干什么|做什么|什么|啥|啥意思|什么意思|怎么回事|讲什么|讲啥|介绍一下|具体说说|详细说说|说说|讲讲)(?:的|呢|啊|呀|吗|东西|政策|措施)*$/u;
/** “So”, pointing back at the situation told before (这样, 这种情况, 像我们这样, in that case). */
const TOLD_SITUATION =
  /^(?:但|但是|那|那么|所以|就)?(?:像)?(?:这样子?|这种情况|这种(?=能|可以|也)|这些情况|这个情况|那样|照这样|我们这样|我们这种情况)(?:的话|下)?|^(?:so|then|in that case|given that|given this|with that)\b,?/iu;
/** 这个 before asking whether we may, with a measure named (这个能申请技改专项吗): our own case told before. */
const THIS_CASE_OF_OURS = /^(?:那|那么)?这个(?=能|可以|可不可以|能不能)/u;

/**
 * The clause that asks whether we may about the situation told before — pointing back at it at the whole
 * message's start or its last clause's; undefined when the message does not ask so.
 */
function askedOfToldSituation(text: string): { clause: string; namesMeasure: boolean } | undefined {
  if (!ASKS_WHAT_WE_GET.test(text)) return undefined;
  for (const clause of [text.trim(), lastClauseOf(text).trim()]) {
    if (TOLD_SITUATION.test(clause))
      return { clause: clause.replace(TOLD_SITUATION, ''), namesMeasure: false };
    if (THIS_CASE_OF_OURS.test(clause))
      return { clause: clause.replace(THIS_CASE_OF_OURS, ''), namesMeasure: true };
  }
  return undefined;
}

/** 有补吗, 补吗, 能减吗, 有补贴吗: support asked for, naming nothing (电费太高了 said the message before). */
const BARE_SUPPORT_ASK =
  /^(?:那|那么)?(?:这个|这块|这种|这)?(?:政府)?(?:有没有|有|能不能|能|可以|可不可以|会不会|给不给)?(?:什么|啥)?(?:补贴|补助|补|减免|减|免|优惠|政策|支持)(?:吗|么|嘛|不|没|没有|伐|呢|啊)?$/u;
/** A short message about support, as typed (有補嗎, 能减吗): it may be read with the message before. */
const SHORT_SUPPORT_ASK = /补|補|减|減|免|优惠|優惠|政策|支持/u;

/**
 * Whether a message is read with the messages before it: it asks whether we may, about the situation they
 * told (这样能申请AI算力券吗, 我们没有高企资格，这样研发奖励能申请吗), or asks only for support (有补吗 after
 * 电费太高了). The response cache keys on them only then — as typed, a little wider than the readers
 * (Traditional, Cantonese), so a remembered answer never stands for another earlier message.
 */
export function asksAboutToldSituation(text: string): boolean {
  const bare = text.replace(PUNCTUATION, '');
  return (
    askedOfToldSituation(text) !== undefined ||
    (bare.length <= 16 && SHORT_SUPPORT_ASK.test(bare)) ||
    // (还有别的吗 after a partial answer: more for the need told before.)
    asksForMore(text)
  );
}

/** The rest of a reference that asks to be told about it (具体说说, 介绍一下), whatever story follows. */
const TELL_ME_ABOUT = /^(?:具体|详细|展开|先)?(?:说说|讲讲|介绍一下|介绍下|说一下|讲一下|聊聊)/u;
/** The amount of a short what-if (要是只有360万呢, 如果是1500万呢), in 元; undefined for anything else. */
function whatIfAmount(text: string): number | undefined {
  const short = HAS_HAN.test(text) ? SHORT_AMOUNT_FOLLOW_UP : SHORT_AMOUNT_FOLLOW_UP_EN;
  if (text.length > short || !WHAT_IF.test(text) || ASKS_THE_PAST.test(text)) return undefined;
  const amount = readAmount(text.replace(GUESSED_OUTCOME, ''));
  return amount && amount !== 'negative' && amount.hasUnit ? amount.yuan : undefined;
}

/** Every part of the message asks only a follow-up (怎么报名参加 / 找谁), naming nothing else. */
function onlyFollowUps(text: string): boolean {
  const parts = questionParts(text).filter((p) => p.core.length > 0);
  return (
    parts.length >= 2 &&
    parts.every((p) => {
      const q = readQuestion(p.text);
      return q.focus !== undefined && q.topic.length <= 2;
    })
  );
}

/** An English pronoun for the measure just answered. */
const PRONOUN_EN = /\b(?:it|its|this one|that one|this measure|that measure)\b/iu;
/**
 * The message without the words that name the measure asked about (新认定专精特新给奖励的那个，我们能拿到
 * 吗): they quote the measure's conditions, and are not facts the enterprise states about itself.
 */
function withoutTopic(text: string, topic: string): string {
  const normalized = normalizeQuery(text);
  // A topic that speaks of us or gives a figure (技改专项我们这次投800万) states facts itself.
  const states = STATES_OWN.test(topic);
  return topic && !states && topic.length < normalized.length && normalized.includes(topic)
    ? normalized.replace(topic, '，')
    : withoutQuotedConditions(text);
}

/** A figure the rule sets (1000万的门槛, 门槛2000万降到1000万, 上限50万): said of the measure. */
const RULE_FIGURE =
  /(?:最多|最高|至多|封顶|不低于|至少)\s*[\d.一二三四五六七八九十百千两]+\s*(?:(?:万|亿)元?|(?![\d.年月个天%万亿]))|[\d.一二三四五六七八九十百千两]+\s*(?:万|亿)元?的?(?:门槛|标准|上限|下限|封顶)|(?:门槛|上限|下限|封顶)(?:是|为|从|由)?\s*[\d.一二三四五六七八九十百千两]+\s*(?:万|亿)元?(?:(?:降|下调|调|减)(?:到|至|为)\s*[\d.一二三四五六七八九十百千两]+\s*(?:万|亿)元?)?/gu;

/** Words that speak of the enterprise itself, or give a figure: a clause with them states facts. */
const STATES_OWN = /我|咱|本公司|\d|\bwe\b|\bour\b|\bus\b/u;
/** A clause that names a measure by what it gives (新认定小巨人的奖励, 那个首次进四上的补贴). */
const QUOTES_MEASURE = /的(?:奖励|补贴|奖补|政策|措施|资金|奖金)|(?:那个|那条|那项)(?:奖励|补贴|政策|措施)/u;
/**
 * The message without its clauses that only name a measure by its conditions (新認定專精特新的獎勵，我們
 * 公司能不能拿; 新认定小巨人的奖励是不是也跟着停了): those are the measure's words, not facts the
 * enterprise states about itself.
 */
function withoutQuotedConditions(text: string): string {
  // 技改专项1000万的门槛现在还是这个吗, 研发投入5%、最多50万的奖励: a figure of the rule (its threshold, cap),
  // not the enterprise's.
  text = text.replace(RULE_FIGURE, ' ').replace(GUESSED_OUTCOME, ' ');
  const normalized = normalizeQuery(text);
  if (!QUOTES_MEASURE.test(normalized)) return text;
  const clauses = normalized.split(/(?<=[,，。.!！?？;；])/u);
  return clauses.filter((c) => STATES_OWN.test(c) || !QUOTES_MEASURE.test(c)).join('');
}

/** An English follow-up is short: longer messages are new questions. */
const ENGLISH_FOLLOW_UP_WORDS = 12;
function isShortEnglish(text: string): boolean {
  return !HAS_HAN.test(text) && text.trim().split(/\s+/).length <= ENGLISH_FOLLOW_UP_WORDS;
}
/**
 * What asks for support or tells a need (补贴, 有没有政策, 压力大, 我们公司, we're struggling): a topic the
 * measures do not cover is then answered with what may still help; a bare question about it is not.
 */
const SEEKS_HELP =
  /补|报销|报一|报点|退|返还|涨|办法|怎么办|出路|救|赔|津贴|缓|给不给|给办|政府|顶不住|頂唔順|撑唔住|扶持|支持|政策|措施|帮(?!(?:我|我们)?(?:查|问))|优惠|减|免|奖|资助|融资|贷|困难|压力|负担|贵|高了|撑不|扛不|发不出|亏|难|紧张|不够|缺|没钱|成本|开支|费用|我们|咱们|我司|本公司|公司|企业|厂|店|单位|老板|员工们|help|support|subsid|relief|grant|polic|measure|assist|afford|struggl|tight|cost|expens|loan|financ|\bour\b|\bwe(?:'d|'re| are| run| have| want| need| would)\b|\bgovernment\b|\bcover\b|\bpay for\b|reimburs|\bsmes?\b|anything (?:in|for|that)|company|business|firm|factory|shop|restaurant|staff/u;

/** Asks which of several (哪些, 哪几项, which): a list, not a check of one measure. */
// (…的呢 at the end: “the ones that …”, as 那现在还能申请的呢 asks after one measure's answer.)
const ASKS_WHICH = /哪些|哪几|几项|几条|的呢$|\bwhich\b|\bwhat can\b/iu;
/**
 * Asks which measures by date (28条里面哪些我们还能申请？我们注塑厂规上…): a list, whatever facts follow — not
 * a check of the measure the facts point to. The request is read only when the message asks which.
 */
function asksListByDate(bare: string, request: () => StatusListRequest | undefined): boolean {
  return ASKS_WHICH.test(bare) && request()?.type === 'list';
}

/** An English question's first words (Who can apply? How much …): a follow-up in English. */
const ENGLISH_QUESTION_START =
  /^\s*(?:(?:ok|okay|so|and|then|right|great|thanks|thank you|cool)\b[\s,.!]*)*(?:who|how|what|when|where|which|can|could|is|are|do|does)\b/iu;
/** “that” / “it” / “this” standing for the measure just answered. */
const PRONOUN_EN_BARE = /\b(?:it|its|that|this)\b/iu;
/** Says another question follows the one before (顺便问一下, 另外想问): a second request, not more facts. */
const ASKS_ALSO = /(?:顺便|另外|此外|还想|也想|再)(?:问|问问|问一下|咨询|了解)/u;
/** A message that says it asks several things (问两件事, 三个问题). */
const SEVERAL_ASKED = /[两三四五几]件事|[两三四五几]个问题|\b(?:two|three|four) (?:things|questions)\b/iu;

/** A follow-up asking what the district adds (区里有没有配套, 区级有没有支持). */
const DISTRICT_FOLLOW_UP =
  /^(?:那)?(?:我们|咱们|我们的|咱)?(?:区里|区级|各区|区里面|区县|区)(?:还)?(?:有没有|还有没有|有|还有|会不会|给不给)?(?:配套|支持|补贴|奖励|政策|钱)(?:的)?(?:钱|资金|政策|补贴|奖励|支持)?(?:吗|么|呢|没|没有|不|啊|吧)?$/u;

/** The last clause of a message of several, or the whole message. */
function lastClauseOf(text: string): string {
  return clausesOf(text).at(-1) ?? text;
}

/**
 * Support asked for by name in a clause that does not name the uncovered topic (停业期间有没有什么补助,
 * beside 食品经营许可证到期没续上) — not the topic's own support asked again (等保测评的费用能补贴吗).
 */
function supportAskedApart(text: string, term: string): string | undefined {
  const asked = readAskedSupport(text);
  if (!asked) return undefined;
  const stem = asked.replace(/(?:补贴|补助|资助|津贴|扶持)$/u, '').replace(/^subsidies for /u, '');
  const clause = clausesOf(text).find((c) => c.includes(stem));
  return clause && !clause.toLowerCase().includes(term.toLowerCase()) ? asked : undefined;
}

/** Asks for the most a measure gives (最多能给多少, 上限是多少, what's the maximum). */
const ASKS_CAP =
  /(最多|最高|上限|封顶|顶格|\bmaximum\b|\bat most\b|\bthe cap\b|\bmax\b|\bhow much is (?:the|it|that|this)\b)/iu;
/** Asks what the rule gives (最高按多少比例, 能补多少, what percentage), not whether we qualify. */
const ASKS_RULE =
  /(比例|最高|最多|上限|封顶|(?:有没有|是否有|有无)(?:什么|啥|这方面的?|这块的?|相关的?|相应的?|对应的?|这类|这种)?(?:费用)?(?:补助|补贴|支持|扶持)|有补贴吗|有补助吗|(?:何种|什么|哪些|啥|哪种)(?:支持|政策|措施|扶持)|(?:适用|享受|对应|符合)(?:哪|何|什么)|怎么支持|如何支持|怎样支持|支持多少|怎么补|怎么算|补几成|补多少|能补多少|奖多少|能拿多少|拿多少|给多少|多少钱|能补几|how much|what(?:'s| is) the (?:one-off |one off )?(?:reward|subsidy|support|grant|amount)|what percentage|which percentage|what rate|up to how much|maximum)/iu;

/** A clause that asks something (电费能补吗), not one that tells (一直没重新认定). */
const CLAUSE_ASKS = /[吗嗎呢?？]|能不能|可不可以|有没有|有沒有|能补|能報|能报|多少|怎么|怎麼|如何/u;

/** A question asked of any enterprise (a high-tech enterprise, 一家企业, 企业…能拿多少), not of ours. */
const ANY_ENTERPRISE =
  /\b(?:a|an|any)\s+(?:[a-z'‘’-]+\s+){0,3}(?:enterprise|company|firm|sme|business)\b|一家(?:\p{Script=Han}{0,6})?企业|^(?:\p{Script=Han}{0,8})?企业(?:能|可以)|^\p{Script=Han}{2,12}的(?:高企|高新技术企业|高新企业)/iu;

/** “This money”, “this figure” (这钱, 这个数, 这个比例): a figure just given. */
const REFERS_TO_FIGURE = /这笔?钱|这个数|这个?(?:比例|金额|费率|额度|奖金|上限|下限)/u;

/** Asks about what else may help, if the thing asked for is not there (没有的话…, 不行的话…). */
const IF_NOT =
  /^(?:如果|要是)?(?:没有|沒有|没|沒|不行|不能)(?:的话|的話)?(?![^，,]*(?:过期|過期|结束|結束|截止|到期))/u;

/**
 * The measure called by its conditions, and its amount asked (高企第一次成为四上企业的那个一次性奖励是多少,
 * 高新企业第一次进四上的 研发奖励 是多少来着, 高新技术企业头一回进四上，有没有奖励): what it gives, not what we
 * would get.
 */
const CALLED_BY_CONDITIONS =
  /的那[个项条][^，,。？?]{0,8}(?:奖励|补贴|奖金|补助|支持)(?:是|有|给|能给)?多少|(?:奖励|补贴|奖金|补助)(?:对吧|是吧|对不对)?\s*(?:是|有|给)?多少|(?:有没有|有无)(?:什么)?(?:奖励|补贴|补助)[吗呢?？]*$|(?:有|给|能拿|能给|能有)多少(?:钱的?)?(?:奖励|补贴|奖金|补助)[吗呢?？]*$|(?:奖|补)多少钱[吗呢?？]*$/u;

/** A short yes to the person offered after two declines (行, 好的, 那你帮我转, yes please). */
const ACCEPTS_OFFER =
  /^(?=.)(?:算了|行|好|好的|好吧|可以|要|需要|嗯+|对|是的?|ok|okay|yes|yeah|sure)?(?:那|那就|那你)?(?:帮我|给我|麻烦)?(?:转|转吧|转人工|转一下|转过去|人工|真人|需要|要|please|你了|您了|了|啦)?(?:吧|啊|呀|的)?$/u;

/** Asking how often a measure gives (每年都能领吗, every year). */
const HOW_OFTEN = /每年都|每年能|每年可以|年年都|年年能|每一年都|\bevery year\b|\beach year\b|\bannually\b/iu;

/** Asks whether what was received once is given again (已经拿过一次…还能再申请一次吗). */
const AGAIN =
  /(?:已经|之前|以前|去年)(?:拿|领|申请|享受)过(?:一次)?|再(?:按[^，,。？?]{0,6})?(?:申请|领|拿|享受)一次|还能再(?:申请|领|拿|享受)/u;

/** “So nothing helps?” after a reply saying what the measures do not cover. */
const NOTHING_HELPS =
  /能帮上(?:忙)?的|还有(?:啥|什么|没有)别的|别的(?:能|可以)帮|(?:能|可以)帮(?:我们|我)?省(?:点|些)?钱|帮得上(?:忙)?的|能用上的|用得上的|\bwhat (?:can|could|does|would) (?:actually |really )?help\b|\bwhich (?:ones|measures|of them) (?:can|could|do|would) help\b|(?:帮|用)(?:得|的)?上(?:忙)?的?(?:都|也)?没有|(?:什么|啥)都(?:没有|不行|帮不上|没用)|帮不上(?:忙)?|没(?:有)?(?:能|可以)帮|一点(?:办法|支持|帮助)?都没有|(?:什么|啥|哪些|哪条|哪个)(?:能|可以)(?:帮|用)|还(?:能|可以)用上哪|\bnothing (?:helps|at all|for us|we can use|can help)\b|\bno help at all\b|\bso nothing\b|\b(?:can|could) anything help\b|\bwhat (?:else )?(?:can|could) help\b/iu;

/** At most this many measures shown before are asked about again, each, by a bare follow-up. */
const SIDE_BY_SIDE = 4;

/** What a message of several asks of each (时间, 怎么申请, 补多少: a section without an amount says so). */
function sectionFocus(text: string): Focus | undefined {
  return readQuestion(text).focus ?? (ASKS_MONEY.test(text) ? 'amount' : undefined);
}
/** Asks whether there is money (有没有补贴, any subsidy): each section says whether its amount is given. */
const ASKS_MONEY = /补贴|补助|奖励|奖金|资金|给钱|多少钱|subsid|grant|how much|money/iu;

/** The rest of a reference that brings in another thing or compares (和第二个有什么区别, 还是…). */
const JOINS_ANOTHER =
  /^(?:和|跟|与|同|及|以及|还是|或者?|比|对比|vs|and|or)|区别|不同|差别|比较|对比|哪个|还有/u;
/** Words that add another request to a message (另外, 还有, 以及, 此外, 顺便). */
const ANOTHER_REQUEST = new RegExp(
  String.raw`(另外|另(?=[,，:：、])|(?<!现在|目前|如今|到现在|至今)还有(?!没有|没|效|吗)|以及|此外|顺便|再就是|再一个|再有就是|(?:两个|两项|这两个|这俩|两笔)\s*(?:奖励|补贴|奖|reward)|加起来|各(?:能|有|给|补|奖|拿|是|自|多少)|分别|[两三四五几俩]个?问题|[两三四五几]件事|俩事|[;；]|\b(?:two|three|four) (?:things|questions)\b|\bbesides\b|\balso\b|\bplus\b|\blingwai\b|\bhai ?you\b|\byiji\b|\s[+＋&＆]\s)|${LIST_NUMBER.source}`,
  'iu',
);
/** Words that put several requests in one message (另外…, 这两个分别…). */
const ASKS_SEVERAL = /(另外|还有|以及|分别|此外|同时|顺便|两个|几个|两项|几项|\balso\b|\bboth\b)/iu;
/** The message tells the enterprise's own situation: its needs are a story, not a list of names. */
const OWN_SITUATION =
  /(^(?:我|我们)?(?:是)?(?:做|开|跑|搞|干)\p{Script=Han}{1,10}的|我(?:是|在|开了|开的|做)|开(?:了)?(?:个|一个|一家|家|间|一间)[^，,。]{0,6}(?:店|馆|厂|铺|公司|作坊|工作室)|我自己|我名下|(?:一家|有家|某)[^，,。]{0,8}(?:企业|公司|厂)|会员|^\p{Script=Han}{1,6}(?:店|厂|铺|馆|作坊|公司)[，,]|(?:^|[，,。；;！!？?\s]|明年|今年|下个月|最近)(?:想|打算|准备|计划)(?:把|去|给|换|买|开|搞|弄|在|再开)|我们|我司|我公司|本公司|咱们|我厂|我们厂|我家|我行|客户|他们|店面|铺面|门店|店里|厂里|车间|员工|工人|老板|想招|招了|打算|撑不下去|扛不住|生意|客人|亏损|\bwe\b|\bwe're\b|\bour\b|\bi (?:run|own|manage|opened|started)\b|\bmy\b(?! questions?\b)|\bmine\b|\bus\b|\bthey\b|\btheir\b|\b(?:he|his|him|she|her)\b|\bclient)/iu;
/** Asks for the measures as a whole, not what the last one gives. */
const ASKS_FOR_ALL =
  /(措施|政策|条款|哪些|哪几|全部|所有|28|二十八|都有|一共|总共|清单|列表|概览|\bmeasures\b|\bpolicies\b|\ball\b|\blist\b)/iu;
/** A message that numbers its requests one by one (一是…二是…, 1、2、, ①②) or asks for each (分别, 这两个政策都, 这俩都). */
const LISTS_REQUESTS = new RegExp(
  `分别|[这那]?[两三四五几]个(?:政策|措施)都|[这那](?:俩|两个|两项|三个|三项|几个|几项)(?:政策|措施|一起|都|到底|分别)|${LIST_NUMBER.source}`,
  'u',
);
/** A follow-up is short: longer messages are new questions. */
const FOLLOW_UP_LENGTH = 20;
/** A message in context names a new measure only this confidently. */
const FOLLOW_UP_NEW_MEASURE = 0.75;

export class Responder {
  /** The same responder over the knowledge base in another language (answers in English). */
  private readonly inLanguage = new Map<Lang, Responder>();
  /** Typed pinyin read as the words the bot knows (its index is built at the first such message). */
  private readonly pinyin: PinyinTranscriber;

  /**
   * What a Chinese message goes through before it is read, in this order: lines pasted one need each end
   * their clauses (A公司：想贷款 / B公司：准备做技改); a dictated message's spaces and fillers go (嗯 人工 智能
   * 那个 → 人工智能那个); years said digit by digit are written in digits (二零二三年 → 2023年); typed pinyin
   * becomes Han; written Cantonese, Shanghainese and northern colloquial speech are read as Mandarin
   * (邊啲 → 哪些, 阿拉 → 我们, 俺们 → 我们) and Traditional as Simplified (最後那一項); homophone typos are
   * put right (代款 → 贷款); and what the message says it does not mean (不是问续贷, 贷款我不需要) is left out.
   */
  private readonly readers: readonly ((text: string) => string)[];
  /** Whether the clauses beside a person asked for are being answered (they are answered once, not again). */
  private answeringBeside = false;

  constructor(private readonly options: ResponderOptions) {
    this.pinyin = new PinyinTranscriber(knownWords(options.kb));
    this.readers = [
      withoutMention,
      linesAsClauses,
      joinSpokenWords,
      spokenYears,
      withoutToneMarks,
      (text) => this.pinyin.transcribe(text),
      fromCantonese,
      fromShanghainese,
      fromNorthern,
      toSimplified,
      correctHomophoneTypos,
      withoutDisclaimed,
    ];
  }

  get kb(): KnowledgeBase {
    return this.options.kb;
  }

  intentOf(text: string): Intent {
    return detectIntent(text, { glossary: this.options.kb.glossary });
  }

  /**
   * What the message asks, read from the text with its pinyin read as Han words — unless the pinyin
   * as typed asks for a person too, or plainly (pai ge ren … shangmen): the person rules read typed
   * pinyin by sound, and what is left beside a softer wish (dangmian liao …) is then read as typed,
   * not as the few words read into Han (区里 … 政策 would name the service specialists' measure).
   * `intent` is what the text itself asks (intentOf(text)), read once by the caller.
   */
  private readIntent(text: string, typed: string, intent: Intent): Intent {
    if (text === typed || (intent.type === 'person' && !intent.soft)) return intent;
    const asTyped = this.intentOf(typed);
    return asTyped.type === 'person' && (!asTyped.soft || intent.type === 'person') ? asTyped : intent;
  }

  /**
   * 先帮我转人工，顺便问下高新企业研发奖励最多给多少: the clauses that do not ask for a person, answered
   * as a question of their own in the same conversation — a measure, several, a comparison, a list or
   * what the measures do not cover (第二个具体说说，另外…能不能有人帮我们跟银行沟通一下).
   */
  private askedBeside(text: string, context: ConversationContext): Answer | undefined {
    // (Once: what is left may still read as a person asked for as a whole, 来个人 上门 到我们厂里.)
    if (this.answeringBeside) return undefined;
    // (你是人工智能吧: said to the bot, asking nothing.)
    // (1.研发投入那个奖励能拿多少 2.…区里奖多少 3.能不能安排个专员: each numbered request is read
    // apart, and the requests kept keep their numbers, so the rest still asks each.)
    const keep = (clause: string) =>
      !['person', 'smalltalk'].includes(this.intentOf(clause).type) && !TO_THE_BOT.test(clause);
    const pieces = text.split(LIST_NUMBER_EVERYWHERE);
    let rest = '';
    for (let i = 0; i < pieces.length; i += 2) {
      // (English sentences apart: I want a human. What's the difference between …?)
      const kept = (pieces[i] ?? '')
        .split(SENTENCE_ENDS)
        .flatMap((sentence) => clausesOf(sentence))
        .filter(keep)
        .join('，');
      if (kept) rest += `${i > 0 ? (pieces[i - 1] ?? '') : ''}${kept} `;
    }
    rest = rest.trim().replace(BY_THE_WAY, '');
    // (我要投诉！区里说好的补贴拖了半年都没到账: a story told beside it, no question — the person alone.)
    if (rest.replace(PUNCTUATION, '').length < 4 || !ASKS_BESIDE.test(rest)) return undefined;
    // (说了半天我还是不知道去哪办，帮我转个人工: the frustration with the last measure is no question about it.)
    const withoutLast: ConversationContext = { ...context };
    delete withoutLast.lastMeasureId;
    delete withoutLast.lastResultMeasureId;
    // (Nor the messages before: the reply cache keys a person asked for without them.)
    delete withoutLast.earlierText;
    this.answeringBeside = true;
    let answered: Response;
    try {
      answered = this.decide(rest, withoutLast);
    } finally {
      this.answeringBeside = false;
    }
    return answered.kind === 'answer' && ANSWERS_BESIDE.has(answered.answer.type)
      ? answered.answer
      : undefined;
  }

  /** This responder in a language: matching stays the same, answers come from that view of the knowledge base. */
  private in(lang: Lang): Responder {
    let responder = this.inLanguage.get(lang);
    if (!responder) {
      responder = new Responder({ ...this.options, kb: kbIn(this.options.kb, lang) });
      this.inLanguage.set(lang, responder);
    }
    return responder;
  }

  respond(message: string, context: ConversationContext = {}): Response {
    return this.withEarlierFacts(this.decide(message, context), context);
  }

  /**
   * A check about to start takes the facts the earlier messages stated for its measure (我们在杭州租的
   * 服务器…, then 听说有AI算力券 我们能报吗), under those this message states — not asked again. Apart from
   * `decide`, so a remembered decision (cachedResponder.ts) gets them too.
   */
  withEarlierFacts(response: Response, context: ConversationContext): Response {
    if (response.kind !== 'start-eligibility' || !context.earlierText) return response;
    const measure = this.options.kb.measureById.get(response.measureId);
    const earlier = measure ? this.factsToldBefore(measure, context.earlierText, context.lang ?? 'zh') : {};
    if (Object.keys(earlier).length === 0) return response;
    return { ...response, facts: { ...earlier, ...response.facts } };
  }

  /** The message as the readers below read it: dialects, pinyin and typos put right (Chinese), lines as clauses. */
  private read(typed: string, lang: Lang): string {
    return lang === 'zh' ? this.readers.reduce((read, reader) => reader(read), typed) : linesAsClauses(typed);
  }

  /** What the message asks for, in its context: an answer, a person, a check, … */
  decide(message: string, context: ConversationContext = {}): Response {
    // The search reads no more than MAX_QUERY_CHARS of each part of a question; the readers below,
    // some of which scan a clause from every place in it, read a few parts' worth at most.
    const typed = message.length > MAX_MESSAGE_CHARS ? message.slice(0, MAX_MESSAGE_CHARS) : message;
    const lang = context.lang ?? 'zh';
    if (lang !== this.options.kb.lang) return this.in(lang).decide(typed, context);
    // An answer in English reads English words (women, change are not 我们, 缠): its lines only.
    const text = this.read(typed, lang);
    const { kb, engine } = this.options;
    // What the message itself asks, read once: the push back after a result and the intent both use it.
    const asRead = this.intentOf(text);
    const explained = this.whyNot(text, context, asRead);
    if (explained) return explained;
    // 行 那你帮我转 / 好 / yes please, right after the second decline offered a person: accepted.
    if ((context.declinesInARow ?? 0) >= 2 && ACCEPTS_OFFER.test(text.replace(PUNCTUATION, '').toLowerCase()))
      return personAsked(text);
    const intent = this.readIntent(text, typed, asRead);
    const last = context.lastMeasureId ? kb.measureById.get(context.lastMeasureId) : undefined;
    // (这种情况我要找个人当面说清楚: a person asked outright, not our case checked again.)
    const personOutright = intent.type === 'person' && !intent.soft;
    const toldBefore = personOutright ? undefined : this.situationToldBefore(text, context, last);
    if (toldBefore) return toldBefore;
    // 电费太高了 → 有补吗, right after what the measures do not cover: support asked for what was told.
    const earlierNeed =
      (context.declinesInARow ?? 0) > 0 && BARE_SUPPORT_ASK.test(text.replace(PUNCTUATION, ''))
        ? this.uncoveredNeedToldBefore(context)
        : undefined;
    if (earlierNeed) return this.answer(earlierNeed.need, context, undefined, `${earlierNeed.told}，${text}`);
    // 还有别的吗 right after a partial answer: more of what may help the need told before.
    const more = this.moreForNeed(text, context);
    if (more) return more;
    switch (intent.type) {
      case 'smalltalk':
        return { kind: 'answer', answer: { type: 'smalltalk', kind: intent.kind } };
      case 'cancel':
        return { kind: 'cancel' };
      case 'restart':
        return { kind: 'restart' };
      case 'checkup': {
        // 给客户做服务包，研发投入奖励、AI算力券、智评券这三个…: measures named for the package are
        // asked about, a section each — not a check-up that would ask the facts again.
        // (我是区里的服务专员，…: who asks is not what they ask about.)
        const asked = stripIntroduction(text);
        const whole = engine.search(asked);
        const several = readSeveral(asked, engine, kb, whole);
        if (several && several.targets.filter((t) => t.kind === 'measure').length >= 2)
          return this.several(several, asked, whole);
        return { kind: 'start-checkup' };
      }
      case 'person': {
        if (!intent.soft) {
          const also = this.askedBeside(text, context);
          return { ...personAsked(text), ...(also ? { also } : {}) };
        }
        // 电话, 投诉, 上门 beside what names measures ask about them (AI算力券申请电话 → how to apply;
        // 服务专员上门对接和企业服务云有什么不同 → a comparison); alone (我要投诉, 有人能上门吗) they ask for
        // a person, whatever the soft word itself would match.
        const rest = engine.search(intent.rest);
        const namesSomething =
          (rest.kind === 'measure' && rest.confidence >= CLEAR_MEASURE) ||
          (rest.kind === 'ambiguous' && rest.confidence >= CLEAR_MEASURE) ||
          rest.kind === 'area';
        // 出口退税拖了三个月 你能帮我们催一下吗 或者有没有让退税快一点的政策: support asked for a topic the
        // measures do not cover — said so, with what may still help (the reply names the people too).
        // (找了半年没人理 你们这政策能给地吗: the policy asked whether it gives what is needed.)
        // (快递费涨了 这块谁能帮我们降一降: asked the first time; 那到底谁能帮我 after that answer wants a person.)
        if (
          rest.kind === 'none' &&
          rest.declined === 'not-covered' &&
          (ASKS_FOR_POLICY.test(intent.rest) ||
            POLICY_GIVES.test(intent.rest) ||
            (intent.asksWhoHelps && (context.declinesInARow ?? 0) === 0))
        )
          return this.answer(rest, context, undefined, intent.rest);
        if (!namesSomething) return personAsked(text);
        const question = readQuestion(text);
        const about = this.question(
          question.focus ? question : { ...question, focus: 'apply' },
          context,
          last,
        );
        // 奖励一直没到账：想投诉，找谁问进度: a complaint about a measure — that measure's answer, and
        // the people to take the complaint to.
        return intent.complains && about.kind === 'answer'
          ? { kind: 'handoff', reason: 'asked', also: about.answer }
          : about;
      }
      case 'glossary': {
        const term = kb.glossary.find((t) => t.id === intent.termId)!;
        const related = term.related.flatMap((id) => kb.measureById.get(id) ?? []);
        // A term that is a measure's own name (无缝续贷是什么) is answered with the measure itself.
        const zhTerm = kb.zh.glossary.find((t) => t.id === term.id)!;
        const named = related.find((m) => {
          const zh = kb.zh.measureById.get(m.id)!;
          return zh.title === zhTerm.term || zh.aliases.includes(zhTerm.term);
        });
        if (named) return this.measure(named);
        return { kind: 'answer', answer: { type: 'glossary', term, related } };
      }
      case 'eligibility': {
        // 每年都能领吗 right after a measure: how often it is given (一次性), not whether we qualify;
        // 那现在还能报吗: whether it is still open.
        if (last && HOW_OFTEN.test(text)) return this.measure(last);
        const asQuestion = readQuestion(text);
        const bare = text.replace(PUNCTUATION, '');
        if (asksListByDate(bare, () => readStatusList(bare, engine.search(text), false)))
          return this.question(asQuestion, context, last);
        if (last && !intent.topic && asQuestion.focus === 'deadline') return this.measure(last, 'deadline');
        // 那要是明年一月份才投标，还能享受吗 right after a measure: a later time named, the words naming no
        // other measure — whether the last one still runs then.
        if (
          last &&
          asQuestion.focus === 'deadline' &&
          LATER_TIME.test(intent.topic) &&
          engine.search(intent.topic).declined === 'low-confidence'
        )
          return this.measure(last, 'deadline');
        // 那算力券呢 还能领不: whether it is still given, not whether we qualify.
        // (政府采购…预留的份额，现在还能享受吗: the clause before names it.)
        // (…租了本市的智能算力训练模型，算力券2026年还能领吗: a year asked about is the time, not our facts.)
        if (
          asQuestion.focus === 'deadline' &&
          ((!OWN_SITUATION.test(text) && Object.keys(readStatedFacts(text, kb.questions)).length === 0) ||
            YEAR_ASKED.test(lastClauseOf(text)))
        )
          return this.question(asQuestion, context, last);
        // 我们是做装修工程的小公司，政府采购…预留40%的那个 现在还能享受吗: a dated stage (ended, or running to
        // its end date) settles it, whoever asks — its time, not a check.
        if (asQuestion.focus === 'deadline') {
          const found = engine.search(text);
          const named =
            found.kind === 'measure' && found.confidence >= STATED_MEASURE
              ? kb.measureById.get(found.matches[0]!.id)
              : undefined;
          const day = this.options.today();
          const dated = named?.validity.some((v) => ['ended', 'in-force'].includes(validityStatusOn(v, day)));
          if (named && dated) return this.measure(named, 'deadline');
        }
        // 这个我们能拿多少 去年研发花了1200万: “this” is the last measure; the amount stated is worked out.
        if (last && readReference(intent.topic.replace(PUNCTUATION, ''))?.type === 'this') {
          const stated = this.statedFacts(text, undefined, last);
          if (stated) return stated;
        }
        // 问两件事：…能补多少；另一个是…能拿多少: several requests, each answered, not one check.
        if (SEVERAL_ASKED.test(text)) return this.question(asQuestion, context, last);
        // 想问有没有出口补贴？顺便问一下智评券我们能不能用: another request beside the check, each answered.
        if (
          ASKS_ALSO.test(text) &&
          (readSeveral(text, engine, kb, engine.search(text))?.targets.length ?? 0) >= 2
        )
          return this.question(asQuestion, context, last);
        // 绿色工厂和智评券跟我们有关系吗: two measures asked about at once — a section each, not one check.
        if (
          /[和跟与及、]/u.test(intent.topic) &&
          readSeveral(intent.topic, engine, kb, engine.search(intent.topic))
        )
          return this.question(asQuestion, context, last);
        // 但是营收不够还没进四上，能拿吗: a measure is never named by what the enterprise lacks, so a
        // topic that says so states a fact of its own.
        const lacks = Object.entries(readStatedFacts(intent.topic, kb.questions)).filter(
          ([, v]) => v === false,
        );
        const facts = {
          ...Object.fromEntries(lacks),
          ...readStatedFacts(withoutTopic(text, intent.topic), kb.questions),
        };
        const referred = this.referred(intent.topic, context, last);
        // (研发投入1200万 能拿60万吗: an amount alone is worked out with the arithmetic, as asked after a measure.)
        if (referred) return this.factsFor(referred, facts, undefined);
        let found = intent.topic ? engine.search(intent.topic) : undefined;
        // “…an SRDI enterprise back in 2020. Can we still get the district reward?”: the words of the
        // question name the measure only vaguely; the whole message may name it plainly.
        // (No topic in the clause that asks — 新认定专精特新的奖励，我们公司能不能拿 — the same.)
        if ((!found || found.kind !== 'measure' || found.confidence < VAGUE_TOPIC) && intent.topic !== text) {
          const whole = engine.search(text);
          if (whole.kind === 'measure' && whole.confidence >= STATED_MEASURE) found = whole;
        }
        const measure =
          found?.kind === 'measure'
            ? kb.measureById.get(found.matches[0]!.id)
            : found === undefined
              ? last
              : undefined;
        if (!measure) {
          if (!found) {
            // 有没有出口补贴之类的 我们能申吗: support the measures do not cover, asked by name — said so, not a check-up.
            const whole = engine.search(text);
            return whole.kind === 'none' && whole.declined === 'not-covered'
              ? this.answer(whole, context, undefined, text)
              : { kind: 'start-checkup' };
          }
          // 续贷有没有什么政策 还有…社保降费率的政策现在我们能享受吗: the words read as the check's topic
          // name an area or a choice, the message several measures — a section each.
          if (found.kind !== 'none' && readSeveral(text, engine, kb, engine.search(text)))
            return this.question(asQuestion, context, last);
          // 算力券和工赋伙伴都是啥 我们做工业软件的 能用上不: the words read as the check's topic (上不) name
          // nothing, the message does — it is answered as a question.
          const whole = found.kind === 'none' && intent.topic !== text ? engine.search(text) : undefined;
          if (whole && whole.kind !== 'none') return this.question(asQuestion, context, last);
          // 那降费具体是怎么降的，我们这种小店能享受吗 right after 社保降费: the last measure's title words.
          const read = whole ?? found;
          if (last && read.kind === 'none' && read.declined === 'low-confidence' && echoesTitle(last, bare))
            return this.eligibilityFor(last, facts);
          // 店面重新装修了一遍…这个有补贴能报吗: the topic the message names is not covered — said so.
          if (whole?.declined === 'not-covered' && found.declined !== 'not-covered')
            return this.answer(whole, context, undefined, text);
          return this.answer(found, context);
        }
        return this.factsFor(measure, facts, undefined);
      }
      case 'question':
        return this.question(intent, context, last);
    }
  }

  /**
   * “为什么不行”, “哪个条件不满足”, “why not?” after a result: the unmet conditions of the measure of
   * the last result — or, after a check-up, of the measure the question names (为什么研发投入奖励不在里面).
   */
  private whyNot(text: string, context: ConversationContext, intent: Intent): Response | undefined {
    if (!context.lastResultMeasureId && !context.hadCheckup) return undefined;
    const why = readWhyNot(text);
    if (!why) return undefined;
    // 这不对吧…我要找个人当面说清楚: a person asked outright beside the push back — the person.
    if (intent.type === 'person' && !intent.soft) return undefined;
    const { kb, engine } = this.options;
    const named = why.topic ? engine.search(why.topic) : undefined;
    const namedMeasure =
      named?.kind === 'measure' && named.confidence >= STATED_MEASURE
        ? kb.measureById.get(named.matches[0]!.id)
        : undefined;
    const lastResult = context.lastResultMeasureId;
    if (lastResult && (!namedMeasure || namedMeasure.id === lastResult))
      return { kind: 'explain-result', measureId: lastResult, from: 'eligibility' };
    if (context.hadCheckup && namedMeasure?.eligibility)
      return { kind: 'explain-result', measureId: namedMeasure.id, from: 'checkup' };
    return undefined;
  }

  private question(
    intent: Extract<Intent, { type: 'question' }>,
    context: ConversationContext,
    last: Measure | undefined,
  ): Response {
    const { kb, engine, today } = this.options;
    // 我是区里的服务专员，…: who asks is not what they ask about.
    const text = stripIntroduction(intent.text);
    const bare = text.replace(PUNCTUATION, '');

    // 第三个和第五个分别讲讲: a section for each measure referred to.
    // (第三个和第五个分别说一下，我有会员对这两条感兴趣: the clauses after it tell why, naming nothing.)
    const references = readReferences(bare) ?? this.referencesThenStory(text) ?? this.storyThenStep(text);
    const referred = references?.flatMap((r) => this.resolve(r, context, last) ?? []);
    if (referred && referred.length >= 2)
      return this.several(sectionsFor([...new Set(referred)]), text, engine.search(text));
    // 我们不是高新 这个用不上 上一项是啥: the step asked after the story.
    if (referred?.length === 1 && references?.[0]?.type === 'step' && !readReference(bare))
      return this.measure(referred[0]!, intent.focus);
    // 那借钱那个呢 right after a list: the measures of the list that the words describe.
    const described = this.describedInList(text, context.lastList ?? []);
    if (described.length === 1) return this.measure(described[0]!, intent.focus);
    if (described.length > 1) return this.several(sectionsFor(described), text, engine.search(text));
    // 第二个 / 上一项 / 这个: an earlier reply says which measure — but “And the R&D reward, is there a
    // deadline for that one?” names the one it means in its own words.
    const reference = readReference(bare);
    if (reference && !(reference.type === 'this' && !HAS_HAN.test(text) && this.namesOther(text, last))) {
      const measure = this.resolve(reference, context, last);
      const rest = reference.rest ? readQuestion(reference.rest) : undefined;
      // 第二个的话，合同费用120万能补多少: the amount or facts stated, for the measure referred to.
      // English facts are read from the words as typed (7.2 million yuan), which the bare rest has lost.
      const restTyped = HAS_HAN.test(text) ? reference.rest : text;
      // 第二个具体说说，我客户正好有贷款快到期: asked to be told about it — the story after says why,
      // asking nothing of its own.
      const toldAbout = TELL_ME_ABOUT.exec(reference.rest);
      if (measure && toldAbout && !ASKS_WHAT_WE_GET.test(reference.rest.slice(toldAbout[0].length)))
        return this.measure(measure, intent.focus);
      const stated = measure && reference.rest ? this.statedFacts(restTyped, undefined, measure) : undefined;
      if (stated) return stated;
      // 第二个怎么申请: the reference with a focus; 第一个和第二个有什么区别 reads on as a question.
      if (measure && (!rest || rest.focus)) return this.measure(measure, rest?.focus ?? intent.focus);
      // 最后一个是干嘛的: the rest asks nothing the measures could answer by itself.
      if (measure && reference.rest && WHAT_IS_IT.test(reference.rest))
        return this.measure(measure, intent.focus);
      // 前者具体怎么落地: the rest asks about the measure referred to, naming no other and comparing nothing.
      if (measure && reference.rest && this.asksOnlyAbout(reference.rest))
        return this.measure(measure, intent.focus);
      // 它那个2023年底的目标现在算完成了没: “it” said outright, joining no other measure to it.
      if (
        measure &&
        reference.type === 'this' &&
        /^它(?!们)/u.test(bare) &&
        !JOINS_ANOTHER.test(reference.rest)
      )
        return this.measure(measure, intent.focus);
      // 里面说的数字化服务专员，是免费的吗 / 第一个降的是哪些费率: a term of the measure referred to.
      if (measure && reference.rest && this.namesOf(measure, reference.rest))
        return this.measure(measure, intent.focus);
    }
    // 我们是给整车厂做配套的小厂，这个怎么参加: the last clause refers to the last measure, with a focus.
    // (How much, with an amount stated before it, is worked out below instead.)
    const lastRef = last ? readReference(lastClauseOf(text).replace(PUNCTUATION, '')) : undefined;
    // (“And the R&D reward, is there a deadline for that one?”: the clause before names the one meant.)
    const lastFocus =
      lastRef?.type === 'this' && lastRef.rest && !this.namedBefore(text, last)
        ? readQuestion(lastRef.rest).focus
        : undefined;
    if (last && lastFocus && lastFocus !== 'amount' && lastFocus !== 'conditions')
      return this.measure(last, lastFocus);
    // 区里有没有配套: what the district adds to the last measure — its amounts say who gives what (各区…).
    // (区里呢？区里有没有配套: the clause that asks.)
    if (
      last &&
      (DISTRICT_FOLLOW_UP.test(bare) || DISTRICT_FOLLOW_UP.test(lastClauseOf(text).replace(PUNCTUATION, '')))
    )
      return this.measure(last, 'amount');
    // 那找谁 right after a question the measures do not cover: the people to ask, not an older measure.
    if (
      (intent.focus === 'apply' || intent.focus === 'department') &&
      intent.topic.length <= 1 &&
      (context.declinesInARow ?? 0) > 0
    )
      return personAsked(text);
    // 那找谁 / 这个具体得找谁问 right after a measure: the people to ask, with that measure's own
    // channels answered first (找谁办, 找谁申请 ask only where to apply: the measure).
    // (行吧 那具体找谁聊 with no measure before it: the people, no measure beside them.)
    if (!last && WHO_TO_ASK.test(text.replace(PUNCTUATION, ''))) return personAsked(text);
    if (last && WHO_TO_ASK.test(lastClauseOf(text).replace(PUNCTUATION, '')))
      return {
        kind: 'handoff',
        reason: 'asked',
        also: composeMeasureAnswer(kb, last, today(), intent.focus ?? 'apply'),
      };
    // 那就是说一点能帮上忙的都没有？ right after what the measures do not cover: what may still help.
    const mayHelp = offeredByPartial(context);
    const asksDates = () => asksListByDate(bare, () => readStatusList(bare, engine.search(text), false));
    if (mayHelp.length > 0 && NOTHING_HELPS.test(text) && !asksDates())
      return this.several(
        sectionsFor(mayHelp.flatMap((id) => kb.measureById.get(id) ?? [])),
        text,
        engine.search(text),
      );
    // A bare follow-up (怎么申请, 最多补多少) is about the last measure.
    // (那现在还能申请的呢: the ones still open, of all the measures — a list, not the last one's time.)
    if (intent.focus && last && intent.topic.length <= 1 && !asksDates())
      return this.measure(last, intent.focus);
    // 那随时都能申请吗 right after a reply about a few measures side by side: asked of each of them.
    const shownSideBySide = context.lastList ?? [];
    if (
      intent.focus &&
      !last &&
      intent.topic.length <= 1 &&
      shownSideBySide.length >= 2 &&
      shownSideBySide.length <= SIDE_BY_SIDE &&
      // (…现在还有哪些能用的 哪些已经结束了 给我列一下: the list by date, of all the measures.)
      !asksDates()
    ) {
      const measures = shownSideBySide.flatMap((id) => kb.measureById.get(id) ?? []);
      return this.several(sectionsFor(measures), text, engine.search(text));
    }
    // 两个能同时拿吗 right after two measures side by side: whether they combine, for those two.
    if (
      asksCombined(text) &&
      shownSideBySide.length >= 2 &&
      shownSideBySide.length <= SIDE_BY_SIDE &&
      !this.namesOther(text, undefined)
    )
      return this.several(
        sectionsFor(shownSideBySide.flatMap((id) => kb.measureById.get(id) ?? [])),
        text,
        engine.search(text),
      );
    // 怎么报名参加，找谁: follow-ups in a row, each only a focus, are about the last measure too.
    if (intent.focus && last && onlyFollowUps(text)) return this.measure(last, intent.focus);

    const whole = engine.search(text);
    const comparison = readComparison(text, engine, kb, {
      last,
      lastList: (context.lastList ?? []).flatMap((id) => kb.measureById.get(id) ?? []),
    });
    if (comparison) {
      const [a, b] = comparison.pair;
      return {
        kind: 'answer',
        answer: composeComparison(kb, a, b, today(), comparison.whichSuits, comparison.combined),
        search: whole,
      };
    }
    // “…想问问有没有奖励；另外银行有笔贷款…”: several requests, even if one of them states facts.
    const anotherRequest = ANOTHER_REQUEST.test(text);
    const severalFirst = anotherRequest ? readSeveral(text, engine, kb, whole) : undefined;
    if (severalFirst) return this.several(severalFirst, text, whole);
    // 自建机房跑GPU 电费一个月好几万 电费能补吗: the clause that asks is about what the measures do not
    // cover; the measure the story's words name (GPU) is not what is asked.
    const asking = lastClauseOf(text);
    if (
      whole.kind === 'measure' &&
      asking.trim() !== text.trim() &&
      CLAUSE_ASKS.test(asking) &&
      !anotherRequest
    ) {
      const asked = engine.search(asking);
      if (asked.kind === 'none' && asked.declined === 'not-covered')
        return this.answer(asked, context, intent.focus, asking);
    }
    // 个转企这28条里有没有？没有的话还能用上哪条: a topic the measures do not cover, and what may still
    // help — not the measures by date.
    // (哪些措施已经过期了？我们被水淹了…: a sentence of its own asks for the list, beside the topic.)
    const statusList =
      whole.kind === 'none' && whole.declined === 'not-covered'
        ? this.statusListBesideTopic(text, whole.term ?? '', last !== undefined)
        : readStatusList(bare, whole, last !== undefined);
    const stated = asksListByDate(bare, () => statusList) ? undefined : this.statedFacts(text, whole, last);
    // 想换一条新的生产线大概要花一千二百万，还有一个大客户欠了我们…，儿子还想上市: facts stated for one
    // measure in a story that asks about several — a section each (the amounts worked out in theirs),
    // not a check of one. (With another request's words, readSeveral above has read it already.)
    if (stated?.kind === 'start-eligibility' && !anotherRequest && MORE_NEEDS.test(text)) {
      const severalInStory = readSeveral(text, engine, kb, whole);
      if (severalInStory && severalInStory.targets.length >= 2)
        return this.several(severalInStory, text, whole);
    }
    if (stated) return stated;
    // “Which companies does it mainly support?”: an English follow-up names the last measure “it”.
    // (A word of another measure's English name — “until when is it open?” — does not move it.)
    if (
      intent.focus &&
      last &&
      PRONOUN_EN.test(text) &&
      (this.staysOn(last, whole, text) || (whole.kind === 'measure' && whole.confidence < PRONOUN_STAYS))
    )
      return this.measure(last, intent.focus);
    // “Can we claim it every year?”: “it”, and nothing else the measures know of, is the last measure.
    if (
      !intent.focus &&
      last &&
      PRONOUN_EN.test(text) &&
      whole.kind === 'none' &&
      whole.declined === 'low-confidence'
    )
      return this.measure(last);
    if (statusList?.type === 'last-measure' && last) return this.measure(last, 'deadline');
    // 截止到什么时候 我们明年才够条件 还来得及申吗 right after a measure: a clause asks its time, naming
    // nothing, and nothing else in the message names a measure — the last one's time.
    // (A short one — 那现在还能申请的呢 — is read below, with the list just shown.)
    if (
      last &&
      bare.length > FOLLOW_UP_LENGTH &&
      whole.kind === 'none' &&
      whole.declined === 'low-confidence' &&
      clausesOf(text).some((clause) => {
        const asked = readQuestion(clause);
        // (这个降门槛到什么时候为止: “this” points at it, whatever words of it follow.)
        return asked.focus === 'deadline' && (asked.topic.length <= 1 || THIS_ONE.test(clause.trim()));
      })
    )
      return this.measure(last, 'deadline');
    if (statusList?.type === 'list') {
      // 这里面哪些已经结束了 right after an area's list: that area.
      // (28条里面 is the whole package, not the list just shown.)
      const listArea =
        IN_THE_LIST.test(bare.toLowerCase()) && !WHOLE_PACKAGE.test(bare)
          ? areaOfAll(context.lastList ?? [], kb)
          : undefined;
      // (这些政策里哪些已经到期了: 到期 alone sounds like a loan falling due; an area is named only by the
      // words beside the dates.)
      const namedArea =
        statusList.areaId && this.areaNamedBesideDates(bare, statusList.areaId)
          ? statusList.areaId
          : undefined;
      const areaId = namedArea ?? listArea;
      const area = areaId ? kb.areaById.get(areaId) : undefined;
      return {
        kind: 'answer',
        answer: composeStatusList(kb, statusList.filter, today(), area, {
          hideEnded: statusList.hideEnded ?? false,
        }),
        search: whole,
      };
    }
    const several = readSeveral(text, engine, kb, whole);
    if (several) return this.several(several, text, whole);
    // 那续贷那个跟我说说，我们有笔500万的贷款下个月到期: the story's words name the whole area, but one
    // clause names one of its measures plainly and nothing asks for the area's list — that measure.
    const inArea =
      whole.kind === 'area' && !ASKS_FOR_ALL.test(text) ? this.namedInClause(text, whole.area!) : undefined;
    if (inArea) return this.measure(inArea, intent.focus);

    // A short message in context that names no other measure (以前是多少, 费率多少, 会商多久一次,
    // 是干什么的) is about the last measure.
    if (last && bare.length <= FOLLOW_UP_LENGTH && this.staysOn(last, whole, text))
      return this.measure(last, intent.focus);
    // 那降费率那个现在还有效吗 right after a reply that listed 稳岗扩岗和社保降费: of the measures the words
    // could mean (社保降费, 担保降费), the one just listed.
    const listed =
      whole.kind === 'ambiguous' && bare.length <= FOLLOW_UP_LENGTH
        ? whole.matches.filter((m) => context.lastList?.includes(m.id))
        : [];
    const [onlyListed] = listed;
    if (listed.length === 1 && onlyListed)
      return this.measure(kb.measureById.get(onlyListed.id)!, intent.focus);
    // “is that a limit for every single loan, or an average?”: a short English follow-up that says
    // “that” / “it” is about the last measure, unless it names another.
    if (last && isShortEnglish(text) && PRONOUN_EN_BARE.test(text) && this.staysOn(last, whole, text))
      return this.measure(last, intent.focus);
    // “Who can apply? 小微企业 also OK or only big ones?”: an English follow-up that asks who, how or
    // how much and names nothing the measures know of is about the last measure, not declined.
    if (
      last &&
      intent.focus &&
      ENGLISH_QUESTION_START.test(text) &&
      whole.kind === 'none' &&
      whole.declined === 'low-confidence'
    )
      return this.measure(last, intent.focus);
    // 那降费具体是怎么降的 right after 稳岗扩岗和社保降费: words of the last measure's own title, in a
    // message that names nothing else the measures know of, are about that measure.
    if (last && whole.kind === 'none' && whole.declined === 'low-confidence' && echoesTitle(last, bare))
      return this.measure(last, intent.focus);
    // 是1%以下还是包括1%, 这钱是市里发还是区里发: the last measure's own figure, or “this money”, in a
    // message that names nothing else the measures know of. (那有没有封顶金额？…最多补多少万: its cap.)
    // 外籍人员是否可以入选该专项: 该专项 points back at the last measure, whatever else the words name.
    if (last && whole.kind === 'none' && POINTS_AT_LAST.test(text)) return this.measure(last, intent.focus);
    if (last && whole.kind === 'none' && whole.declined === 'low-confidence') {
      if (namesFigureOf(last, text) || REFERS_TO_FIGURE.test(bare)) return this.measure(last, intent.focus);
      if (ASKS_CAP.test(text)) return this.measure(last, 'amount');
    }
    return this.answer(whole, context, intent.focus, text);
  }

  /**
   * Facts about the enterprise stated in a question about a measure with rules (我们不是高企…能拿吗,
   * 研发投入800万能拿多少, 合同费用300万呢): an amount alone is worked out with the arithmetic; stated
   * conditions start the eligibility check with them answered.
   */
  private statedFacts(
    text: string,
    whole: SearchResult | undefined,
    last: Measure | undefined,
  ): Response | undefined {
    const { kb } = this.options;
    // Facts matter when the message asks what the enterprise gets (能拿吗, 能申请吗, 补多少, …呢), or
    // states them right after a measure (我们租算力的合同1000万; 我们是高企，不过2021年就进四上了).
    const asks = ASKS_WHAT_WE_GET.test(text);
    if (!asks && !last) return undefined;
    // 高新企业第一次进四上 是不是有个研发奖励: whether such a measure exists, its condition told —
    // the measure itself, not a check (我们…是不是有个 tells our own case).
    if (ASKS_IF_THERE_IS.test(lastClauseOf(text).replace(PUNCTUATION, '')) && !OWN_SITUATION.test(text))
      return undefined;
    // 我们自己机房的电费也很高 电费有补贴吗 right after the compute voucher: support asked for a topic the
    // measures do not cover — that topic's answer, not a check of the last measure on the facts told.
    if (whole?.kind === 'none' && whole.declined === 'not-covered' && readAskedSupport(text))
      return undefined;
    // Without a search (the rest of a reference, 第二个的话…) the measure is the one referred to.
    const whatIf = whatIfAmount(text);
    // (投了2000万呢 right after the R&D reward: a what-if amount names another measure only faintly.)
    const faintWhatIf =
      last !== undefined && whatIf !== undefined && (whole?.confidence ?? 0) < CLEAR_MEASURE;
    const named =
      whole?.kind === 'measure' && whole.confidence >= STATED_MEASURE && !faintWhatIf
        ? kb.measureById.get(whole.matches[0]!.id)
        : undefined;
    const measure =
      named ??
      // 要是只有360万呢: a what-if amount is about the measure just answered, whatever it sounds like.
      (last &&
      (!whole || this.staysOn(last, whole, text) || this.factsAbout(last, text) || whatIf !== undefined)
        ? last
        : undefined) ??
      (asks && whole?.kind === 'ambiguous' && !ASKS_SEVERAL.test(text)
        ? this.settledByFacts(text, whole)
        : undefined);
    if (!measure?.eligibility) return undefined;
    // A statement that asks nothing is about the measure just answered, not one it names in passing.
    if (!asks && measure !== last) return undefined;
    const questions = questionsFor([measure], kb.questions);
    const ownFacts: Answers = readStatedFacts(punctuateRunOn(withoutQuotedConditions(text)), questions);
    // 已经拿过一次研发投入奖励了…今年还能不能再申请一次: whether it is given again — the measure says
    // (一次性奖励) — unless the facts stated already rule it out (2025年就被认定了…还能再领一次吗).
    if (named && AGAIN.test(text) && evaluateRules(named, ownFacts, kb).outcome !== 'not-eligible')
      return this.measure(named);
    if (Object.keys(ownFacts).length > 0) {
      // 我们在上海租算力训练自己的模型，最高按多少比例支持: the rule is what is asked; when only the
      // amount it applies to is unknown, the answer gives the rule rather than asking for the amount.
      const next = nextQuestion([measure], kb.questions, ownFacts, { today: this.options.today() });
      if (next?.type === 'amount' && ASKS_RULE.test(text)) return this.measure(measure, 'amount');
      // 我们是做工业设计的高新技术企业，研发奖励那个最多能给多少: the cap is asked, and no amount of ours
      // is given to work it out on — the rule's cap, not a check.
      const amountStated = Object.keys(ownFacts).some((id) => kb.questionById.get(id)?.type === 'amount');
      // (最高50万的那个奖励 quotes the cap; it does not ask it.)
      if (!amountStated && ASKS_CAP.test(text.replace(RULE_FIGURE, ' ')))
        return this.measure(measure, 'amount');
      // “How much can a high-tech enterprise get when …”: asked of any enterprise, not of ours — the rule.
      // (So is the amount of a measure called by its conditions: 高企第一次成为四上企业的那个一次性奖励是多少.)
      const ofAny =
        !OWN_SITUATION.test(text) &&
        ((ANY_ENTERPRISE.test(text) && ASKS_RULE.test(text)) || CALLED_BY_CONDITIONS.test(text));
      // (新认定的专精特新中小企业有多少奖励: the category told is the question's subject, not our case.)
      if (ofAny && (!amountStated || !estimateBenefit(measure, ownFacts, kb)))
        return this.measure(measure, 'amount');
      return this.factsFor(measure, ownFacts, whole);
    }
    // “如果是1500万呢” right after a measure whose rules take one amount: that amount.
    const amounts = questions.filter((q) => q.type === 'amount');
    // A bare amount (900万) is an answer to a question, not a new one: only a what-if asks.
    // (投入1200万呢 right after the R&D reward names it again, faintly: still the what-if of that measure.)
    if ((named && named !== last) || amounts.length !== 1) return undefined;
    return whatIf === undefined ? undefined : this.factsFor(measure, { [amounts[0]!.id]: whatIf }, whole);
  }

  private several({ targets, alsoNamed }: Several, text: string, whole: SearchResult): Response {
    const { kb, today, engine } = this.options;
    // 厂里人工成本一年比一年高，…，技改专项的门槛是多少: the one measure asked about, its own answer.
    const [only] = targets;
    if (targets.length === 1 && only?.kind === 'measure')
      return this.measure(only.measure, readQuestion(text).focus, alsoNamed);
    // 小升规和研发奖励我都想了解，先说小升规: that one now; the others wait for 另外那个呢.
    const measures = targets.flatMap((t) => (t.kind === 'measure' ? [t.measure] : []));
    const first = measures.length >= 2 ? readFirstAsked(text, measures, engine) : undefined;
    if (first)
      return this.measure(
        first,
        readQuestion(text).focus,
        measures.filter((m) => m !== first),
      );
    // …高企首次进四上的那个奖励，我们去年研发投入600万，能拿多少: the amount worked out for its measure.
    const estimates = targets.flatMap((t) => {
      if (t.kind !== 'measure' || !t.measure.eligibility) return [];
      const facts = this.factsOf(t.measure, text);
      return (
        estimateBenefit(t.measure, facts, kb) ?? unmetByAmount(t.measure, facts, kb.questionById, kb) ?? []
      );
    });
    return {
      kind: 'answer',
      answer: composeSeveral(kb, targets, today(), {
        // 一是…二是…, 分别: needs numbered or asked for one by one keep a section each, story or not.
        // (Needs all outside the measures are one answer however asked: what they are not, and what may help.)
        asOnePartial:
          (OWN_SITUATION.test(text) && !LISTS_REQUESTS.test(text)) ||
          targets.every((t) => t.kind === 'outside'),
        combined: asksCombined(text),
        estimates,
        focus: sectionFocus(text),
      }),
      search: whole,
    };
  }

  /**
   * Whether a message states facts the last measure's rules ask about (科技型中小企业评价没通过，能享受这个
   * 加计吗): then it is about that measure, even when its words alone would be declined.
   */
  private factsAbout(last: Measure, text: string): boolean {
    if (!last.eligibility) return false;
    return Object.keys(this.factsOf(last, text)).length > 0;
  }

  /** The facts a message states that a measure's rules ask about. */
  private factsOf(measure: Measure, text: string): Answers {
    return readStatedFacts(text, questionsFor([measure], this.options.kb.questions));
  }

  /**
   * Of two measures a question could mean, the first, when the message states facts its rules ask
   * about (专精特新我们还在申报，没批下来…奖励能先领吗: 没批下来 alone would also suggest a loan).
   */
  private settledByFacts(text: string, whole: SearchResult): Measure | undefined {
    const first = this.options.kb.measureById.get(whole.matches[0]!.id);
    return first && this.factsAbout(first, text) ? first : undefined;
  }

  /** An amount alone is worked out with the arithmetic; stated conditions start the check with them answered. */
  private factsFor(measure: Measure, ownFacts: Answers, whole: SearchResult | undefined): Response {
    const estimate = estimateBenefit(measure, ownFacts, this.options.kb);
    const conditionsStated = Object.keys(ownFacts).some((id) => id !== estimate?.questionId);
    if (estimate && !conditionsStated)
      return {
        kind: 'answer',
        answer: { type: 'calculation', measure, estimate, canCheckEligibility: true },
        ...(whole ? { search: whole } : {}),
      };
    return this.eligibilityFor(measure, ownFacts);
  }

  /** A list by date asked for in a sentence of its own, beside one about a topic the measures do not cover. */
  private statusListBesideTopic(text: string, term: string, hasLast: boolean): StatusListRequest | undefined {
    for (const sentence of text.split(/[。？?！!]+/u)) {
      // (没有的话还能用上哪条 asks what may still help with the topic, not the measures by date.)
      if (sentence.trim() === '' || (term !== '' && sentence.includes(term)) || IF_NOT.test(sentence.trim()))
        continue;
      // (有没有加快退税的政策，今年还来得及吗 beside 出口退税 asks about that topic: a list by date is asked
      // for in words of its own — 哪些, 措施 — not by a policy asked for the topic.)
      const asksList = clausesOf(normalizeQuery(sentence)).some(
        (c) => (ASKS_WHICH.test(c) || ASKS_FOR_ALL.test(c)) && !ASKS_FOR_POLICY.test(c),
      );
      if (!asksList) continue;
      const found = readStatusList(
        sentence.replace(PUNCTUATION, ''),
        this.options.engine.search(sentence),
        hasLast,
      );
      if (found?.type === 'list') return found;
    }
    return undefined;
  }

  /** References in a message's first clause, when the clauses after it name nothing the measures know of. */
  private referencesThenStory(text: string): Reference[] | undefined {
    const [first, ...after] = clausesOf(text);
    if (!first || after.length === 0) return undefined;
    const references = readReferences(first.replace(PUNCTUATION, ''));
    if (!references) return undefined;
    const rest = this.options.engine.search(after.join('，'));
    return rest.kind === 'none' && rest.declined === 'low-confidence' ? references : undefined;
  }

  /**
   * 我们不是高新 这个用不上 上一项是啥: the story first, then a step by our numbering that asks only what
   * that measure is — the step, not the story's facts checked against the last measure.
   */
  private storyThenStep(text: string): Reference[] | undefined {
    const clauses = clausesOf(text);
    if (clauses.length < 2) return undefined;
    const step = readReference(clauses.at(-1)!.replace(PUNCTUATION, ''));
    return step?.type === 'step' && (!step.rest || WHAT_IS_IT.test(step.rest)) ? [step] : undefined;
  }

  /** Whether `rest` is about `measure` among others (its words match it, comparing nothing). */
  private namesOf(measure: Measure, rest: string): boolean {
    if (JOINS_ANOTHER.test(rest)) return false;
    const found = this.options.engine.search(rest);
    return (
      (found.kind === 'measure' || found.kind === 'ambiguous') &&
      found.matches.some((m) => m.id === measure.id)
    );
  }

  /** Whether the rest of a reference asks only about the measure referred to (具体怎么落地). */
  private asksOnlyAbout(rest: string): boolean {
    if (JOINS_ANOTHER.test(rest)) return false;
    const found = this.options.engine.search(rest);
    return found.kind === 'none' && found.declined === 'low-confidence';
  }

  /** Whether the message names the area by one of its names, or by words beside its words about dates. */
  private areaNamedBesideDates(bare: string, areaId: string): boolean {
    const { engine, kb } = this.options;
    const area = kb.areaById.get(areaId);
    const typed = bare.toLowerCase();
    if (area && [area.shortTitle, ...area.aliases].some((name) => typed.includes(name.toLowerCase())))
      return true;
    return engine.search(withoutDateWords(typed)).area === areaId;
  }

  /** Whether a search result leaves the conversation on the last measure. */
  private staysOn(last: Measure, whole: SearchResult, text: string): boolean {
    switch (whole.kind) {
      case 'none':
        return whole.declined === 'low-confidence';
      // 入选了能有啥支持: asking what support there is, after a measure, asks what that one gives —
      // unless it asks for the measures as a whole (有哪些政策, 28条都有啥).
      case 'overview':
        return !ASKS_FOR_ALL.test(text);
      case 'ambiguous':
        return whole.matches.some((m) => m.id === last.id);
      case 'measure':
        return whole.matches[0]!.id === last.id || whole.confidence < FOLLOW_UP_NEW_MEASURE;
      // 支持使用的数字化产品具体包括哪些 right after 上平台上云: the area's word (数字化) inside words of
      // the last measure's own text (数字化产品) asks about that measure, not for its area's list.
      case 'area':
        return whole.area === last.area && repeatsOwnWords(last, text);
      default:
        return false;
    }
  }

  /**
   * “借钱那个呢”, “续贷那个跟我说说”: the measures of the last list that the words before 那个 describe —
   * the one they name, or those of the area they name.
   */
  private describedInList(text: string, list: readonly string[]): Measure[] {
    const m = DESCRIBED.exec(text.trim());
    const words = m?.[1];
    // Two things named (智评券跟上云那条), figures stated or a comparison asked: read on as a question.
    const rest = m ? text.trim().slice(m[0].length) : '';
    if (!words || list.length === 0 || /[跟和与及、]/u.test(words) || /[\d比]|哪个/u.test(rest)) return [];
    const { engine, kb } = this.options;
    const found = engine.search(words);
    const listed = list.flatMap((id) => kb.measureById.get(id) ?? []);
    if (found.kind === 'measure') return listed.filter((m) => m.id === found.matches[0]!.id);
    if (found.kind === 'area') return listed.filter((m) => m.area === found.area);
    return [];
  }

  /** The one measure of an area that a clause of the message names plainly, if one does. */
  private namedInClause(text: string, areaId: string): Measure | undefined {
    const named = new Set<Measure>();
    for (const clause of text.split(/[，,。;；!！?？\s]+/u)) {
      if (clause.length < 2) continue;
      const found = this.options.engine.search(clause);
      const measure =
        found.kind === 'measure' && found.confidence >= CLEAR_MEASURE
          ? this.options.kb.measureById.get(found.matches[0]!.id)
          : undefined;
      if (measure?.area === areaId) named.add(measure);
    }
    return named.size === 1 ? [...named][0] : undefined;
  }

  /** Whether the clauses before a message's last one name, plainly, a measure other than the last one. */
  private namedBefore(text: string, last: Measure | undefined): boolean {
    const before = text.slice(0, Math.max(0, text.lastIndexOf(lastClauseOf(text))));
    return before.trim() !== '' && this.namesOther(before, last);
  }

  /** Whether a message names, plainly, a measure other than the last one. */
  private namesOther(text: string, last: Measure | undefined): boolean {
    const found = this.options.engine.search(text);
    return found.kind === 'measure' && found.confidence >= CLEAR_MEASURE && found.matches[0]!.id !== last?.id;
  }

  /** The measure a reference points at, if the conversation has it. */
  private resolve(
    reference: Reference,
    context: ConversationContext,
    last: Measure | undefined,
  ): Measure | undefined {
    const { kb } = this.options;
    switch (reference.type) {
      case 'ordinal': {
        const id = pickFromList(context.lastList ?? [], reference);
        return id ? kb.measureById.get(id) : undefined;
      }
      case 'step': {
        // 后面那个 after a reply about two measures: the latter of the two.
        if (reference.pair !== undefined && context.lastList?.length === 2)
          return kb.measureById.get(context.lastList.at(reference.pair)!);
        if (!last) return undefined;
        return kb.measures.find((m) => m.source === last.source && m.number === last.number + reference.step);
      }
      case 'this':
        return last;
      case 'other': {
        const id = otherOfTwo(context.lastList ?? [], last?.id);
        return id ? kb.measureById.get(id) : undefined;
      }
    }
  }

  /** “我能申请第二个吗”, “这个能申请吗”: the eligibility topic may itself be a reference. */
  private referred(
    topic: string,
    context: ConversationContext,
    last: Measure | undefined,
  ): Measure | undefined {
    const reference = topic ? readReference(topic) : undefined;
    return reference && !reference.rest ? this.resolve(reference, context, last) : undefined;
  }

  /**
   * 美容院想用AI给客人测肤…服务器是在杭州租的, then 这样能申请AI算力券吗: “so, can we” asks about the
   * situation the messages before told — their facts (and any of this message's) start the check of the
   * measure asked about, or of the last one when this message names none.
   */
  private situationToldBefore(
    text: string,
    context: ConversationContext,
    last?: Measure,
  ): Response | undefined {
    const back = askedOfToldSituation(text);
    if (!context.earlierText || !back) return undefined;
    const { kb, engine } = this.options;
    const found = engine.search(back.clause);
    const measure =
      found.kind === 'measure' && found.confidence >= STATED_MEASURE
        ? kb.measureById.get(found.matches[0]!.id)
        : found.kind === 'none' && found.declined === 'low-confidence' && !back.namesMeasure
          ? last
          : undefined;
    if (!measure?.eligibility) return undefined;
    const earlier = this.factsToldBefore(measure, context.earlierText, kb.lang);
    const own = this.factsOf(measure, text);
    // (Nothing told before about it, or this message tells the same anew or an amount of its own —
    // 明年…在上海租卡…合同80万，那样呢: a case of its own, answered as it stands.)
    if (
      Object.keys(earlier).length === 0 ||
      Object.keys(own).some((id) => id in earlier) ||
      Object.values(own).some((value) => typeof value === 'number')
    )
      return undefined;
    return this.eligibilityFor(measure, { ...earlier, ...own });
  }

  /**
   * The facts for a measure that the earlier messages told of the enterprise's own situation (我们在杭州
   * 租的服务器…) — not a measure's own description asked about (高新技术企业首次成为四上，那个奖励怎么算).
   */
  private factsToldBefore(measure: Measure, earlierText: string, lang: Lang): Answers {
    const own = earlierText
      .split('\n')
      .map((line) => this.read(line, lang))
      .filter((line) => OWN_SITUATION.test(line));
    return own.length > 0 ? this.factsOf(measure, own.join('\n')) : {};
  }

  private eligibilityFor(measure: Measure, facts: Answers = {}): Response {
    const { kb, today } = this.options;
    if (measure.eligibility)
      return {
        kind: 'start-eligibility',
        measureId: measure.id,
        ...(Object.keys(facts).length > 0 ? { facts } : {}),
      };
    return { kind: 'answer', answer: composeMeasureAnswer(kb, measure, today(), 'conditions') };
  }

  /** `alsoNamed`: other measures the message named, answered on request (另外那个呢). */
  private measure(measure: Measure, focus?: Focus, alsoNamed: readonly Measure[] = []): Response {
    const { kb, today } = this.options;
    const answer = composeMeasureAnswer(kb, measure, today(), focus);
    if (alsoNamed.length > 0) answer.alsoNamed = [...alsoNamed];
    return { kind: 'answer', answer };
  }

  /** The user's message before this one, when it is about a topic the measures do not cover, and its search. */
  private uncoveredNeedToldBefore(
    context: ConversationContext,
  ): { told: string; need: SearchResult } | undefined {
    const told = context.earlierText?.split('\n').at(-1);
    if (!told) return undefined;
    const need = this.options.engine.search(told);
    return need.kind === 'none' && need.declined === 'not-covered' ? { told, need } : undefined;
  }

  /** “Anything else?” right after a partial answer: the need's answer again, with more that may help. */
  private moreForNeed(text: string, context: ConversationContext): Response | undefined {
    const { kb, today } = this.options;
    const offered = offeredByPartial(context);
    if (offered.length === 0 || !asksForMore(text)) return undefined;
    const { need } = this.uncoveredNeedToldBefore(context) ?? {};
    if (!need) return undefined;
    const first = composeAnswer(kb, need, today());
    if (first.type !== 'partial') return undefined;
    const mayHelp = briefsOf(kb, moreThatMayHelp(kb, need.topicId, offered, text), today());
    return { kind: 'answer', answer: { ...first, mayHelp, offerPerson: true }, search: need };
  }

  private answer(result: SearchResult, context: ConversationContext, focus?: Focus, text?: string): Response {
    const { kb, engine, today } = this.options;
    // “有没有原材料价格补贴”, “农机购置补贴这28条里有吗”: the support asked for by name, rather than the
    // general decline or the overview — its measure, its uncovered topic, or said plainly in the
    // user's words when neither is about it.
    const asked =
      text && ((result.kind === 'none' && result.declined === 'low-confidence') || result.kind === 'overview')
        ? readAskedSupport(text)
        : undefined;
    const support = asked ? engine.search(asked) : undefined;
    const composed =
      asked && support && (support.kind === 'none' || result.kind === 'overview')
        ? support.kind === 'none' && support.declined !== 'not-covered'
          ? composeUnlistedPartial(kb, asked, today())
          : composeAnswer(kb, support, today(), focus)
        : text &&
            result.kind === 'none' &&
            result.declined === 'not-covered' &&
            !SEEKS_HELP.test(text.toLowerCase()) &&
            // 那水电费呢, 你再想想 房租真的一点都不管？ right after a partial answer: support still asked for.
            // (那房租呢 right after a measure: whether anything covers rent as well.)
            offeredByPartial(context).length === 0 &&
            !(
              (context.lastMeasureId !== undefined || (context.lastList?.length ?? 0) > 0) &&
              ANOTHER_COST_THEN.test(text.replace(PUNCTUATION, ''))
            )
          ? // 居住证积分怎么算, 体检哪家便宜, where do I renew a residence permit: a question about the
            // topic itself, with no need told and no support asked for — nothing of the 28 to offer.
            composeDeclined(kb, result)
          : composeAnswer(kb, result, today(), focus);
    // 食品经营许可证到期没续上…停业期间有没有什么补助: a topic with nothing of the 28 to offer, beside support
    // asked for by name — both said, with what the source names for enterprises in difficulty.
    const alsoAsked =
      composed.type === 'declined' && composed.reason === 'not-covered' && text && result.term
        ? supportAskedApart(text, result.term)
        : undefined;
    const unlisted = alsoAsked ? composeUnlistedPartial(kb, alsoAsked, today()) : undefined;
    const answer =
      unlisted && composed.type === 'declined' && composed.topic
        ? { ...unlisted, topic: `${composed.topic}、${unlisted.topic}` }
        : (unlisted ??
          // 办证卡住了，有没有政策能帮忙加快: a topic that lists nothing to offer, with policy asked for
          // in the same breath — said not covered, with what the source names for enterprises in
          // difficulty, as for support that no topic lists.
          (composed.type === 'declined' &&
          composed.reason === 'not-covered' &&
          composed.topic &&
          text &&
          POLICY_TO_HELP.test(text)
            ? composeGeneralPartial(kb, composed.topic, today())
            : composed));
    // The second answer in a row that cannot help offers a person as well.
    if ((answer.type === 'declined' || answer.type === 'partial') && (context.declinesInARow ?? 0) >= 1)
      answer.offerPerson = true;
    return { kind: 'answer', answer, search: result };
  }
}

// Reads a message that asks about several things at once (“我们想贷款，也想申请技改补贴”, “首贷和续贷
// 分别是什么”, “R&D reward and AI compute voucher”): each part is searched on its own, and when the
// parts name two or more different measures or areas, the answer covers each of them — and says
// plainly which part the measures do not cover (有没有房租减免和算力券). A message that names one
// thing in several words (专精特新和小巨人奖励多少) stays one answer.
import type { SectionTarget } from '../answers/composeSeveral.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Measure } from '../kb/schema.js';
import type { SearchEngine, SearchResult } from '../search/searchEngine.js';
import { clausesOf } from './clausesOf.js';
import { EMOJI } from './emoji.js';
import { LIST_NUMBER, NEED_JOINERS, type QuestionPart, questionParts } from './questionParts.js';
import { readAskedSupport } from './readAskedSupport.js';

/** A part must name its measure this confidently to get a section of its own … */
const PART_MEASURE = 0.6;
/**
 * … or this confidently when the needs are joined outright and the whole message names nothing for sure
 * (nor a topic the measures do not cover: 办公室和实验室装修…有没有装修补贴 asks about that topic).
 */
const PART_MEASURE_JOINED = 0.5;
/** … and a part that could mean two measures must be at least this close to one of them. */
const PART_CANDIDATES = 0.45;
/** A clause names its measure plainly at this confidence. */
const PLAIN_PART = 0.9;
/** How well a part of one English word (Rent, cut from “Rent and electricity bills”) must name a measure. */
const ONE_WORD_PART = 0.8;
const ONE_LATIN_WORD = /^[a-z]+$/iu;
/** A part longer than this (a story, not a need) does not become a group of candidates … */
const SHORT_PART = 14;
/** … nor, in English, one of more words than this. */
const SHORT_PART_WORDS = 6;

/** An amount told in English words (2 million yuan, RMB 600,000): one thing, not words of a story. */
const AMOUNT_EN =
  /\b(?:rmb|cny|yuan)?\s*\d[\d,.]*\s*(?:million|thousand|billion|k|m)?\s*(?:yuan|rmb|cny)?\b/giu;

function isShortPart(core: string): boolean {
  return /\p{Script=Han}/u.test(core)
    ? core.length <= SHORT_PART
    : core.replace(AMOUNT_EN, ' ').trim().split(/\s+/u).length <= SHORT_PART_WORDS;
}
/**
 * Words that join needs outright (typed pinyin's he / haiyou too, a numbered list: 1. … 2. …, and a
 * question mark followed by another question); without one, commas alone split only a message the
 * whole search cannot place.
 */
const OUTRIGHT_JOINER = new RegExp(
  String.raw`(${NEED_JOINERS}|分别|各自|、|[;；]|另一个|一起(?:说|讲|介绍|聊)|都(?:说说|讲讲|介绍一下)|[两三四五几]件事|[两三四五几]个问题|这[两三四几](?:头|块|方面|个方面|样)|[?？](?=\s*\S)|\band\b|\balso\b|\bplus\b|\bas well as\b|,\s*or\b|\s[+＋&＆]\s|(?<=\p{Script=Han})[+＋&＆](?=\p{Script=Han})|\s(?:he|hai\s?you|hai\s?xiang|hai\s?yao|ye\s?xiang|yiji|fenbie|lingwai|tongshi)\s|${LIST_NUMBER.source})`,
  'iu',
);

/** A part that only asks how much, how, for less (能减免吗) or for money (想问有没有补贴), about what the part before names. */
const ONLY_ASKS =
  /^(?:能|可以|大概|一共|最多|最少)?(?:拿|领|补|给|奖|得|申请)?(?:多少|几多)(?:钱|万|元)?$|^(?:怎么|如何)(?:申请|申报|办|办理|弄)$|^(?:能|可以|能不能|可不可以|能否)?(?:减免|减|免|补|补贴|优惠|少交|便宜)(?:一点|点|些|一些)?(?:不)?$|^(?:想)?(?:问|问问)?(?:补贴|补助|支持|奖励|扶持)$|^(?:能|可以)?管(?:管|一下|一管)?(?:不|没)?$|^(?:现在|目前|如今)?(?:降到|降了|降低到|降至|提高到|提到|涨到|调到|调整到|变成|改成)了?多少了?$/u;

/** A part that only asks whether what the part before names still holds (现在还有效吗). */
const ONLY_ASKS_TIME =
  /^(?:那|那个)?(?:现在|目前)?(?:都|还|是否|仍)*(?:有效|算数|作数|能用|在执行|执行中|能申请|可以申请)(?:吗|么|呢|没有|不)?[?？]?$/u;

/** A part asked only if the part before has an answer (有的话额度是多少, 如果有哪年截止, if so how much). */
const IF_SO =
  /^(?:如果|要是|若)?(?:有|能|可以|行)的话|^(?:如果|要是|若)有|^if (?:so|yes|there is|there are)\b/iu;

/** A clause asked only as the part before is answered, yes or no (没有的话还有啥能帮上忙的): it joins no need. */
const IF_SO_CLAUSE =
  /(?:如果|要是|若)?(?:有|能|可以|行|没有|没|不行|不能)的话[^，,。；;？?！!]*|\bif (?:so|not|yes)\b[^,.;?!]*/giu;

/** An English clause that says what the enterprise is (My client is …, We are …, I run …). */
const TELLS_WHO_EN =
  /^(?:my|our) (?:client|customer|company|firm|business|factory|shop)(?:'s| is| are| has)\b|^we(?:'re| are| have)\b|^(?:i|we) (?:run|own|manage)\b/iu;

/** A part that is only a count (25人, 十来个人, 70人): a fact about the enterprise, not a need. */
const ONLY_A_COUNT = /^[\d一二两三四五六七八九十百千几来多余]+(?:个|名|位)?(?:人|员工|工人)(?:左右|上下)?$/u;

/** A part that only quotes a date (我看报道写「到2023年底」): when, not what. */
const ONLY_A_DATE =
  /^(?:我|看|报道|新闻|文件|上面|里面|写|说|写的|说的|写着|是|「|」|“|”|"|到|截至|截止|至)*\d{4}年(?:底|末|年底|\d{1,2}月(?:\d{1,2}日)?)?(?:「|」|“|”|"|前|为止)*$/u;

/** A part that only announces what follows (两个问题：, 三件事): no need of its own. */
const ONLY_A_HEADING =
  /^(?:我|我们|想|请教|问|有)*[\d一二两三四五六七八九十几俩]+(?:个|件)?(?:问题|事|事情|方面|需求)(?:想)?(?:请教|问问|问一下|咨询)?[:：]?$/u;

/** A part that asks about what was told before it (这三件事…各有什么, 这些目标还算数吗): the question, not a need. */
const ONLY_A_RECAP =
  /^(?:(?:那|这|以上|上面|上述)(?:[两三四五六几俩]|这几|这些)?(?:个|件|项|块|样|点)?(?:方面|事情|事|问题|需求|困难|块|样)|(?:这|那)些(?:目标|措施|政策|条|项|个)|(?:这|那)(?:俩|[两三四五六几](?:个|项|条|样|块)))/u;

/** Everything up to the last verb of wanting in a clause (…的目标是, 还想, 打算, 盘算三年内去): the need follows it. */
const WANTING =
  /^.*(?:目标是|想要|想|要|打算|准备|计划|希望|盘算|琢磨|寻思|考虑|筹划|惦记)(?:着)?(?:[一二两三四五\d]年内|明年|今年|后年|尽快|早点)?(?:去|来)?/u;

/** Turns a need (想搞点数字化) into the question it stands for: which measures are there for it. */
const NEED_AS_LIST = '有哪些措施';
/** A clause told of a time gone by (前阵子, 去年, 上个月): what happened, not a need asked now. */
const TOLD_OF_BEFORE = /前阵子|前段时间|前一阵|之前|以前|去年|上个月|上半年|那时候|当时/u;
/** A need named after the verb of wanting in this many characters or fewer, and at least three (贷款周转). */
const SHORT_NEED = 6;

/** A clause that asks something (厂里新进了一条德国产线 only tells where a machine is from). */
const ASKS =
  /[?？吗呢]|(\p{Script=Han})[没不]\1|政策|补贴|奖励|支持|措施|多少|怎么|如何|能不能|能否|可不可以|可以|有没有|是不是|是否|哪些|什么|啥|门槛|条件|\b(?:what|how|which|any|can|could|would|policy|policies|subsid)/iu;
/** A clause that says what the enterprise wants (想, 打算): a request too, not background. */
const WANTS = /想|要|打算|准备|希望|需要|计划|\b(?:want|need|plan|hope)\b/iu;

/** A clause that asks for a list of what there is (数字化方面还有哪些政策), not only tells a need. */
const ASKS_A_LIST =
  /哪些|哪几|有什么|有啥|什么政策|什么措施|还有别的|还有其他|都有|列一下|列个|\b(?:which|what other|list)\b/iu;
/** A clause about the enterprise's own plans (我们厂打算明年做数字化改造). */
const OUR_OWN = /我们|我司|我厂|咱们|咱|我哋|本公司|我公司|\b(?:we|our)\b/iu;
/** Words that add a need (另外, 还有, 也, 顺便): what follows is asked as well. */
const ADDS_A_NEED = /另外|还有|也|同时|顺便|以及|此外|并且|而且|外加|加上|另一个|\b(?:also|as well|plus)\b/iu;
/** A part that points back (这个专员是干什么的) at words an earlier part said (“数字化服务专员”): no need of its own. */
const POINTS_BACK =
  /^(?:这个|那个|这位|那位|这些|那些|该)(\p{Script=Han}{2,4}?)(?=是|的|具体|到底|主要|能|有|呢|干|做|负责)/u;

/** A part that only asks whether we may join or apply (我们做软件服务的可不可以参加): about what was named before it. */
const ASKS_TO_JOIN =
  /(?:可不可以|可以|能不能|能|可否|能否|是否可以|是否能)(?:参加|参与|加入|申请|申报|报名)(?:吗|么|呢|啊|呀)?$/u;
/** A part that only asks which measure it is (属于哪项措施, 是第几项): about what was named before it. */
const ASKS_WHICH_MEASURE =
  /^(?:这|它|这个|那个|这些|那)?(?:是|属于|算|归|在)(?:哪|哪一|什么|第几)(?:项|条|个)?(?:措施|政策)?(?:里面?的?|下面?的?)?(?:呢|吗|啊|呀)?[?？]*$/u;
/** The same in English, the whole part (can we be part of it?): “part” names no measure here. */
const ONLY_ASKS_TO_JOIN_EN =
  /^(?:so |and )?(?:can|could|may) (?:we|i) (?:be (?:a )?part of it|join(?: it| in)?|take part(?: in it)?|participate(?: in it)?|apply(?: for it)?)\s*[?？]*$/iu;

const HAN_CLAUSES_SPACED = /\p{Script=Han}{4,}\s+\p{Script=Han}{4,}/u;
/** Only short items typed apart — by spaces, lines, commas or + (担保 续贷 普惠贷款, 上云+工赋伙伴): a list of needs. */
const SPACED_ITEMS = /^\p{Script=Han}{2,8}(?:\s*[\s,，+＋]\s*\p{Script=Han}{2,8})+[?？]?$/u;

/** Asking about each of what is named (各有多少, 分别, 两个都): several answers, however they are joined. */
const ASKS_EACH = /各有|各是|各自|各能|各给|各补|各奖|各多少|分别|两个都|两项都|两者都|\bboth\b|\beach\b/iu;

/**
 * 专精特新奖金根智评卷各有多少钱: two measures named without a word that joins them (根 for 跟), asked
 * about each — the search finds both; a section for each, not a choice between them.
 */
function eachOfTwoNamed(text: string, kb: KnowledgeBase, whole: SearchResult): SectionTarget[] | undefined {
  if (whole.kind !== 'ambiguous' || !ASKS_EACH.test(text)) return undefined;
  const measures = whole.matches
    .filter((m) => m.score >= PART_CANDIDATES)
    .slice(0, 3)
    .flatMap((m) => kb.measureById.get(m.id) ?? []);
  return measures.length >= 2 ? measures.map((measure) => ({ kind: 'measure', measure })) : undefined;
}

/**
 * Whether the whole message names one measure plainly, and it is none of `ids` (数字化服务专员是干嘛的 names
 * 工赋伙伴, whatever its halves 数字化 | 服务专员 name).
 */
function namesAnotherPlainly(whole: SearchResult, ids: readonly string[]): boolean {
  return whole.kind === 'measure' && whole.confidence >= PLAIN_PART && !ids.includes(whole.matches[0]!.id);
}

/** A message this short (in characters) may be two names typed with nothing between them. */
const TYPED_TOGETHER = 16;

/**
 * 算力卷智评券, 技改補貼綠色工廠, 贷款技改补贴都要: two names typed with nothing between them — each half
 * names a measure plainly (or an area), and different ones.
 */
function twoNamesTypedTogether(
  text: string,
  engine: SearchEngine,
  kb: KnowledgeBase,
  whole: SearchResult,
): SectionTarget[] | undefined {
  const chars = [...text.trim()];
  if (chars.length < 4 || chars.length > TYPED_TOGETHER || !chars.every((c) => /\p{Script=Han}/u.test(c)))
    return undefined;
  const target = (r: SearchResult): SectionTarget | undefined => {
    if (r.kind === 'area') {
      const area = kb.areaById.get(r.area!);
      return area ? { kind: 'area', area, label: area.shortTitle } : undefined;
    }
    const measure =
      r.kind === 'measure' && r.confidence >= PLAIN_PART ? kb.measureById.get(r.matches[0]!.id) : undefined;
    return measure ? { kind: 'measure', measure } : undefined;
  };
  const key = (t: SectionTarget) =>
    t.kind === 'measure' ? t.measure.id : t.kind === 'area' ? t.area.id : '';
  // An area and one of its own measures (贷款 | 续贷) are one need, not two.
  const sameArea = (a: SectionTarget, b: SectionTarget) =>
    a.kind === 'area' && b.kind === 'measure' && b.measure.area === a.area.id;
  for (let i = 2; i <= chars.length - 2; i++) {
    const left = target(engine.search(chars.slice(0, i).join('')));
    const right = left && target(engine.search(chars.slice(i).join('')));
    if (!left || !right) continue;
    if (
      key(left) !== key(right) &&
      !sameArea(left, right) &&
      !sameArea(right, left) &&
      !namesAnotherPlainly(whole, [key(left), key(right)])
    )
      return [left, right];
  }
  return undefined;
}

/**
 * 现金流很紧，贷款下个月到期想续上，担保公司收费太贵，社保能不能少交点: clauses joined by commas alone
 * that each name a different measure plainly are several needs, even where the whole message names one.
 */
function namesThreePlainly(found: readonly SearchResult[]): boolean {
  const named = new Set<string>();
  for (const f of found) if (f.kind === 'measure' && f.confidence >= PLAIN_PART) named.add(f.matches[0]!.id);
  return named.size >= 3;
}

/** Needs said in one character, beside another need (税和社保分别有啥优惠): the words they stand for. */
const ONE_CHARACTER_NEEDS: ReadonlyMap<string, string> = new Map([['税', '税费']]);

/** Parts with a core of one Han character joined to the part after them (a need of one character stands alone). */
function joinLoneCharacters(parts: readonly QuestionPart[]): QuestionPart[] {
  const joined: QuestionPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    const need = part.text.trim() === part.core ? ONE_CHARACTER_NEEDS.get(part.core) : undefined;
    if (need) joined.push({ text: need, core: need });
    else if (next && /^\p{Script=Han}$/u.test(part.core)) {
      joined.push({ text: part.text + next.text, core: part.core + next.core });
      i++;
    } else joined.push(part);
  }
  return joined;
}

/** The clause that holds a part. */
function clauseOf(text: string, part: string): string {
  return clausesOf(text).find((clause) => clause.includes(part)) ?? part;
}

/** What a message of several asks about. */
export interface Several {
  targets: SectionTarget[];
  /**
   * Where one measure is asked about (a list of one), the other measures the message names plainly
   * (群里转了两个：春雨润苗、益企赋。春雨润苗是个啥): they wait for “另外那个呢”.
   */
  alsoNamed: Measure[];
}

/**
 * The sections for a message of several needs — or, where only one clause asks and the others tell
 * the background, the one measure it asks about (a list of one).
 */
export function readSeveral(
  text: string,
  engine: SearchEngine,
  kb: KnowledgeBase,
  whole: SearchResult,
): Several | undefined {
  // A part that is only asking words once framing is gone (这块有政策帮忙吗 → 有) names nothing.
  // So is one that only asks how much or how (…研发投入600万，能拿多少): it asks about the part before.
  // A part of one character (税, cut from 税也压力挺大 at 也) belongs to the part after it.
  const allParts = joinLoneCharacters(questionParts(text));
  // 这三件事政策上各有什么可以用的: the question is about every need told before it.
  const asksOfAll = allParts.some((p) => ONLY_A_RECAP.test(p.text));
  // (这个能减免吗: “this” is what the part before names.)
  const onlyAsks = (p: QuestionPart) =>
    ONLY_ASKS.test(p.core.replace(/^(?:这个|那个|这些|那些|这|那)/u, '').replace(/[有的吗呢\s]/gu, ''));
  // 他们在租用本市的算力 想问有没有补贴: the part before one that only asks is asked about.
  const askedBefore = new Set(allParts.filter((p, i) => allParts[i + 1] && onlyAsks(allParts[i + 1]!)));
  const parts = allParts.filter((p) => {
    const core = p.core.replace(/[有的吗呢\s]/gu, '');
    return (
      core.length > 0 &&
      !onlyAsks(p) &&
      !ONLY_ASKS_TIME.test(p.text.trim()) &&
      !IF_SO.test(p.text.trim()) &&
      !ONLY_A_COUNT.test(core) &&
      !ONLY_A_DATE.test(core) &&
      !ONLY_A_HEADING.test(core) &&
      !ONLY_A_RECAP.test(p.text)
    );
  });
  if (parts.length < 2) {
    const each =
      eachOfTwoNamed(text, kb, whole) ??
      (whole.kind === 'measure' || whole.kind === 'ambiguous'
        ? twoNamesTypedTogether(text, engine, kb, whole)
        : undefined);
    return each ? { targets: each, alsoNamed: [] } : undefined;
  }
  // A space between two Chinese clauses (上海的…多少 杭州的…呢) separates them as plainly as a joiner.
  // (没有的话还有啥能帮上忙的 asks about the part before it: its 还有 joins no need.)
  const withoutIfSo = text.replace(IF_SO_CLAUSE, '');
  const joinedOutright =
    OUTRIGHT_JOINER.test(withoutIfSo) ||
    HAN_CLAUSES_SPACED.test(text) ||
    // (An emoji after an item sets it apart as a space does: 贷款💰 技改🔧 都要.)
    SPACED_ITEMS.test(text.replace(EMOJI, ' ').replace(/\s+/gu, ' ').trim());
  // Each part searched once, for the test below and for its section.
  const partResults = parts.map((part) => engine.search(part.text));
  if (
    !joinedOutright &&
    whole.kind === 'measure' &&
    whole.confidence >= 0.9 &&
    !namesThreePlainly(partResults)
  )
    return undefined;

  const targets: SectionTarget[] = [];
  /** Topics the measures do not cover, each named by a clause of a story joined by commas alone. */
  const storyTopics: SectionTarget[] = [];
  const seen = new Map<string, SectionTarget>();
  // Targets named by a part that asks or wants something (not one that only tells how things are).
  const asked = new Set<SectionTarget>();
  let partAsks = false;
  // Measures a part names plainly (by name, not from a story's words).
  const plain = new Set<Measure>();
  const add = (key: string, target: SectionTarget) => {
    const known = seen.get(key);
    if (!known) {
      seen.set(key, target);
      targets.push(target);
    }
    if (partAsks) asked.add(known ?? target);
  };
  // Areas named by our own plan (我们厂打算…数字化改造) told in a clause that asks for no list of them.
  const areaUnlisted = new Set<string>();
  for (const [i, part] of parts.entries()) {
    const pointsBack = POINTS_BACK.exec(part.text.trim());
    if (pointsBack && text.slice(0, text.indexOf(part.text)).includes(pointsBack[1]!)) continue;
    // A list (失业、工伤这些费率能不能再降点) asks as its clause does.
    const clause = clauseOf(text, part.text);
    partAsks = ASKS.test(clause) || WANTS.test(clause) || askedBefore.has(part);
    let found = partResults[i]!;
    if (
      targets.length > 0 &&
      (ONLY_ASKS_TO_JOIN_EN.test(part.text.trim()) ||
        ASKS_WHICH_MEASURE.test(part.text.trim()) ||
        (found.kind === 'none' && ASKS_TO_JOIN.test(part.text.trim())))
    )
      continue;
    // 老板的目标是三年内把公司弄上市: a story's clause names its need after the verb of wanting.
    if (found.kind === 'none' && found.declined === 'low-confidence') {
      const need = part.text.replace(WANTING, '');
      if (need.length >= 2 && need.length < part.text.length) {
        const tail = engine.search(need);
        if (tail.kind === 'measure' && tail.confidence >= PART_MEASURE) found = tail;
        // (…准备服务包：一家想贷款周转: a need of a few words after the verb, what the measures offer for it.)
        // (A word alone — 想贷款 — is left to the parts beside it: 流动资金比较紧 names its measure.)
        else if (joinedOutright && need.length >= 3 && need.length <= SHORT_NEED) {
          const asList = engine.search(`${need}${NEED_AS_LIST}`);
          if (asList.kind === 'area') found = asList;
        }
      }
    }
    // A need named in passing, in a few words (想搞点数字化, 现在钱比较紧): what the measures offer for
    // it, when that is an area.
    // (公司前阵子资金断了，欠了4个月社保: what happened before is the story of the need, not one of its own.)
    if (
      found.kind === 'none' &&
      found.declined === 'low-confidence' &&
      joinedOutright &&
      part.core.length <= SHORT_PART &&
      !TOLD_OF_BEFORE.test(part.text)
    ) {
      const need = engine.search(`${part.core}${NEED_AS_LIST}`);
      if (need.kind === 'area') found = need;
    }
    const enough = ONE_LATIN_WORD.test(part.core.trim())
      ? ONE_WORD_PART
      : joinedOutright &&
          // (这两个政策分别讲一下: the message says itself that it asks about several.)
          ((!whole.answered && whole.declined !== 'not-covered') || ASKS_EACH.test(text))
        ? PART_MEASURE_JOINED
        : PART_MEASURE;
    // 担保展开讲讲, 担保这两个再分别展开讲讲: the words that only ask blur a short need; it is read without them.
    if (
      ((found.kind === 'measure' && found.confidence < enough) ||
        (found.kind === 'none' && found.declined === 'low-confidence')) &&
      part.core.replace(/[\s有的吗么呢吧啊呀]/gu, '').length >= 2 &&
      part.core !== part.text
    ) {
      const core = engine.search(part.core);
      if (core.kind === 'measure' && core.confidence >= enough) found = core;
    }
    // “My client is an industrial company above designated size.”: what the enterprise is, told beside a
    // question, is background — unless it names a measure plainly.
    if (!partAsks && TELLS_WHO_EN.test(part.text.trim()) && !(found.confidence >= PLAIN_PART)) continue;
    switch (found.kind) {
      case 'measure': {
        const measure = kb.measureById.get(found.matches[0]!.id);
        if (measure && found.confidence >= enough) add(measure.id, { kind: 'measure', measure });
        if (measure && found.confidence >= PLAIN_PART) plain.add(measure);
        break;
      }
      case 'area': {
        const area = kb.areaById.get(found.area!);
        if (!area) break;
        add(`area:${area.id}`, { kind: 'area', area, label: part.core });
        if (OUR_OWN.test(part.text) && !ASKS_A_LIST.test(clause)) areaUnlisted.add(area.id);
        break;
      }
      case 'ambiguous': {
        // 工赋伙伴计划里的数字化服务专员: one measure named plainly, another's word in passing — that one.
        const [top, second] = found.matches;
        if (top && top.score >= PLAIN_PART && (second?.score ?? 0) < PART_CANDIDATES) {
          const measure = kb.measureById.get(top.id);
          if (measure) add(measure.id, { kind: 'measure', measure });
          if (measure) plain.add(measure);
          break;
        }
        // 银行那边贷款快到期了续贷续不上: a story's clause too long for a group, naming one measure plainly.
        if (!isShortPart(part.core) && top && top.score >= PLAIN_PART) {
          const measure = kb.measureById.get(top.id);
          if (measure) add(measure.id, { kind: 'measure', measure });
          break;
        }
        if (found.confidence < PART_CANDIDATES || !isShortPart(part.core)) break;
        const measures = found.matches.slice(0, 3).flatMap((m) => kb.measureById.get(m.id) ?? []);
        // A group with a measure already covered by a section of its own (第26项跟质量和品牌有关)
        // describes that measure.
        if (measures.some((m) => seen.has(m.id))) break;
        add(`candidates:${measures.map((m) => m.id).join(',')}`, {
          kind: 'candidates',
          label: part.core,
          measures,
        });
        break;
      }
      case 'none': {
        // A part outside the 28 measures (房租减免) or about another region said plainly beside the
        // parts the measures do cover — only when the message joins its needs outright, so a
        // story's clause is not read as a request of its own; a part that asks for support by
        // name (能不能申请坏账补贴) is a request however it is joined.
        const asked = found.declined === 'low-confidence' ? readAskedSupport(part.text) : undefined;
        if (asked) {
          add(`asked:${asked}`, { kind: 'outside', label: asked, unlisted: true });
          break;
        }
        if (found.declined === 'not-covered') {
          // The topic in this language (the search names it in Chinese).
          const topic = found.topicId ? kb.notCoveredById.get(found.topicId) : undefined;
          const outside: SectionTarget = {
            kind: 'outside',
            label: topic?.name ?? found.topic ?? part.core,
            ...(topic ? { topicId: topic.id } : {}),
          };
          if (joinedOutright) add(`topic:${found.topicId ?? part.core}`, outside);
          // (Where the whole message is about what they do not cover, each such part is one of its
          // needs — counted only where every part is such, below.)
          else if (
            whole.kind === 'none' &&
            whole.declined === 'not-covered' &&
            topic &&
            !storyTopics.some((t) => t.kind === 'outside' && t.topicId === topic.id)
          )
            storyTopics.push(outside);
        } else if (
          joinedOutright &&
          found.declined === 'other-region' &&
          found.region &&
          ASKS.test(part.text)
        )
          add(`region:${found.region}`, {
            kind: 'outside',
            label: part.text.replace(/[?？!！。.]+$/u, ''),
            region: found.region,
          });
        break;
      }
      case 'overview':
        break;
    }
  }
  // 工赋伙伴计划里的“数字化服务专员”是做什么的？我们厂打算明年做数字化改造: our own plan told in an
  // area's words beside a measure of that area named plainly is the setting of the question about it,
  // not a list asked for — unless words add it as a need of its own (另外, 还有, 也).
  for (const areaId of ADDS_A_NEED.test(text) ? [] : areaUnlisted) {
    const named = targets.some(
      (t) => t.kind === 'measure' && plain.has(t.measure) && t.measure.area === areaId,
    );
    if (!named) continue;
    const target = seen.get(`area:${areaId}`)!;
    targets.splice(targets.indexOf(target), 1);
    asked.delete(target);
  }
  // 厂里人工成本一年比一年高，…，市级技改专项的门槛是多少: joined by commas alone, a clause that only
  // tells how things are is the background of the one that asks about a measure, not a request.
  // (Where the clauses that ask name several measures, the story's facts may be requests too.)
  // (、 lists items within one clause: it joins them outright, not the clauses.)
  const joinedBetweenClauses = joinedOutright && OUTRIGHT_JOINER.test(withoutIfSo.replace(/、/gu, ' '));
  // (A question mark between clauses parts sentences of one story about one topic the measures do not
  // cover — 欠了四个月社保…滞纳金能不能减免？你们能帮我跟社保局说说吗 — when nothing the measures cover is
  // asked; only words join another need.)
  const outsideTopics = new Set(targets.flatMap((t) => (t.kind === 'outside' ? [t.topicId ?? t.label] : [])));
  const joinedByWords =
    joinedBetweenClauses &&
    (outsideTopics.size !== 1 ||
      [...asked].some((t) => t.kind === 'area' || t.kind === 'measure') ||
      OUTRIGHT_JOINER.test(withoutIfSo.replace(/、/gu, ' ').replace(/[?？](?=\s*\S)/gu, '，')));
  const askedMeasures = [...asked].filter((t) => t.kind === 'measure').length;
  // (So is it beside an area's list asked for: 设备更新资金有点紧，金融方面28条里有哪些措施.)
  const askedOne = askedMeasures + [...asked].filter((t) => t.kind === 'area').length === 1;
  const requested =
    !joinedBetweenClauses && !asksOfAll && askedOne ? targets.filter((t) => asked.has(t)) : targets;
  // Different measures or groups: two or more things were asked about. A part outside the measures
  // counts only beside at least one the measures cover (all outside: the whole search declines).
  // One measure asked about beside the background (the whole message may also name the others): that one.
  // 写字楼租金又涨了 公司快撑不住 有房租补贴吗: only a part outside the measures asks; the measures the
  // story's other words name are no request of their own — what the measures do not cover, and what
  // may still help, answers it.
  // (So is a story whose need lies outside them, asked about in general words: 工资发不出来了…有没有啥
  // 政策能救急的.) The whole message, which names nothing for sure, is answered as one.
  // (Two or more measures asked about beside it are requests of their own: a section each.)
  const outsideStory = targets.some((t) => t.kind === 'outside' && !asked.has(t));
  // 办学许可证一直办不下来，房租又贵…有没有帮我们办证或者给补贴的: two or more needs the measures do not
  // cover, each a topic of its own — each is said, not only the longest the whole search finds.
  const needs: SectionTarget[] = targets.length > 0 ? targets : storyTopics;
  if (needs.length >= 2 && needs.every((t) => t.kind === 'outside' && t.topicId !== undefined))
    return { targets: needs, alsoNamed: [] };
  if (
    !joinedByWords &&
    whole.kind === 'none' &&
    ((askedMeasures === 0 && [...asked].some((t) => t.kind === 'outside')) ||
      (outsideStory && askedMeasures < 2))
  )
    return undefined;
  const [one] = requested;
  // (你说的绿色工厂那个 建了能给多少钱: the clause that asks names nothing of its own for sure — the measure
  // the whole message names plainly is the one asked about, not a faint one of the asking words.)
  if (
    requested.length === 1 &&
    one?.kind === 'measure' &&
    targets.length >= 2 &&
    !namesAnotherPlainly(whole, [one.measure.id])
  )
    return {
      targets: requested,
      alsoNamed: targets.flatMap((t) =>
        t.kind === 'measure' && t !== one && plain.has(t.measure) ? [t.measure] : [],
      ),
    };
  return requested.length >= 2 && requested.some((t) => t.kind !== 'outside')
    ? { targets: requested, alsoNamed: [] }
    : undefined;
}

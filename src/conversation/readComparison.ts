// Reads a request to compare two measures: “智评券和算力券有什么区别”, “AI算力券还是智评券”, “研发奖励和
// 专精特新哪个更适合我”, “是一回事吗”, “what's the difference between X and Y”; sides may be references
// to earlier replies (它和算力券, 第一个和第二个, 它和第9项), and “哪个更适合我” right after a comparison
// or a list of two compares those two. Finds the two measures part by part.
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Measure } from '../kb/schema.js';
import type { SearchEngine } from '../search/searchEngine.js';
import { asksCombined } from './asksCombined.js';
import { questionParts } from './questionParts.js';
import { otherOfTwo, pickFromList, type Reference, readReference, readReferences } from './readReference.js';

const COMPARE =
  /(区别|区分|不同|差别|差异|异同|差在哪(?!几条|几个|几项|些|一条|一项|方面)|不一样|[有啥什么何]+两样|一样吗|一回事|一会事|一码事|两码事|两回事|咩分别|乜分别|(?:有|没)?(?:什么|啥|何|甚么)分别|一个事吗|一件事吗|同一个|同一[拨批伙帮套]|对比(?!表|一览)|比较(?![紧难缺忙慢急重吃头担小大多少高低贵])|哪(?:个|一个|项|条)[^,，。?？]{0,6}比较(?:多|高|大|少|小|低|贵)|比一比|相比|摆一块比|放一块比|摆在一起比|哪条[^,，。?？]{0,8}更|(?:该)?先盯哪|盯哪(?:个|条|项)|比起来|哪个好|哪个更|哪个适合|哪个对|哪个钱多|哪个多|哪个高|哪个大|哪一个|哪项更|选哪个|哪个划算|怎么比|(?:该|应该)?(?:看|选|申请|申|报|冲|争取|走|搞|弄)哪(?:个|一个|项|条)|哪个(?:跟|和|对)(?:我|我们|咱们)[^,，。?？]{0,4}更|哪个[^,，。?？]{0,6}(?:得多|更多|得高|更高)|哪个[^,，。?？]{0,5}多(?:点|些|一点|一些)|(?:跟|和|与)[^,，。?？]{2,30}比(?=[,，。?？]|$|呢|吧)|哪个(?:的)?力度|哪个[^,，。?？]{0,4}更(?:靠谱|好|合适|划算|实在|有用|值得|稳|快|容易)|哪个(?:更)?(?:给力|实在|实惠|管用)|还是(?![\d二两三四五六七八九十百千万]|大头|很|挺|太|没|不|有|要|得|会|那么|这么|一样|老样子|主要|比较|只能|照样|蛮|最|这个|那个|这样|那样|原来|以前|之前|老的|现在)(?=[^,，。;；!！\n]{0,24}(?:好|呢|吗|[?？]|合适|划算|适合|更|$))|先(?:申请|申报|报|搞|做|弄|用|上|办|拿|冲)哪(?:个|一个|项)|哪(?:个|一个|项)(?:先|优先)|哪(?:个|一个|项|条)[^,，。?？]{0,4}还(?:能|可以)(?:参与|申请|申报|报|用|享受)|哪(?:个|一个|项|条)(?:还|更)?(?:有戏|来得及|赶得上|管用)|哪个[^,，。?？]{1,6}哪个|哪(?:个|一个|项|条)(?:才)?(?:是|属于)(?!第)[^,，。?？]{1,10}的|(?<![a-z])vs\.?(?![a-z])|\bversus\b|\bcompare|\bcomparison\b|\bdifferen|\bdiff\b|\bdiffers?\b|\bbetter\b|\bsame\b|\bwhich (one|is|suits|should|pays|gives)\b|\bor\b|qubie|butong|duibi|bijiao|nagehao|nageshihe|nage(?:geng)?(?:shihe|hao|heshi|huasuan))/iu;
/** 差在哪 of the enterprise's own case (我们…差在哪), not of two measures. */
const OWN_SHORTFALL_WORDS = /差在哪/gu;
const OWN_SHORTFALL =
  /(?:我们|我司|本公司|我們|客户|它|他们|这家|那家).*差在哪|(?:不能的话|不行的话|不符合的话|拿不了的话|如果不能)[^。？?]{0,4}差在哪/su;
/** Asks which suits the enterprise: offer the eligibility check for both. */
const WHICH_SUITS =
  /(哪个(更)?(适合|合适|有用|好)|先(?:申请|申报|报|搞|做|弄|用|上|办|拿|冲)哪(?:个|一个|项)|哪(?:个|一个|项)(?:先|优先)|适合我|适合我们|选哪个|该选|(?:该|应该)(?:申|申请|报)哪(?:个|一个|项)|哪个能申请|which (one )?suits|suit us|suit me|should (i|we) (choose|pick|apply)|better for (us|me)|nageshihe)/iu;

/** Asks whether there is anything at all (is there anything for …, any support for …). */
const ASKS_WHETHER_ANY =
  /\b(?:is there|are there|anything|any (?:support|help|funding|subsidy|subsidies|policy|policies|measures?|programmes?|programs?)|something)\b/iu;

/** An English comparison that starts from the last answer (how's that different from …, is it better than …). */
const THAT_SIDE_EN =
  /^(?:ok,?\s+|so,?\s+|and\s+)?(?:how(?:'s|’s| is| does)|is|does)\s+(?:that|it|this)(?:\s+one)?\b/iu;

/** What may follow a reference that is one side (第三个放一起比比): words that only compare. */
const ONLY_COMPARES = /^(?:放一起|放在一起|一起)?(?:比比|比一比|比较一下|对比一下|比较|对比|pk|pk一下)?$/u;

/** Confidence a part needs to stand for one side of the comparison. */
const SIDE = 0.6;

export interface Comparison {
  pair: [Measure, Measure];
  whichSuits: boolean;
  /** Asks whether both can be used together (能同时用吗). */
  combined: boolean;
}

export interface ComparisonContext {
  /** The measure of the last answer (它, 这个). */
  last?: Measure;
  /** The last list shown (第一个, 第二个; 哪个更适合我 after two). */
  lastList?: readonly Measure[];
}

/** A message that lists several things (三件事, 几个事压着, 这几样, (1)…(2)…, three things) asks about each, not which. */
const ENUMERATES =
  /([两三四五六几]件事|[两三四五六几]个事|[两三四五六几]个问题|[两三四五六几]个困难|这[两三四五六几]样|[(（]\s*[1-9一二三]\s*[)）].*[(（]\s*[2-9二三四]\s*[)）]|\b(?:two|three|four|several) (?:things|questions|needs)\b)/iu;

/** A part that says what the enterprise is (我们是规上汽配厂, 我们印刷厂是规上的, 本公司属于…): background to the options. */
const SELF_DESCRIPTION =
  /^\s*(?:我们|我司|本公司|我们公司|我们厂|公司|we are|we're|our company is)(?:[\p{Script=Han}]{0,6}?(?:厂|店|公司|企业))?\s*(?:是|属于|为|\b)/iu;

export function readComparison(
  text: string,
  engine: SearchEngine,
  kb: KnowledgeBase,
  context: ComparisonContext,
): Comparison | undefined {
  // Typed pinyin compares with its syllables spaced (na ge geng shihe).
  const compares =
    (COMPARE.test(text) || COMPARE.test(text.replace(/\s+/g, ''))) &&
    // “Is there anything for an upgrade, or for an assessment?” asks about each, not which.
    !(ASKS_WHETHER_ANY.test(text) && !COMPARE.test(text.replace(/\bor\b/giu, ' ')));
  // 无缝续贷和融资担保能同时用吗: two measures asked about together are compared too.
  const combined = asksCombined(text);
  if ((!compares && !combined) || ENUMERATES.test(text)) return undefined;
  // 我们没有高企资质…研发奖励是不是没戏？差在哪: what the enterprise lacks, asked of its own case — why not.
  if (OWN_SHORTFALL.test(text) && !COMPARE.test(text.replace(OWN_SHORTFALL_WORDS, ' '))) return undefined;
  const whichSuits = WHICH_SUITS.test(text);
  const sides: Measure[] = [];
  // Measures a self-description (我们是规上汽配厂) brings in: sides only when the options do not name two.
  const background: Measure[] = [];
  const named = new Set<Measure>();
  let inBackground = false;
  const add = (m: Measure | undefined) => {
    const into = inBackground ? background : sides;
    if (m && !into.includes(m)) into.push(m);
  };
  for (const part of questionParts(text)) {
    inBackground = SELF_DESCRIPTION.test(part.text) && !COMPARE.test(part.text);
    // 最后两个比一比, 前两个哪个好: two items of the list just shown, the comparison's words around them.
    const firstOrLastTwo = FIRST_OR_LAST_TWO.exec(part.text.replace(/\s+/gu, '').toLowerCase());
    const pair = firstOrLastTwo ? readReferences(firstOrLastTwo[0]) : undefined;
    if (pair && context.lastList && context.lastList.length > 2) {
      for (const reference of pair) add(resolve(reference, kb, context));
      continue;
    }
    // 第三个有什么区别: the reference without the words that frame the comparison.
    const reference = [part.text, part.core]
      .map((t) => readReference(t.replace(/[\s\p{P}]+/gu, '').toLowerCase()))
      .find((r) => r !== undefined && (!r.rest || ONLY_COMPARES.test(r.rest)));
    if (reference) {
      add(resolve(reference, kb, context));
      continue;
    }
    if (!part.core) continue;
    // Typed pinyin or English: the words that frame the comparison (you naxie butong) say no side.
    const found = engine.search(/^[\x20-\x7e]+$/u.test(part.text) && part.core ? part.core : part.text);
    if (found.kind !== 'measure' && found.kind !== 'ambiguous') continue;
    if (found.confidence < SIDE) continue;
    // An ambiguous part that names both sides at once (智评券算力券) gives both.
    const ids =
      found.kind === 'ambiguous' && part.core.length <= 12
        ? found.matches.slice(0, 2)
        : found.matches.slice(0, 1);
    for (const { id } of ids) {
      const m = kb.measureById.get(id);
      add(m);
      if (m && namesOutright(part.text, m)) named.add(m);
    }
  }
  // 我们是纺织厂（规上，年产值3.2亿）…。技改专项和智评券这两个哪个更适合我们: more than two sides, two of
  // them named outright in the sentence that compares — those are the options, the rest is the story.
  const comparing = text.split(/[。！!？?\n]/u).find((sentence) => COMPARE.test(sentence));
  const inComparing = comparing ? sides.filter((m) => namesOutright(comparing, m)) : [];
  if (sides.length > 2 && inComparing.length === 2) sides.splice(0, sides.length, ...inComparing);
  // 资金周转很紧。融资担保跟产业链融资…选哪个: more than two sides, of which two are named outright
  // (the others come from a described need): the named ones are the options.
  if (sides.length > 2 && named.size >= 2)
    sides.splice(0, sides.length, ...sides.filter((m) => named.has(m)));
  for (const m of background) if (sides.length < 2 && !sides.includes(m)) sides.push(m);
  // “How's that different from the assessment voucher? Which fits a SaaS startup?”: “that” is the
  // last answer's measure, compared with the first one named; the rest describes who asks.
  if (context.last && THAT_SIDE_EN.test(text.trim()) && sides.length >= 1 && !sides.includes(context.last))
    sides.splice(0, sides.length, context.last, sides[0]!);
  // “和算力券比呢”, “它和…”: the other side is the measure of the last answer.
  if (
    sides.length === 1 &&
    context.last &&
    context.last !== sides[0] &&
    /^(那)?(和|跟|与|同|比|对比)/u.test(text.trim())
  )
    sides.unshift(context.last);
  // “哪个更适合我”, “这两个有什么区别” after a comparison or a list of two.
  if (sides.length === 0 && (whichSuits || THESE_TWO.test(text)) && context.lastList?.length === 2)
    sides.push(...context.lastList);
  if (sides.length < 2 || (!compares && sides.length > 2)) return undefined;
  return { pair: [sides[0]!, sides[1]!], whichSuits, combined };
}

/** The first or last two of a list, inside a sentence that compares them (最后两个比一比). */
const FIRST_OR_LAST_TWO =
  /(?:前|后|最后)(?:两|二|俩|2)(?:个|项|条)|(?:first|last)(?:two|2)(?:ones|measures|items)?/u;

/** The two just shown, pointed at (这两个, 两者, these two). */
const THESE_TWO = /这两个|这两项|这两条|这俩|两者|二者|\bthese two\b|\bthe two\b/iu;

/** Whether a part names the measure by its title, an alias or a keyword, not only by a need. */
function namesOutright(part: string, measure: Measure): boolean {
  const t = part.toLowerCase();
  return [measure.title, ...measure.aliases, ...measure.keywords].some(
    (name) => name.length >= 2 && t.includes(name.toLowerCase()),
  );
}

function resolve(reference: Reference, kb: KnowledgeBase, context: ComparisonContext): Measure | undefined {
  const list = context.lastList ?? [];
  switch (reference.type) {
    case 'ordinal':
      return pickFromList(list, reference);
    case 'step':
      return context.last
        ? kb.measures.find(
            (m) => m.source === context.last!.source && m.number === context.last!.number + reference.step,
          )
        : undefined;
    case 'this':
      return context.last;
    case 'other':
      return otherOfTwo(list, context.last);
  }
}

// Reads whether a question asks for a list — one area's measures (“金融方面有哪些措施”, “纾困措施”,
// “舒困支持有哪些” by sound) or the whole package (“28条是什么”, “who issued the package”) — rather
// than about one measure. Called by the search engine with the ranked measures, so a question that
// names a measure well (“若干措施里人才培养的支持标准”) stays that measure's, and one that names several
// of an area as a group (“稳岗、降费、税费这些纾困举措”) gets their area.
import type { Area, Measure } from '../kb/schema.js';
import { normalizeQuery } from './normalizeQuery.js';
import { type PinyinSequence, pinyinSequence } from './pinyinSequence.js';
import type { SearchResult } from './searchEngine.js';
import { type TermHit, TermTrie } from './termTrie.js';

/** What a question asks for, apart from its topic: a list, or the whole package. */
const LIST_INTENT =
  /(有哪些|哪些|有啥|些啥|都有什么|有什么(?:措施|政策|支持)|几条|几项|多少条|列表|清单|列一下|列出|列个|汇总|概况|概览|全貌|介绍|讲了|讲的|讲什么|说了|说的|内容|都是(?:什么|啥|哪|些)|包括|包含|一览|盘点|梳理|overview|what are|are there|\bwhich (?:[a-z0-9]+ ){0,3}(?:measures|policies|ones|areas|programmes|programs)\b|\blist\b|\bshow me\b|\brundown\b|\bwalk me through\b|\bsummari[sz]e\b|\beverything\b|\bin broad terms\b|\bwhat [a-z]+ is there\b|\bwhat(?:'s| is) there\b|\bwhat do you have\b|\bwhat (?:kind|kinds|sort|sorts|type|types) of (?:[a-z]+ ){0,2}(?:support|measures|policies|help|programmes|programs|schemes)\b|了解一下|讲讲|说说|(?:有关|相关)的(?:措施|政策|内容|支持|项目)?(?:吗|呢|么|嘛)?$|全部(?:措施|政策|条款|内容|举措|支持|列|讲|说|介绍)|所有(?:措施|政策|条款|内容|举措|支持|的措施|的政策)|哪写|有咩|咩措施|咩政策|边啲|啲乜|\bnaxie\b|\byounaxie\b|\byou ?(?:shenme|sha)\b|\bbaokuo\b|\binclude|\bcover(?:s|ed)?\b|\bwhat'?s in\b|\bwhat is in\b|\bwhat(?:'s| is| comes| falls) under\b|\bwhat (?:[a-z]+ )?(?:support|measures|policies|services|help)\b|(?:what|how) does (?:the |this )?(?:[a-z]+ )?package)/;
const OVERVIEW_WORDS =
  /(沪企服办|1号文|28条|二十八条|28项|二十八项|28个措施|若干措施|稳增长.{0,2}调结构|2023年5月|5月17日|发文机关|发文单位|发文日期|印发通知|how many measures|measures are there|服务企业联席会议|政策原文|文件原文|原文在哪|全部措施|所有措施|所有政策|全部政策|措施全文|政策包|一揽子|助力中小微企业|\b28 ?tiao\b|\bruogan ?cuoshi\b|all measures|28 measures|sme support measures|sme measures|doc(?:ument)? number|\b(?:six|6) areas\b|六大(?:方面|领域)|文号)/;
/** Every place the package is named, for areas named inside its names. */
const ALL_OVERVIEW_WORDS = new RegExp(OVERVIEW_WORDS.source, 'g');
/** “稳岗、降费、税费这些”, “智能化、数据、算力这一类”: several things named as one group. */
const GROUP_WORDS =
  /(这些|那些|这几[项条个类块]|这一?类|这一块|那一块|之类|等等|[^、，,]{1,8}、[^、，,]{1,8}(?:相关|方面|这块))/;
/** Measures named after these are set aside (“除了服务月还有哪些”), not asked about. */
const EXCEPT = /除了|除开|除去|以外|之外|不只|不止/;
/** “X所在的那个板块”, “X那一组”: the group a named measure belongs to. */
const MEMBER_OF_GROUP =
  /所在的?(?:那个|那一|这个|这一)?(?:板块|部分|组|方面|领域)|[那这同]一?组|[那这]一?部分|那个(?:板块|方面)/;
/** How near the first the second-ranked measure must score to make a group with it. */
const GROUP_NEAR = 0.5;
/** Share of unknown characters above which a list question is about some other topic. */
const FOREIGN_TOPIC = 0.4;
/** A bare “纾困措施”, “金融政策”: with an area named, a list of that area. */
const BARE_AREA_QUERY = /^.{1,6}(?:措施|政策|举措)$/u;
/**
 * Words that only turn to what follows (ok, then what about …, 那) or want it (想贷款, 我们想融资): an area's
 * name after them stands alone.
 */
const AREA_FOLLOW_UP_LEAD =
  /^(?:(?:ok|okay|so|and|then|well|right|那|那么|那就)[,，\s]*)*(?:(?:what|how) about(?: the)?\s+)?(?:(?:我|我们|咱们)?(?:想|想要|要|需要|打算)(?=\p{Script=Han}))?/u;
/** What may follow an area's name in a bare area query. */
const BARE_AREA_REST = /^(?:方面|这块|领域)?的?(?:支持|政策|措施|举措)?[\s?？。!！]*$/u;
/** What follows an area's name when the area itself is the subject (融资方面, 融资难这方面, 服务类). */
const AREA_ASPECT =
  /^(?:方面|这块|领域|板块|类|部分|那部分|这部分|\s*(?:part|section|area|pillar)\b|\s*fangmian\b|\s*bankuai\b)|^.{0,4}?[这那]一?(?:方面|块|部分|板块|组)/u;
/** The area called an area right after its name (创新板块, 融资方面): the subject, unless a measure follows. */
const AREA_CALLED_AREA =
  /^(?:方面|这块|板块|部分|那部分|这部分|\s*(?:part|section|pillar)\b|\s*fangmian\b|\s*bankuai\b)/u;
/** Questions about the document itself: what it is, who issued it, when. */
const ABOUT_THE_PACKAGE = /什么|啥|what|how many|who issued|哪个部门|何时|哪年|印发|发布|出台|谁|名字|标题/;
/** Another package than this one: another year's, a national one, one with another count of articles. */
const OTHER_PACKAGE =
  /20(?:1\d|2[0-24-9])年?[^，,。？?！!]{0,10}(?:出台|发布|印发|新政|新出)|国务院|国家层面|工信部|(?<![第\d])(?!28条)\d{1,3}条/u;
/** This package pointed at, beside another one named (“这份措施是落实国家哪份文件的”). */
const THIS_PACKAGE = /这份|这套|这个文件|本文件|沪企服办|上海这/;
/** “这个政策” means the package only when no measure is a good match (else it is that measure). */
/** “in the relief part”, “under the finance section”: where a measure named before sits. */
const IN_THE_PART_EN =
  /\b(?:in|under|from|of) the [a-z -]{0,30}\b(?:part|section|area|pillar|chapter|category|strand)\b/iu;
/** Only asks which policies there are, naming no kind of support (有哪些支持政策, 有啥扶持政策). */
const BARE_POLICY_ASK =
  /^(?:请问)?(?:你们|上海|这边|现在|目前)?(?:有|都有)?(?:哪些|什么|啥)(?:支持|扶持|帮扶|优惠|惠企)?(?:政策|措施)(?:呢|吗|啊)?[?？]?$/u;
const VAGUE_OVERVIEW_WORDS =
  /(这些措施|这套措施|这份措施|这批措施|这个政策|这套政策|这批政策|这份文件|这个文件|该文件|这份政策|这个通知|这份通知|该通知|整体|总体|[这那]份[^，。？?]{0,8}(?:文件|通知|政策)|那个文件|\bpackage\b)/;
const SUMMARY_INTENT =
  /(总结|概要|要点|重点(?:是|有|内容|措施|政策|讲)|的重点|简单说|主要(?:内容|措施|政策|举措|有|是|讲|说|包括|方面|精神)|概括|解读|梳理|哪几个方面|几个方面|六个方面|summary|summarize)/;
const POLICY_WORDS = /(措施|政策|新政|举措|支持|扶持|帮扶|优惠|文件|measures|policies|support)/;
const SME_WORDS = /(中小微|中小企业|小微企业|小企业|sme)/;
/** Just before an area's word, an English clause that describes who (firms that are …, who are …). */
const DESCRIBES_WHO = /\b(?:that|who|which)\s+(?:are|is|were|was)\s+(?:[a-z]+\s+){0,2}$/u;
/** Where a sentence ends: a list asked for in another sentence is not about a word said in passing. */
const SENTENCE_END = /[。？！?!；;]|\.(?=\s)/u;

/** The longest of some hits. */
function longest(hits: TermHit[]): TermHit | undefined {
  return hits.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

/** The sentence of `chars` that holds the characters from `start` to `end`. */
function sentenceAround(chars: readonly string[], start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(chars[from - 1]!)) from--;
  let to = end;
  while (to < chars.length && !SENTENCE_END.test(chars[to]!)) to++;
  return chars.slice(from, to + 1).join('');
}

function asksForList(text: string): boolean {
  return LIST_INTENT.test(text) || SUMMARY_INTENT.test(text);
}

/** Whether a measure name holds the hit and more (贷款 in 普惠贷款这块). */
function insideName(hit: TermHit, spans: readonly NameSpan[]): boolean {
  return spans.some((s) => s.start <= hit.start && s.end >= hit.end && s.end - s.start > hit.end - hit.start);
}

/** What the reader needs of the best-ranked measure. */
export interface RankedMeasure {
  /** The measure's index in the knowledge base. */
  doc: number;
  /** Combined ranking score. */
  score: number;
  /** Strength of its name found in the question, 0–1. */
  alias: number;
}

/** A measure name found in the question, in characters. */
export interface NameSpan {
  start: number;
  end: number;
  /** Whether the name is typed as it is (else found by sound or as a near miss). */
  exact: boolean;
}

/** What the search engine found in the question before asking the reader. */
export interface ReadContext {
  /** The best-ranked measures, best first. */
  ranked: readonly RankedMeasure[];
  /** Measure names found in the question. */
  spans: readonly NameSpan[];
  /** The best measure's lead over the second. */
  margin: number;
  /** Share of the question's content characters that no measure's text has. */
  unknown: number;
  /**
   * The pinyin the engine read (of the question and the synonyms it appended) and where each entry
   * stands, in code points: areas are found by sound in the question's part of it.
   */
  syllables: PinyinSequence;
  places: readonly (readonly [number, number])[];
}

export interface AreaOrOverviewOptions {
  /** A name hit this strong means the question names a measure. */
  strongName: number;
  /** Most measures listed for an area. */
  maxMatches: number;
}

export class AreaOrOverviewReader {
  private readonly areaTrie = new TermTrie();
  /**
   * Area names of two or more Han characters as syllables, for typos by sound (舒困 → 纾困), by their
   * first syllable: a question's syllables are looked up, not every name tried at every place.
   */
  private readonly areaSounds = new Map<string, { value: number; syllables: string[]; order: number }[]>();

  constructor(
    private readonly areas: readonly Area[],
    private readonly measures: readonly Measure[],
    private readonly options: AreaOrOverviewOptions,
  ) {
    let order = 0;
    areas.forEach((area, i) => {
      for (const name of [area.shortTitle, ...area.aliases]) {
        const normalized = normalizeQuery(name);
        this.areaTrie.add(normalized, i);
        if (/^\p{Script=Han}{2,}$/u.test(normalized)) {
          const syllables = pinyinSequence(normalized) as string[];
          const first = this.areaSounds.get(syllables[0]!) ?? [];
          first.push({ value: i, syllables, order: order++ });
          this.areaSounds.set(syllables[0]!, first);
        }
      }
    });
  }

  /** The longest area name in the question, by its characters or, failing that, by its sound (舒困, 荣通). */
  private findArea(
    text: string,
    chars: readonly string[],
    { spans, syllables, places }: ReadContext,
  ): TermHit | undefined {
    // An area word inside the package's own names (服务企业 in 服务企业联席会议) does not name the area.
    const packageNames = [...text.matchAll(ALL_OVERVIEW_WORDS)].map((m) => ({
      start: [...text.slice(0, m.index)].length,
      end: [...text.slice(0, m.index + m[0].length)].length,
    }));
    const outsidePackageNames = (hits: TermHit[]) =>
      hits.filter((hit) => !packageNames.some((n) => n.start <= hit.start && n.end >= hit.end));
    const typed = outsidePackageNames(this.areaTrie.findAll(text));
    if (typed.length > 0) {
      // One inside a measure's name (融资 in 融资担保) names the area only if nothing else does.
      const free = typed.filter((hit) => !insideName(hit, spans));
      const named = free.length > 0 ? free : typed;
      // (What financing help is there for firms that are struggling: the one in the clause that asks.)
      const asked = named.filter((hit) => !DESCRIBES_WHO.test(chars.slice(0, hit.start).join('')));
      const candidates = asked.length > 0 ? asked : named;
      // Of equal names, the one called an area (借钱难……金融这块) is the one meant.
      const called = candidates.filter((hit) => AREA_CALLED_AREA.test(chars.slice(hit.end).join('')));
      return longest(called.length > 0 ? called : candidates);
    }
    const found: (TermHit & { order: number })[] = [];
    for (let i = 0; i < syllables.length; i++) {
      const first = syllables[i];
      if (!first) continue;
      for (const { value, syllables: name, order } of this.areaSounds.get(first) ?? []) {
        if (i + name.length > syllables.length) continue;
        const end = places[i + name.length - 1]![1];
        // Only what was typed: not the synonyms appended after it.
        if (end <= chars.length && name.every((s, j) => syllables[i + j] === s))
          found.push({ start: places[i]![0], end, value, order });
      }
    }
    // Of equally long names, the one listed first wins, as the names are listed in areas.yaml.
    found.sort((a, b) => a.order - b.order || a.start - b.start);
    const hits: TermHit[] = found.map(({ start, end, value }) => ({ start, end, value }));
    return longest(outsidePackageNames(hits));
  }

  /**
   * The area or overview answer, if the question asks for one; undefined when it is about a measure
   * or about nothing the package has.
   */
  read(text: string, context: ReadContext): SearchResult | undefined {
    const { ranked, spans, margin, unknown } = context;
    const top = ranked[0];
    const strongName = top !== undefined && top.alias >= this.options.strongName;
    const chars = [...text];
    const areaHit = this.findArea(text, chars, context);
    const area = areaHit ? this.areas[areaHit.value] : undefined;
    // An area's name alone (融通发展, 纾困措施, 数字化转型支持) asks for its list.
    const afterArea = areaHit ? chars.slice(areaHit.end).join('') : '';
    // (After the words that only turn to it: “ok, then what about financing?”, 那金融方面呢.)
    const lead = AREA_FOLLOW_UP_LEAD.exec(text)?.[0].length ?? 0;
    const bareArea =
      areaHit !== undefined &&
      areaHit.start === [...text.slice(0, lead)].length &&
      BARE_AREA_REST.test(afterArea);
    // “融资方面的支持”, “服务这块有啥”: the area itself is the subject.
    const areaAspect = areaHit !== undefined && AREA_ASPECT.test(afterArea);
    const asks = asksForList(text);
    const listIntent = asks || BARE_AREA_QUERY.test(text) || bareArea || areaAspect;
    // An area named at least as fully as any measure (融通发展 vs 大中小企业融通) reads as the area;
    // names the synonyms appended to the question do not count (融资难 → 普惠贷款 is not typed).
    const typed = chars.length;
    const longestName = Math.max(0, ...spans.filter((s) => s.end <= typed).map((s) => s.end - s.start));
    // Called an area (创新板块, 金融这块), it is the subject unless a measure is named after it
    // (“金融板块中的十百千亿指的是什么” asks about that measure; “专精特新、技改那个创新板块里还有哪些”
    // about the area).
    const calledArea =
      areaHit !== undefined && AREA_CALLED_AREA.test(afterArea) && !insideName(areaHit, spans);
    // Names after “除了” are the ones the question sets aside (“精准服务这块除了服务月还有哪些”).
    const nameAfter =
      areaHit !== undefined &&
      !EXCEPT.test(text) &&
      spans.some((s) => s.exact && s.start >= areaHit.end && s.end <= typed);
    // “What is the Spring Rain campaign in the relief part of the package?”: English names the measure
    // first and then where it sits.
    const nameThenWhere =
      areaHit !== undefined &&
      IN_THE_PART_EN.test(text) &&
      spans.some((s) => s.exact && s.end <= areaHit.start);
    const areaNamed =
      area !== undefined &&
      !nameThenWhere &&
      (!strongName || (calledArea ? !nameAfter : areaHit!.end - areaHit!.start >= longestName));
    // A short area word in passing (贷款, 资金) beside one measure named well ahead of the rest
    // (“小微企业贷款太难了 有啥政策” → 普惠贷款) asks about that measure, not the area.
    // So does one told in a story whose list is asked for in another sentence (“一笔流动资金贷款下个月
    // 到期……上海有什么政策？”).
    const shortInPassing =
      areaHit !== undefined && areaHit.end - areaHit.start <= 3 && !areaAspect && !bareArea;
    const passingMention =
      shortInPassing &&
      (((top?.alias ?? 0) >= 1 && margin >= 0.5) ||
        !asksForList(sentenceAround(chars, areaHit.start, areaHit.end)));
    if (area && listIntent && areaNamed && !passingMention) return this.areaResult(area.id);
    // Several measures of one area named as a group and the group asked for (“稳岗、降费、税费这些
    // 纾困举措汇总一下”) ask for that area.
    // So does one measure named beside its area's name as one of a group (“稳岗这些纾困举措”).
    const topArea = top ? this.measures[top.doc]?.area : undefined;
    // And “专精特新培育那一组措施里还包括什么”, “小升规、技改所在的那个板块”: the group of the measure named.
    const groupArea = !asks
      ? undefined
      : MEMBER_OF_GROUP.test(text)
        ? topArea
        : GROUP_WORDS.test(text)
          ? (this.areaOfLeaders(ranked) ?? (area && area.id === topArea ? area.id : undefined))
          : undefined;
    if (groupArea) return this.areaResult(groupArea);
    // The package named, and asked about as a whole: not “若干措施里人才培养的支持标准是什么”, which a
    // measure answers well.
    const topScore = top?.score ?? 0;
    const overview =
      ((OVERVIEW_WORDS.test(text) && topScore < 2) || (VAGUE_OVERVIEW_WORDS.test(text) && topScore < 1)) &&
      (listIntent || text.length <= 16 || topScore < 1 || ABOUT_THE_PACKAGE.test(text));
    const genericList =
      listIntent &&
      POLICY_WORDS.test(text) &&
      ((SME_WORDS.test(text) && topScore < 1.5) ||
        (SUMMARY_INTENT.test(text) && topScore < 2) ||
        // “上海住房限购政策有哪些” asks for a list of something else.
        (topScore < 0.5 && unknown < FOREIGN_TOPIC));
    const anotherPackage = OTHER_PACKAGE.test(text) && !THIS_PACKAGE.test(text);
    // 有哪些支持政策: the whole package, though 支持政策 is part of one measure's name (税费支持政策).
    if (BARE_POLICY_ASK.test(text)) return { answered: true, kind: 'overview', matches: [], confidence: 1 };
    if (!strongName && (overview || genericList) && !anotherPackage) {
      return { answered: true, kind: 'overview', matches: [], confidence: 1 };
    }
    return undefined;
  }

  private areaResult(id: string): SearchResult {
    const inArea = this.measures.filter((m) => m.area === id);
    return {
      answered: true,
      kind: 'area',
      area: id,
      matches: inArea.slice(0, this.options.maxMatches).map((m) => ({ id: m.id, score: 1 })),
      confidence: 1,
    };
  }

  /** The area the two best-ranked measures share, if the second ranks near the first. */
  private areaOfLeaders(ranked: readonly RankedMeasure[]): string | undefined {
    const [first, second] = ranked;
    if (!first || !second || second.score < first.score * GROUP_NEAR) return undefined;
    const area = this.measures[first.doc]?.area;
    return area === this.measures[second.doc]?.area ? area : undefined;
  }
}

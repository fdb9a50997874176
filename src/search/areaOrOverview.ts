// Reads whether a question asks for a list — one area's measures (“金融方面有哪些措施”, “纾困措施”,
// “舒困支持有哪些” by sound) or the whole package (“28条是什么”, “who issued the package”) — rather
// than about one measure. Called by the search engine with the best-ranked measure, so a question
// that names a measure well (“若干措施里人才培养的支持标准”) stays that measure's.
import type { Area, Measure } from '../kb/schema.js';
import { normalizeQuery } from './normalizeQuery.js';
import { pinyinSequence } from './pinyinSequence.js';
import type { SearchResult } from './searchEngine.js';
import { type TermHit, TermTrie } from './termTrie.js';

/** What a question asks for, apart from its topic: a list, or the whole package. */
const LIST_INTENT =
  /(有哪些|哪些|有啥|些啥|都有什么|有什么(?:措施|政策|支持)|几条|几项|多少条|列表|清单|列一下|列出|列个|汇总|概况|概览|介绍|讲了|讲的|讲什么|说了|说的|内容|都是|包括|包含|一览|盘点|梳理|overview|what are|are there|which|\blist\b|了解一下|讲讲|说说|\bnaxie\b|\byounaxie\b|\bwhat (?:[a-z]+ )?(?:support|measures|policies|services|help)\b|(?:what|how) does (?:the |this )?(?:[a-z]+ )?package)/;
const OVERVIEW_WORDS =
  /(沪企服办|1号文|28条|二十八条|28项|二十八项|28个措施|若干措施|稳增长调结构强能力|全部措施|所有措施|所有政策|全部政策|措施全文|政策包|一揽子|助力中小微企业|\b28 ?tiao\b|\bruogan ?cuoshi\b|all measures|28 measures|sme support measures|sme measures|\bpackage\b)/;
/** A bare “纾困措施”, “金融政策”: with an area named, a list of that area. */
const BARE_AREA_QUERY = /^.{1,6}(?:措施|政策|举措)$/u;
/** What may follow an area's name in a bare area query. */
const BARE_AREA_REST = /^(?:方面|这块|领域)?的?(?:支持|政策|措施|举措)?[\s?？。!！]*$/u;
/** What follows an area's name when the area itself is the subject (融资方面, 融资难这方面, 服务类). */
const AREA_ASPECT = /^(?:方面|这块|领域|板块|类)|^.{0,4}?这(?:方面|块)/u;
/** Questions about the document itself: what it is, who issued it, when. */
const ABOUT_THE_PACKAGE = /什么|啥|what|how many|who issued|哪个部门|何时|哪年|印发|发布|出台/;
/** “这个政策” means the package only when no measure is a good match (else it is that measure). */
const VAGUE_OVERVIEW_WORDS =
  /(这些措施|这个政策|这套政策|这批政策|这份文件|这个文件|该文件|这份政策|整体|总体)/;
const SUMMARY_INTENT =
  /(总结|概要|要点|重点|简单说|主要|概括|解读|梳理|哪几个方面|几个方面|六个方面|summary|summarize)/;
const POLICY_WORDS = /(措施|政策|新政|举措|支持|扶持|帮扶|优惠|文件|measures|policies|support)/;
const SME_WORDS = /(中小微|中小企业|小微企业|小企业|sme)/;

/** What the reader needs of the best-ranked measure. */
export interface RankedTop {
  /** Combined ranking score. */
  score: number;
  /** Strength of its name found in the question, 0–1. */
  alias: number;
}

/** A measure name found in the question, in characters. */
export interface NameSpan {
  start: number;
  end: number;
}

export interface AreaOrOverviewOptions {
  /** A name hit this strong means the question names a measure. */
  strongName: number;
  /** Most measures listed for an area. */
  maxMatches: number;
}

export class AreaOrOverviewReader {
  private readonly areaTrie = new TermTrie();
  /** Area names of two or more Han characters as syllables, for typos by sound (舒困 → 纾困). */
  private readonly areaSounds: { value: number; syllables: string[] }[] = [];

  constructor(
    private readonly areas: readonly Area[],
    private readonly measures: readonly Measure[],
    private readonly options: AreaOrOverviewOptions,
  ) {
    areas.forEach((area, i) => {
      for (const name of [area.shortTitle, ...area.aliases]) {
        const normalized = normalizeQuery(name);
        this.areaTrie.add(normalized, i);
        if (/^\p{Script=Han}{2,}$/u.test(normalized))
          this.areaSounds.push({ value: i, syllables: pinyinSequence(normalized) as string[] });
      }
    });
  }

  /** The longest area name in the question, by its characters or, failing that, by its sound (舒困, 荣通). */
  private findArea(text: string): TermHit | undefined {
    const longest = (hits: TermHit[]) => hits.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    const exact = longest(this.areaTrie.findAll(text));
    if (exact) return exact;
    const syllables = pinyinSequence(text);
    const hits: TermHit[] = [];
    for (const { value, syllables: name } of this.areaSounds) {
      for (let i = 0; i + name.length <= syllables.length; i++) {
        if (name.every((s, j) => syllables[i + j] === s))
          hits.push({ start: i, end: i + name.length, value });
      }
    }
    return longest(hits);
  }

  /**
   * The area or overview answer, if the question asks for one. `top` is the best-ranked measure
   * (its score and name strength), `spans` the measure names found, `margin` the top's lead.
   */
  read(
    text: string,
    top: RankedTop | undefined,
    spans: readonly NameSpan[],
    margin: number,
  ): SearchResult | undefined {
    const strongName = top !== undefined && top.alias >= this.options.strongName;
    const areaHit = this.findArea(text);
    const area = areaHit ? this.areas[areaHit.value] : undefined;
    // An area's name alone (融通发展, 纾困措施, 数字化转型支持) asks for its list.
    const afterArea = areaHit ? [...text].slice(areaHit.end).join('') : '';
    const bareArea = areaHit !== undefined && areaHit.start === 0 && BARE_AREA_REST.test(afterArea);
    // “融资方面的支持”, “服务这块有啥”: the area itself is the subject.
    const areaAspect = areaHit !== undefined && AREA_ASPECT.test(afterArea);
    const listIntent =
      LIST_INTENT.test(text) ||
      SUMMARY_INTENT.test(text) ||
      BARE_AREA_QUERY.test(text) ||
      bareArea ||
      areaAspect;
    // An area named at least as fully as any measure (融通发展 vs 大中小企业融通) reads as the area;
    // names the synonyms appended to the question do not count (融资难 → 普惠贷款 is not typed).
    const typed = [...text].length;
    const longestName = Math.max(0, ...spans.filter((s) => s.end <= typed).map((s) => s.end - s.start));
    const areaNamed = area !== undefined && (!strongName || areaHit!.end - areaHit!.start >= longestName);
    // A short area word in passing (贷款, 资金) beside one measure named well ahead of the rest
    // (“小微企业贷款太难了 有啥政策” → 普惠贷款) asks about that measure, not the area.
    const passingMention =
      areaHit !== undefined &&
      areaHit.end - areaHit.start <= 3 &&
      !areaAspect &&
      !bareArea &&
      (top?.alias ?? 0) >= 1 &&
      margin >= 0.5;
    if (area && listIntent && areaNamed && !passingMention) {
      const inArea = this.measures.filter((m) => m.area === area.id);
      return {
        answered: true,
        kind: 'area',
        area: area.id,
        matches: inArea.slice(0, this.options.maxMatches).map((m) => ({ id: m.id, score: 1 })),
        confidence: 1,
      };
    }
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
        topScore < 0.5);
    if (!strongName && (overview || genericList)) {
      return { answered: true, kind: 'overview', matches: [], confidence: 1 };
    }
    return undefined;
  }
}

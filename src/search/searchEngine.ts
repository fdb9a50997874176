// Answers “which measure is this question about?”. A question is normalised, read for direct
// references, areas and the overview, then every measure is ranked by BM25 over its texts plus
// its names found exactly, by sound or one character off; a calibrated confidence decides between
// an answer, an ambiguous answer and “not covered”. Pure TypeScript: no Bot Framework import.
import type { Area, Measure, NotCoveredTopic, Synonym } from '../kb/schema.js';
import { AliasMatcher, type AliasSignals, type NamedTarget } from './aliasMatcher.js';
import { AreaOrOverviewReader } from './areaOrOverview.js';
import { Bm25Index, type WeightedField } from './bm25Index.js';
import { DEFAULT_CALIBRATION, type Calibration, confidenceOf, type MatchFeatures } from './confidence.js';
import { characterCoverage } from './characterCoverage.js';
import { detectReference } from './detectReference.js';
import { SynonymExpander, type SynonymHit } from './expandSynonyms.js';
import { normalizeQuery, normalizeText } from './normalizeQuery.js';
import { otherRegion } from './otherRegion.js';
import {
  type PinyinSequence,
  pinyinSequence,
  pinyinSequenceWithSpans,
  splitPinyinWord,
} from './pinyinSequence.js';
import { LatinSpelling } from './latinSpelling.js';
import { SoundTerms } from './soundTerms.js';
import { INSIDE_ADVERBS, TermTrie } from './termTrie.js';
import { isNeutralBigram, tokenize } from './tokenize.js';

export type SearchKind = 'measure' | 'ambiguous' | 'area' | 'overview' | 'none';

export interface SearchMatch {
  id: string;
  score: number;
}

export interface SearchResult {
  answered: boolean;
  kind: SearchKind;
  /** Best first, at most `maxMatches`. For an area: its measures in order. */
  matches: SearchMatch[];
  /** The area id when kind is 'area'. */
  area?: string;
  /** Calibrated probability that the top match is what the question is about. */
  confidence: number;
  /** Why a question was declined. */
  declined?: 'empty' | 'low-confidence' | 'other-region' | 'not-covered';
  /** The other region named, when declined for that reason. */
  region?: string;
  /** The topic the measures do not cover, when declined for that reason. */
  topic?: string;
  /** Its id in knowledge/not-covered.yaml. */
  topicId?: string;
  /** The words of the question that named it (推广费), when they are written as the term is. */
  term?: string;
}

export interface SearchKnowledge {
  measures: readonly Measure[];
  areas: readonly Area[];
  synonyms: readonly Synonym[];
  /** Topics the measures do not cover: a question naming one is declined. */
  notCovered?: readonly NotCoveredTopic[];
}

export interface SearchOptions {
  /** Most matches returned. */
  maxMatches: number;
  calibration: Calibration;
}

export const DEFAULT_SEARCH_OPTIONS: Readonly<SearchOptions> = Object.freeze({
  maxMatches: 5,
  calibration: DEFAULT_CALIBRATION,
});

/** How many ranked measures are kept: enough for the matches shown and the ambiguity check. */
const RANKED_KEPT = 10;

interface Ranked {
  doc: number;
  score: number;
  bm25: number;
  alias: number;
}

/** Before a step's name: the enterprise has not taken it (还没重新认定; 有没有 asks, it tells nothing). */
const NOT_DONE_BEFORE = /(?:还没|还没有|尚未|(?<!有)没有|(?<!有)没)$/u;
/** After a cost's name: it is owed to the enterprise (运费拖了半年, 配送费一直没给). */
/** Before 个, a word that counts or points (那个, 这个, 一个, 几个): 个 is the classifier. */
const COUNTING_BEFORE = /[那这一哪几每两某各整\d]/u;
/** A refund of tax (出口退税, 留抵退税): late, it is still the refund, not arrears. */
const REFUND = /退税/u;
const OWED_AFTER = /^(?:都|也|还|一直|已经)?(?:拖|欠|没给|不给|没结|不结|没付|不付|没到账|收不回)/u;

export class SearchEngine {
  private readonly measures: readonly Measure[];
  private readonly synonyms: SynonymExpander;
  private readonly bm25: Bm25Index;
  private readonly aliases: AliasMatcher;
  private readonly areaOrOverview: AreaOrOverviewReader;
  private readonly notCovered: readonly NotCoveredTopic[];
  private readonly notCoveredTrie = new TermTrie();
  /**
   * What reads a question that would otherwise be declined — the uncovered topics' Chinese terms by
   * sound, the English words the knowledge uses — built at the first decline, not at start-up.
   */
  private declineReaders?: { sound: SoundTerms<number>; spelling: LatinSpelling };
  private readonly knowledge: SearchKnowledge;
  /** BM25 over syllable bigrams, for questions typed in pinyin. */
  private readonly pinyinBm25: Bm25Index;
  private readonly options: SearchOptions;

  constructor(kb: SearchKnowledge, options: Partial<SearchOptions> = {}) {
    this.options = { ...DEFAULT_SEARCH_OPTIONS, ...options };
    this.measures = kb.measures;
    this.synonyms = new SynonymExpander(kb.synonyms);
    this.bm25 = new Bm25Index(lazyMap(kb.measures, (m) => this.fieldsOf(m)));
    const targets: NamedTarget[] = kb.measures.map((m, doc) => ({
      doc,
      names: [
        { text: m.title, kind: 'title' },
        { text: m.fullTitle, kind: 'title' },
        ...m.aliases.map((text) => ({ text, kind: 'alias' as const })),
        ...m.keywords.map((text) => ({ text, kind: 'keyword' as const })),
      ],
    }));
    this.aliases = new AliasMatcher(targets);
    const pinyinDocs = lazyMap(kb.measures, (m) => [
      {
        tokens: syllableBigrams(
          pinyinSequence(normalizeText([m.title, ...m.aliases, ...m.keywords].join(' | '))),
        ),
        weight: 3,
      },
    ]);
    this.pinyinBm25 = new Bm25Index(pinyinDocs);
    this.notCovered = kb.notCovered ?? [];
    this.knowledge = kb;
    this.notCovered.forEach((topic, i) => {
      for (const term of topic.terms) this.notCoveredTrie.add(normalizeQuery(term), i);
    });
    this.areaOrOverview = new AreaOrOverviewReader(kb.areas, kb.measures, {
      strongName: this.options.calibration.strongName,
      maxMatches: this.options.maxMatches,
    });
  }

  /** The texts of a measure as weighted token fields; synonyms it contains bring their variants. */
  private fieldsOf(m: Measure): WeightedField[] {
    // One normalisation per field: the separator ends every Han run, so tokens never cross texts.
    const field = (texts: readonly string[], weight: number): WeightedField => ({
      tokens: tokenize(normalizeText(texts.join(' | '))),
      weight,
    });
    const fields = [
      field([m.title, m.fullTitle, ...m.aliases], 3),
      field(m.keywords, 2),
      field(
        m.faq.map((f) => f.q),
        1.5,
      ),
      field([m.summary, ...m.beneficiaries], 1),
      field(m.english ? [m.english] : [], 1),
      field(
        m.facts.map((f) => `${f.label} ${f.quote}`),
        1,
      ),
      field(
        m.faq.map((f) => f.a),
        0.5,
      ),
      field(
        m.validity.map((v) => v.what),
        0.5,
      ),
    ];
    if (m.officialArticle) fields.push(field([m.officialArticle.title], 1));
    const allText = normalizeText([m.title, m.fullTitle, ...m.aliases, ...m.keywords, m.summary].join(' | '));
    const expanded = this.synonyms.expand(allText).slice(allText.length);
    if (expanded) fields.push({ tokens: tokenize(expanded), weight: 0.7 });
    return fields;
  }

  search(query: string): SearchResult {
    return this.run(query).result;
  }

  /** The result together with the features that decided it (for evaluation and calibration). */
  explain(query: string): { result: SearchResult; features?: MatchFeatures; normalized: string } {
    return this.run(query);
  }

  /** Declined for want of confidence: asked again with misspelt English words corrected (reserch → research). */
  private run(query: string): { result: SearchResult; features?: MatchFeatures; normalized: string } {
    const first = this.runOnce(query);
    if (first.result.declined !== 'low-confidence') return first;
    const corrected = this.readersOfDeclined().spelling.correct(first.normalized);
    if (corrected === undefined) return first;
    const second = this.runOnce(corrected);
    return second.result.answered || second.result.declined === 'not-covered' ? second : first;
  }

  private readersOfDeclined(): { sound: SoundTerms<number>; spelling: LatinSpelling } {
    if (!this.declineReaders) {
      const { measures, areas, synonyms } = this.knowledge;
      const sound = new SoundTerms<number>(
        wordsWithin(
          [
            ...synonyms.flatMap((s) => [s.canonical, ...s.variants]),
            ...measures.flatMap((m) => [m.title, ...m.aliases, ...m.keywords]),
          ].map((w) => normalizeQuery(w)),
        ),
      );
      this.notCovered.forEach((topic, i) => {
        for (const term of topic.terms) sound.add(normalizeQuery(term), i);
      });
      const spelling = new LatinSpelling([JSON.stringify([measures, areas, this.notCovered, synonyms])]);
      this.declineReaders = { sound, spelling };
    }
    return this.declineReaders;
  }

  private runOnce(query: string): { result: SearchResult; features?: MatchFeatures; normalized: string } {
    const text = normalizeQuery(query);
    const none = (declined: SearchResult['declined'], extra: Partial<SearchResult> = {}): SearchResult => ({
      answered: false,
      kind: 'none',
      matches: [],
      confidence: 0,
      declined,
      ...extra,
    });
    /** The answer for a topic the measures do not cover. */
    const notCovered = (uncovered: { topic: NotCoveredTopic; term: string }) => ({
      result: none('not-covered', {
        topic: uncovered.topic.name,
        topicId: uncovered.topic.id,
        term: uncovered.term,
      }),
      normalized: text,
    });
    if (!/[\p{L}\p{N}]/u.test(text)) return { result: none('empty'), normalized: text };

    const region = otherRegion(text);
    if (region) {
      // 明年想去德国参展，展位费有没有补贴: a topic the measures do not cover, asked by a Shanghai
      // enterprise about something abroad — that topic's answer (and what may still help), not “ask
      // Germany”.
      const expanded = this.synonyms.expand(text, this.synonyms.find(text));
      const uncovered = this.uncoveredTopic(
        text,
        this.aliases.match(expanded, pinyinSequenceWithSpans(expanded).sequence),
      );
      if (uncovered) return notCovered(uncovered);
      return { result: none('other-region', { region }), normalized: text };
    }

    const reference = detectReference(text, this.measures.length);
    if (reference) {
      const found =
        reference.type === 'number'
          ? this.measures.filter((m) => m.number === reference.number)
          : this.measures.filter((m) => m.officialArticle?.label === reference.label);
      if (found.length > 0) {
        return {
          result: {
            answered: true,
            kind: found.length === 1 ? 'measure' : 'ambiguous',
            matches: found.map((m) => ({ id: m.id, score: 1 })),
            confidence: 1,
          },
          normalized: text,
        };
      }
    }

    const synonymHits = this.synonyms.find(text);
    const expanded = this.synonyms.expand(text, synonymHits);
    const queryTokens = tokenize(expanded);
    const { sequence: syllables, spans: places } = pinyinSequenceWithSpans(expanded);
    const signals = this.aliases.match(expanded, syllables);
    const uncovered = this.uncoveredTopic(text, signals);
    if (uncovered) return this.askedAfterBackground(text, uncovered.end) ?? notCovered(uncovered);
    // Pinyin typed without an IME: rank those words by sound as well.
    const typedPinyin = hasTypedPinyin(text) ? syllableBigrams(syllables) : [];
    const ranked = this.rank(queryTokens, typedPinyin, signals);
    const top = ranked[0];
    const features = top
      ? this.featuresOf(text, typedPinyin, top, ranked[1], signals, synonymHits)
      : undefined;

    const areaOrOverview = this.areaOrOverview.read(text, {
      ranked,
      spans: signals.spans,
      margin: features?.margin ?? 0,
      unknown: features?.charUnknown ?? 1,
      syllables,
      places,
    });
    if (areaOrOverview) return { result: areaOrOverview, features, normalized: text };

    // Declined: unless a topic the measures do not cover sounds in it (水电废, fangzu butie).
    const typedSyllables = places.findIndex(([, end]) => end > [...text].length);
    const soundsUncovered = () => {
      const chars = [...expanded];
      const i = this.readersOfDeclined().sound.find(
        syllables,
        typedSyllables < 0 ? syllables.length : typedSyllables,
        HAN_TYPED.test(text) ? places.map(([start, end]) => chars.slice(start, end).join('')) : undefined,
      );
      const topic = i === undefined ? undefined : this.notCovered[i]!;
      return topic && none('not-covered', { topic: topic.name, topicId: topic.id });
    };
    if (!top || !features) return { result: soundsUncovered() ?? none('low-confidence'), normalized: text };
    const calibration = this.options.calibration;
    const confidence = confidenceOf(features, calibration);
    if (confidence < calibration.declineBelow) {
      return {
        result: soundsUncovered() ?? none('low-confidence', { confidence: round(confidence) }),
        features,
        normalized: text,
      };
    }
    const matches = ranked
      .slice(0, this.options.maxMatches)
      .map((r) => ({ id: this.measures[r.doc]!.id, score: round((r.score / top.score) * confidence) }));
    // Close scores, or two measures each named outright (专精特新和小升规), make the answer ambiguous.
    const named = ranked.filter((r) => (signals.exact.get(r.doc) ?? 0) >= calibration.strongName);
    const close =
      named.length > 1 && named[0] === top
        ? named
        : ranked.filter((r) => r.score >= top.score * calibration.ambiguousWithin);
    const kind: SearchKind = close.length > 1 ? 'ambiguous' : 'measure';
    return {
      result: {
        answered: true,
        kind,
        matches: kind === 'ambiguous' ? matches.slice(0, Math.max(close.length, 2)) : matches,
        confidence: round(confidence),
      },
      features,
      normalized: text,
    };
  }

  /**
   * 工资都快发不出了。上海有没有治理拖欠中小企业账款的行动？ — the uncovered topic is only the
   * background of an earlier sentence; the last sentence asks about one measure, which is the answer.
   */
  private askedAfterBackground(
    text: string,
    uncoveredEnd: number,
  ): { result: SearchResult; features?: MatchFeatures; normalized: string } | undefined {
    const chars = [...text];
    let lastStart = -1;
    for (let i = chars.length - 2; i >= 0; i--) {
      if (SENTENCE_END.test(chars[i]!)) {
        lastStart = i + 1;
        break;
      }
    }
    // Only told, not asked: a question about the topic itself (备案有政策吗？另外…) keeps the topic.
    if (lastStart < 0 || uncoveredEnd > lastStart || /[?？]/.test(chars.slice(0, lastStart).join(''))) {
      return undefined;
    }
    const asked = this.runOnce(chars.slice(lastStart).join(''));
    const { result } = asked;
    return result.answered && result.kind === 'measure' && result.confidence >= ASKED_ALONE_CONFIDENCE
      ? asked
      : undefined;
  }

  /**
   * A topic the measures do not cover (专利年费, 社保卡), named by a longer term than any measure
   * name the question holds: “政府采购投标保证金” is about the deposit, “专精特新认定材料” about
   * 专精特新, and 科技小巨人 is not 小巨人. Names the synonyms appended do not count.
   */
  private uncoveredTopic(
    text: string,
    signals: AliasSignals,
  ): { topic: NotCoveredTopic; term: string; end: number } | undefined {
    // Most questions name no uncovered topic: nothing more is computed for them.
    const found = this.notCoveredTrie.findAll(text, INSIDE_ADVERBS);
    if (found.length === 0) return undefined;
    const chars = [...text];
    const typed = chars.length;
    const longestName = Math.max(
      0,
      ...signals.spans.filter((s) => s.exact && s.end <= typed).map((s) => s.end - s.start),
    );
    // 运费拖了快半年没给: money owed to the enterprise (账款拖欠), not a cost it wants help with.
    // 高企证书到期了还没重新认定，…研发奖励能拿吗: beside a measure named, what the enterprise has not
    // done is its story, not what it asks about.
    const hits = found.filter(
      (h) =>
        // 那个税费 is “that tax”, not 个税 (individual income tax): 个 after 那/这/一 counts something.
        !(chars[h.start] === '个' && COUNTING_BEFORE.test(chars[h.start - 1] ?? '')) &&
        // (出口退税拖了快三个月: a tax refund late is the tax office's procedure, not money a customer owes.)
        (!OWED_AFTER.test(chars.slice(h.end, h.end + 6).join('')) ||
          REFUND.test(chars.slice(h.start, h.end).join(''))) &&
        (longestName === 0 || !NOT_DONE_BEFORE.test(chars.slice(Math.max(0, h.start - 3), h.start).join(''))),
    );
    if (hits.length === 0) return undefined;
    const term = hits.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    return term.end - term.start > longestName
      ? {
          topic: this.notCovered[term.value]!,
          term: chars.slice(term.start, term.end).join(''),
          end: term.end,
        }
      : undefined;
  }

  private rank(
    queryTokens: readonly string[],
    pinyinTokens: readonly string[],
    signals: AliasSignals,
  ): Ranked[] {
    const bm = this.bm25.score(queryTokens);
    const pbm = pinyinTokens.length > 0 ? this.pinyinBm25.score(pinyinTokens) : new Map<number, number>();
    const docs = new Set<number>([
      ...bm.keys(),
      ...pbm.keys(),
      ...signals.exact.keys(),
      ...signals.sound.keys(),
      ...signals.fuzzy.keys(),
    ]);
    const weights = this.options.calibration;
    // Keep only the best few: nothing past them is shown or decides anything.
    const best: Ranked[] = [];
    let floor = -Infinity;
    for (const doc of docs) {
      const bm25 = Math.max(bm.get(doc) ?? 0, pbm.get(doc) ?? 0);
      const alias = Math.max(
        signals.exact.get(doc) ?? 0,
        signals.sound.get(doc) ?? 0,
        signals.fuzzy.get(doc) ?? 0,
      );
      const score = bm25 / weights.bm25Scale + weights.aliasWeight * alias;
      if (best.length >= RANKED_KEPT && score <= floor) continue;
      best.push({ doc, bm25, alias, score });
      best.sort((a, b) => b.score - a.score || a.doc - b.doc);
      if (best.length > RANKED_KEPT) best.pop();
      floor = best[best.length - 1]!.score;
    }
    return best;
  }

  private featuresOf(
    text: string,
    pinyinTokens: readonly string[],
    top: Ranked,
    second: Ranked | undefined,
    signals: AliasSignals,
    synonymHits: readonly SynonymHit[],
  ): MatchFeatures {
    // Coverage: how much of what the user typed this measure explains (its vocabulary or its names).
    const own = tokenize(text);
    const chars = [...text];
    const spanned = new Set<number>();
    for (const s of signals.spans)
      if (s.doc === top.doc) for (let i = s.start; i < s.end; i++) spanned.add(i);
    let covered = 0;
    let weightCovered = 0;
    let weightAll = 0;
    let foreign = 0;
    for (const token of own) {
      const idf = this.bm25.idf(token);
      if (idf === undefined) foreign++;
      const weight = idf ?? this.bm25.maxIdf;
      weightAll += weight;
      if (this.bm25.has(token, top.doc)) {
        covered++;
        weightCovered += weight;
      }
    }
    const spanShare = chars.length > 0 ? spanned.size / chars.length : 0;
    let coverage = own.length > 0 ? Math.max(covered / own.length, spanShare) : spanShare;
    let weightedCoverage = weightAll > 0 ? Math.max(weightCovered / weightAll, spanShare) : spanShare;
    let foreignShare = own.length > 0 ? foreign / own.length : 0;
    const inTop = (token: string) => this.bm25.has(token, top.doc);
    const byCharacter = characterCoverage(
      chars,
      [
        ...signals.spans.map((s) => ({ start: s.start, end: s.end, top: s.doc === top.doc })),
        ...synonymHits.map((h) => ({ start: h.start, end: h.end, top: tokenize(h.canonical).some(inTop) })),
      ],
      {
        known: (token) => this.bm25.idf(token) !== undefined,
        inTop,
        neutral: (token) => (/^[a-z]/.test(token) ? tokenize(token).length === 0 : isNeutralBigram(token)),
      },
    );
    let { covered: charCoverage, unknown: charUnknown } = byCharacter;
    if (pinyinTokens.length > 0) {
      // Typed pinyin is judged in syllables: the Latin words are unknown to the Han vocabulary.
      const pcovered =
        pinyinTokens.filter((t) => this.pinyinBm25.has(t, top.doc)).length / pinyinTokens.length;
      const pforeign =
        pinyinTokens.filter((t) => this.pinyinBm25.idf(t) === undefined).length / pinyinTokens.length;
      coverage = Math.max(coverage, pcovered);
      weightedCoverage = Math.max(weightedCoverage, pcovered);
      foreignShare = Math.min(foreignShare, pforeign);
      charCoverage = Math.max(charCoverage, pcovered);
      charUnknown = Math.min(charUnknown, pforeign);
    }
    return {
      score: top.score,
      bm25: top.bm25 / this.options.calibration.bm25Scale,
      alias: top.alias,
      coverage,
      weightedCoverage,
      foreign: foreignShare,
      foreignRun: pinyinTokens.length > 0 ? 0 : Math.min(1, this.longestForeignRun(chars, signals) / 4),
      margin: second ? (top.score - second.score) / top.score : 1,
      tokens: own.length,
      charCoverage,
      charUnknown,
    };
  }

  /**
   * The longest run of Han characters that no measure's text explains (公积金, 驾照): a salient
   * word the knowledge base does not know usually means the question is about something else.
   */
  private longestForeignRun(chars: readonly string[], signals: AliasSignals): number {
    const explained = new Array<boolean>(chars.length).fill(false);
    for (const s of signals.spans) for (let i = s.start; i < s.end; i++) explained[i] = true;
    for (let i = 0; i + 1 < chars.length; i++) {
      const bigram = chars[i]! + chars[i + 1]!;
      if (this.bm25.idf(bigram) !== undefined || isNeutralBigram(bigram))
        explained[i] = explained[i + 1] = true;
    }
    let longest = 0;
    let run = 0;
    chars.forEach((ch, i) => {
      run = /\p{Script=Han}/u.test(ch) && !explained[i] ? run + 1 : 0;
      longest = Math.max(longest, run);
    });
    return longest;
  }
}

/** The items mapped one at a time, as they are read. */
function* lazyMap<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/** A question typed in characters (a two-syllable sound-alike must keep one of its characters). */
const HAN_TYPED = /\p{Script=Han}/u;
const SENTENCE_END = /[。!?;]/;
/** How sure the last sentence alone must be to answer past an uncovered topic told before it. */
const ASKED_ALONE_CONFIDENCE = 0.75;

/** Syllable pairs of words every question here shares (上海, 企业, 政策, 怎么 …): they name no measure. */
const GENERIC_SYLLABLE_PAIRS = new Set(
  'shang_hai qi_ye zhong_xiao xiao_qi zheng_ce zhi_chi zen_me shen_me duo_shao shen_qing ke_yi gong_si wo_men you_mei mei_you'.split(
    ' ',
  ),
);

/** Adjacent syllable pairs (“zhi ping quan” → zhi_ping, ping_quan); a break ends a pair. */
function syllableBigrams(seq: PinyinSequence): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < seq.length; i++) {
    const a = seq[i];
    const b = seq[i + 1];
    if (a && b && !GENERIC_SYLLABLE_PAIRS.has(`${a}_${b}`)) out.push(`${a}_${b}`);
  }
  return out;
}

/** Every run of two or three Han characters inside the words (税费 in 税费支持): words the base uses. */
function wordsWithin(words: readonly string[]): Set<string> {
  const within = new Set<string>();
  for (const word of words)
    for (const run of word.match(/\p{Script=Han}+/gu) ?? [])
      for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= run.length; i++) within.add(run.slice(i, i + n));
  return within;
}

/** Whether the question has a Latin word of two or more pinyin syllables (zhipingquan, wufeng). */
function hasTypedPinyin(text: string): boolean {
  for (const [word] of text.matchAll(/[a-z]+/g)) {
    if ((splitPinyinWord(word)?.length ?? 0) >= 2) return true;
  }
  return false;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

// Finds the names of measures inside a question three ways: exactly (a title, alias or keyword
// occurs in the text), by sound (the same pinyin syllables: 无逢续贷, zhipingquan) and by one
// character off (算力卷, 专精特心). Each way gives every measure a strength in [0, 1].
import { normalizeText } from './normalizeQuery.js';
import type { PinyinSequence } from './pinyinSequence.js';
import { pinyinSequence } from './pinyinSequence.js';
import { TermTrie } from './termTrie.js';
import { isHan } from './tokenize.js';

export type NameKind = 'title' | 'alias' | 'keyword';

export interface NamedTarget {
  /** Index of the document (measure) the names belong to. */
  doc: number;
  names: readonly { text: string; kind: NameKind }[];
}

interface NameEntry {
  doc: number;
  text: string;
  /** Length in characters (code points). */
  length: number;
  kind: NameKind;
  syllables: string[];
}

export interface AliasSignals {
  /** Best exact hit per document. */
  exact: Map<number, number>;
  /** Best sound-alike hit per document (only where there is no exact hit). */
  sound: Map<number, number>;
  /** Best one-character-off hit per document (only where there is no exact hit). */
  fuzzy: Map<number, number>;
  /** Character spans [start, end) of the question covered by any hit, for coverage. */
  spans: { start: number; end: number; doc: number; exact: boolean }[];
}

const KIND_WEIGHT: Record<NameKind, number> = { title: 1, alias: 1, keyword: 0.6 };
/** Pinyin matching needs this many syllables: two-syllable names collide with everyday words. */
const MIN_SOUND_SYLLABLES = 3;
/** Fuzzy matching needs this many characters: 算力券 is the shortest name worth a typo. */
const MIN_FUZZY_CHARS = 3;

/** Longer names are more specific: 2 characters count 0.6, 4 or more count fully. */
function lengthWeight(chars: number): number {
  return Math.min(1, 0.4 + 0.15 * chars);
}

export class AliasMatcher {
  private readonly entries: NameEntry[] = [];
  private readonly trie = new TermTrie();
  /** First two syllables → entries, for sound-alike lookups. */
  private readonly bySyllable = new Map<string, NameEntry[]>();
  /** A name's first bigram (and, from four characters, its last) → the name, for one-off hits. */
  private readonly byBigram = new Map<string, { entry: NameEntry; last: boolean }[]>();

  constructor(targets: readonly NamedTarget[]) {
    for (const target of targets) {
      const seen = new Set<string>();
      for (const name of target.names) {
        const text = normalizeText(name.text);
        if (text.length < 2 || seen.has(text)) continue;
        seen.add(text);
        // Han characters are all in the Basic Multilingual Plane: a Han-only name's code units are its characters.
        const hanOnly = isHanOnly(text);
        const syllables =
          hanOnly && text.length >= MIN_SOUND_SYLLABLES
            ? (pinyinSequence(text).filter((s) => s !== null) as string[])
            : [];
        const length = hanOnly ? text.length : [...text].length;
        const entry: NameEntry = { doc: target.doc, text, length, kind: name.kind, syllables };
        this.entries.push(entry);
        this.trie.add(text, this.entries.length - 1);
        if (syllables.length >= MIN_SOUND_SYLLABLES)
          push(this.bySyllable, `${syllables[0]} ${syllables[1]}`, entry);
        // One substitution leaves the first bigram of a name intact, or (from four characters) the last.
        if (hanOnly && length >= MIN_FUZZY_CHARS) {
          push(this.byBigram, text.slice(0, 2), { entry, last: false });
          if (length >= 4) push(this.byBigram, text.slice(-2), { entry, last: true });
        }
      }
    }
  }

  get nameCount(): number {
    return this.entries.length;
  }

  match(text: string, syllables: PinyinSequence): AliasSignals {
    const exact = new Map<number, number>();
    const sound = new Map<number, number>();
    const fuzzy = new Map<number, number>();
    const spans: AliasSignals['spans'] = [];

    const hits = this.trie.findAll(text);
    for (const hit of hits) {
      const entry = this.entries[hit.value]!;
      // 数字化服务专员 (工赋伙伴) holds 服务专员 (another measure's name): the longer name is what was typed.
      const inside = hits.some(
        (other) =>
          other !== hit &&
          other.start <= hit.start &&
          other.end >= hit.end &&
          other.end - other.start > hit.end - hit.start &&
          this.entries[other.value]!.doc !== entry.doc,
      );
      if (inside) continue;
      keepMax(exact, entry.doc, KIND_WEIGHT[entry.kind] * lengthWeight(entry.length));
      spans.push({ start: hit.start, end: hit.end, doc: entry.doc, exact: true });
    }

    // Sound-alikes: a run of the question's syllables equals a name's syllables. A name is looked up
    // by its first two syllables, which also fix where it would start.
    for (let i = 0; i + 1 < syllables.length; i++) {
      if (!syllables[i] || !syllables[i + 1]) continue;
      for (const entry of this.bySyllable.get(`${syllables[i]} ${syllables[i + 1]}`) ?? []) {
        if (exact.has(entry.doc) || !syllablesAt(syllables, i, entry.syllables)) continue;
        keepMax(sound, entry.doc, 0.9 * KIND_WEIGHT[entry.kind] * lengthWeight(entry.length));
      }
    }

    // One character off: one substitution leaves a name's first bigram intact (or, from four
    // characters, its last), and that bigram fixes where the name would sit: only that window is
    // compared — on ten thousand entries, scanning every window of every candidate is the cost.
    const chars = [...text];
    const codes = chars.map((ch) => ch.codePointAt(0)!);
    // reach[i]: the furthest end of an exact name starting at or before i, so whether one covers a
    // window is a single look-up (a long question on a large base has hundreds of exact hits).
    const reach = new Int32Array(chars.length + 1);
    for (const s of spans) if (s.end > reach[s.start]!) reach[s.start] = s.end;
    for (let i = 1; i < reach.length; i++) if (reach[i - 1]! > reach[i]!) reach[i] = reach[i - 1]!;
    const found = new Set<NameEntry>();
    for (let i = 0; i + 1 < chars.length; i++) {
      for (const { entry, last } of this.byBigram.get(chars[i]! + chars[i + 1]!) ?? []) {
        if (found.has(entry) || exact.has(entry.doc)) continue;
        const start = last ? i + 2 - entry.length : i;
        if (start < 0 || !differsByOne(codes, start, entry)) continue;
        // Another measure's name typed in full there (企业上云) is not a typo of this one (企业上市).
        if (reach[start]! >= start + entry.length) continue;
        found.add(entry);
        keepMax(fuzzy, entry.doc, 0.8 * KIND_WEIGHT[entry.kind] * lengthWeight(entry.length));
        spans.push({ start, end: start + entry.length, doc: entry.doc, exact: false });
      }
    }
    return { exact, sound, fuzzy, spans };
  }
}

function isHanOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isHan(text.charCodeAt(i))) return false;
  return text.length > 0;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function keepMax(map: Map<number, number>, key: number, value: number): void {
  if (value > (map.get(key) ?? 0)) map.set(key, value);
}

/**
 * Whether the question's characters from `start` equal a (Han-only) name but for exactly one
 * character. Three-character names must keep their first two (算力卷 → 算力券), or any
 * three-character word would match.
 */
function differsByOne(codes: readonly number[], start: number, entry: NameEntry): boolean {
  const name = entry.text;
  if (start + name.length > codes.length) return false;
  let diff = 0;
  for (let j = 0; j < name.length && diff <= 1; j++) if (codes[start + j] !== name.charCodeAt(j)) diff++;
  return (
    diff === 1 &&
    (name.length > 3 || (codes[start] === name.charCodeAt(0) && codes[start + 1] === name.charCodeAt(1)))
  );
}

/** Whether `needle` occurs in `haystack` at `at`, syllable by syllable. */
function syllablesAt(haystack: PinyinSequence, at: number, needle: readonly string[]): boolean {
  if (at + needle.length > haystack.length) return false;
  for (let j = 0; j < needle.length; j++) if (haystack[at + j] !== needle[j]) return false;
  return true;
}

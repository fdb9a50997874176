// Finds measures from what people type into a search box before they finish a word: the initials
// of a name's pinyin (wfxd → 无缝续贷, zjtx → 专精特新) and the first characters of a name (无, 算力).
// Used where results update per keystroke (Teams' compose box); the question matcher (SearchEngine)
// is for whole questions and stays as it is.
import { pinyinPro } from './pinyinPro.js';
import type { Measure } from '../kb/schema.js';
import { normalizeQuery, normalizeText } from './normalizeQuery.js';

export interface InitialsMatch {
  id: string;
  /** Lower is better: an exact name, then a name's start, then initials, then keywords. */
  rank: number;
}

type NameKind = 'title' | 'alias' | 'keyword';

interface IndexedName {
  doc: number;
  kind: NameKind;
  /** The name normalised as questions are (Simplified, lower case), without spaces. */
  text: string;
  /** One letter per character: the pinyin initial of a Han character, a letter or digit as is. */
  initials: string;
}

const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const KIND_RANK: Record<NameKind, number> = { title: 0, alias: 1, keyword: 2 };

/** The initials of a name: 无缝续贷 → wfxd, AI算力券 → aislq; punctuation and spaces are skipped. */
export function initialsOf(text: string): string {
  const chars = [...text];
  const letters = pinyinPro().pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' });
  // pinyin-pro gives one entry per character, for Han and other characters alike.
  const aligned = letters.length === chars.length;
  return chars
    .map((c, i) => {
      if (HAN.test(c)) return aligned ? (letters[i] ?? '').toLowerCase() : '';
      return LETTER_OR_DIGIT.test(c) ? c.toLowerCase() : '';
    })
    .join('');
}

export class InitialsMatcher {
  private readonly names: IndexedName[] = [];

  constructor(private readonly measures: readonly Pick<Measure, 'id' | 'title' | 'aliases' | 'keywords'>[]) {
    measures.forEach((m, doc) => {
      const add = (name: string, kind: NameKind) => {
        const text = normalizeText(name).replace(/\s+/g, '');
        if (text) this.names.push({ doc, kind, text, initials: initialsOf(text) });
      };
      add(m.title, 'title');
      m.aliases.forEach((a) => add(a, 'alias'));
      m.keywords.forEach((k) => add(k, 'keyword'));
    });
  }

  /** Measures whose names start with the query or whose initials do, best first; [] for none. */
  match(query: string): InitialsMatch[] {
    const q = normalizeQuery(query).replace(/\s+/g, '');
    if (!q) return [];
    // Initials are letters only: a query with a Han character is matched by the names' starts.
    const asInitials = /^[a-z]+$/.test(q);
    const best = new Map<number, number>();
    for (const name of this.names) {
      let rank: number | undefined;
      if (name.text === q) rank = KIND_RANK[name.kind];
      else if (name.text.startsWith(q)) rank = 3 + KIND_RANK[name.kind];
      else if (asInitials && name.initials === q) rank = 6 + KIND_RANK[name.kind];
      else if (asInitials && name.initials.startsWith(q)) rank = 9 + KIND_RANK[name.kind];
      if (rank === undefined) continue;
      const previous = best.get(name.doc);
      if (previous === undefined || rank < previous) best.set(name.doc, rank);
    }
    return [...best]
      .sort(([docA, a], [docB, b]) => a - b || docA - docB)
      .map(([doc, rank]) => ({ id: this.measures[doc]!.id, rank }));
  }
}

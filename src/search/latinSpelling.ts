// Corrects misspelt English words (reserch, developement, subsidey) against the words the knowledge
// base uses, for a question that would otherwise be declined. Only words of six letters or more are
// corrected, by one edit (two from ten letters), to a known word of the same first letter: short
// words have too many neighbours, and a right word the knowledge does not use (customer) is seldom
// one edit from one it does — the few that are (parent and patient, one edit from patent) are kept.
import { editDistance } from './editDistance.js';

/** Words of the question this long or longer may be misspelt. */
const SHORTEST = 6;
/** Everyday words one edit from a word the knowledge uses (parent company is no patent company). */
const EVERYDAY = new Set(['parent', 'parents', 'patient', 'patients']);
/** From this length on, two edits. */
const TWO_EDITS = 10;

export class LatinSpelling {
  /** Known words by first letter, most used first (ties go to the commoner word). */
  private readonly byInitial = new Map<string, string[]>();
  private readonly known = new Set<string>();

  /** `texts`: everything the knowledge base says that a question may quote (lower-cased or not). */
  constructor(texts: Iterable<string>) {
    const counts = new Map<string, number>();
    for (const text of texts)
      for (const [w] of text.toLowerCase().matchAll(/[a-z]{3,}/g)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const words = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
    for (const w of words) {
      this.known.add(w);
      const list = this.byInitial.get(w[0]!) ?? [];
      list.push(w);
      this.byInitial.set(w[0]!, list);
    }
  }

  /** The nearest known word to `word`, or undefined when it is known, short, or near none. */
  private nearest(word: string): string | undefined {
    if (word.length < SHORTEST || this.known.has(word) || EVERYDAY.has(word)) return undefined;
    const max = word.length >= TWO_EDITS ? 2 : 1;
    let best: { word: string; d: number } | undefined;
    for (const candidate of this.byInitial.get(word[0]!) ?? []) {
      const d = editDistance(word, candidate, best ? best.d - 1 : max);
      if (d <= (best ? best.d - 1 : max)) best = { word: candidate, d };
      if (best?.d === 1) break;
    }
    return best?.word;
  }

  /** The text with its misspelt words corrected, or undefined when nothing needed correcting. */
  correct(text: string): string | undefined {
    let changed = false;
    const out = text.replace(/[a-z]+/gi, (w) => {
      const fixed = this.nearest(w.toLowerCase());
      if (!fixed) return w;
      changed = true;
      return fixed;
    });
    return changed ? out : undefined;
  }
}

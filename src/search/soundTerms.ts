// Terms found by how they sound: a term's toneless pinyin syllables met anywhere in a question's
// syllables. Catches what the characters miss — homophone typos (水电废 for 水电费) and pinyin typed
// without an IME (fangzu, shuidianfei) — for the topics the measures do not cover. Used only where a
// question would otherwise be declined, so a sound-alike never displaces an answer.
import { type PinyinSequence, pinyinSequence } from './pinyinSequence.js';

/** One syllable matches too much by chance (房 fang, 租 zu); two or more say the word. */
const SHORTEST = 2;

export class SoundTerms<V> {
  private readonly bySound = new Map<string, V>();
  private longest = 0;

  /** Adds a Chinese term (normalised); Latin terms and terms with a non-pinyin part are left out. */
  add(term: string, value: V): void {
    if (!/^\p{Script=Han}+$/u.test(term)) return;
    const syllables = pinyinSequence(term);
    if (syllables.length < SHORTEST || syllables.some((s) => s === null)) return;
    const key = syllables.join(' ');
    if (!this.bySound.has(key)) this.bySound.set(key, value);
    this.longest = Math.max(this.longest, syllables.length);
  }

  /**
   * The value of the longest term sounding in `syllables[0, end)` (the typed part of a question:
   * synonyms appended after it do not count), the earliest among equally long ones.
   */
  find(syllables: PinyinSequence, end = syllables.length): V | undefined {
    let best: { length: number; value: V } | undefined;
    for (let start = 0; start < end; start++) {
      const parts: string[] = [];
      for (let i = start; i < end && i - start < this.longest; i++) {
        const s = syllables[i];
        if (s === null || s === undefined) break;
        parts.push(s);
        if (parts.length < SHORTEST || (best && parts.length <= best.length)) continue;
        const value = this.bySound.get(parts.join(' '));
        if (value !== undefined) best = { length: parts.length, value };
      }
    }
    return best?.value;
  }
}

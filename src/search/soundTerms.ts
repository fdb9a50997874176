// Terms found by how they sound: a term's toneless pinyin syllables met anywhere in a question's
// syllables. Catches what the characters miss — homophone typos (水电废 for 水电费) and pinyin typed
// without an IME (fangzu, shuidianfei) — for the topics the measures do not cover. Used only where a
// question would otherwise be declined, so a sound-alike never displaces an answer.
import { type PinyinSequence, pinyinSequence } from './pinyinSequence.js';

/** One syllable matches too much by chance (房 fang, 租 zu); two or more say the word. */
const SHORTEST = 2;

export class SoundTerms<V> {
  private readonly bySound = new Map<string, { value: V; term: string }>();
  private longest = 0;

  /** Adds a Chinese term (normalised); Latin terms and terms with a non-pinyin part are left out. */
  add(term: string, value: V): void {
    if (!/^\p{Script=Han}+$/u.test(term)) return;
    const syllables = pinyinSequence(term);
    if (syllables.length < SHORTEST || syllables.some((s) => s === null)) return;
    const key = syllables.join(' ');
    if (!this.bySound.has(key)) this.bySound.set(key, { value, term });
    this.longest = Math.max(this.longest, syllables.length);
  }

  /**
   * The value of the longest term sounding in `syllables[0, end)` (the typed part of a question:
   * synonyms appended after it do not count), the earliest among equally long ones. `typed`: the
   * characters each syllable was read from, when the question was typed in characters — then a
   * two-syllable match must keep one of the term's characters (房祖 for 房租), since two syllables
   * meet across words by chance (那第一个 sounds like 拿地).
   */
  find(syllables: PinyinSequence, end = syllables.length, typed?: readonly string[]): V | undefined {
    let best: { length: number; value: V } | undefined;
    for (let start = 0; start < end; start++) {
      const parts: string[] = [];
      for (let i = start; i < end && i - start < this.longest; i++) {
        const s = syllables[i];
        if (s === null || s === undefined) break;
        parts.push(s);
        if (parts.length < SHORTEST || (best && parts.length <= best.length)) continue;
        const found = this.bySound.get(parts.join(' '));
        if (found === undefined) continue;
        if (
          typed &&
          parts.length === SHORTEST &&
          !typed.slice(start, i + 1).some((ch) => found.term.includes(ch))
        )
          continue;
        best = { length: parts.length, value: found.value };
      }
    }
    return best?.value;
  }
}

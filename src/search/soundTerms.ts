// Terms found by how they sound: a term's toneless pinyin syllables met anywhere in a question's
// syllables. Catches what the characters miss — homophone typos (水电废 for 水电费) and pinyin typed
// without an IME (fangzu, shuidianfei) — for the topics the measures do not cover. Used only where a
// question would otherwise be declined, so a sound-alike never displaces an answer.
import { type PinyinSequence, pinyinSequence } from './pinyinSequence.js';

/** One syllable matches too much by chance (房 fang, 租 zu); two or more say the word. */
const SHORTEST = 2;
/**
 * The commonest characters of written Chinese. In a two-syllable match typed in characters, the
 * character that differs from the term's is a typo only if it is not one of these: 才有钱 is not 油钱,
 * 交通管理 is not 通关 — the common character belongs to a word of its own.
 */
const EVERYDAY = new Set(
  '的一是不了人我在有他这中大来上个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手用主行方又如前所本见经头面公同已老从动两长知民样现分将外但身些与高意进把法此实回理点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山太水万市眼体别处总才场书比住员笑性通目报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许特觉望直服林题建南度统色字请交爱让认算论百吃义科怎元社术结功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运半候必城父强步完深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持音据离始',
);

export class SoundTerms<V> {
  private readonly bySound = new Map<string, { value: V; term: string }>();
  private longest = 0;

  /**
   * `known`: words the knowledge base uses as they are (税费 in 税费支持): typed in characters, such a
   * word is itself, not a sound-alike of a term (税费 is not 水费).
   */
  constructor(private readonly known: ReadonlySet<string> = new Set()) {}

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
   * two-syllable match must keep one of the term's characters (房祖 for 房租), and the other must not
   * be an everyday character, since two syllables meet across words by chance (那第一个 sounds like
   * 拿地, 才有钱 like 油钱).
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
        if (typed && this.known.has(typed.slice(start, i + 1).join(''))) continue;
        if (typed && parts.length === SHORTEST) {
          const chars = typed.slice(start, i + 1);
          if (!chars.some((ch) => found.term.includes(ch))) continue;
          if (chars.some((ch) => !found.term.includes(ch) && EVERYDAY.has(ch))) continue;
        }
        best = { length: parts.length, value: found.value };
      }
    }
    return best?.value;
  }
}

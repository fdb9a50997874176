// Reads pinyin typed without an IME (women zhao bu dao ren, shuifu tebie zhong) as the Han words it
// sounds like — only words the bot knows (the knowledge base's names, synonyms, topics and stated
// facts, and the everyday words its conversation readers look for) — so that a question typed in
// pinyin is read by the same rules as one typed in characters: 我们招不到人, 税负 tebie zhong.
// Whatever is not such a word stays as typed, and matching by sound still sees it.
import { pinyinPro } from './pinyinPro.js';
import { splitPinyinWord } from './pinyinSequence.js';

/** Longest word looked up, in syllables (上平台上云 is five, 市级技术改造专项 eight). */
const LONGEST_WORD = 10;
/** One syllable is too little to tell a word by (you, shi, ge): words have two or more. */
const SHORTEST_WORD = 2;
const LATIN_WORD = /[a-z\u00c0-\u024f\u1e00-\u1eff]+[1-5]?/giu;
/** After a figure, a unit typed in pinyin is the unit (80 wan → 80万, 3 ge ren → 3个人). */
const UNIT_AFTER_FIGURE =
  /(\d+(?:\.\d+)?)\s*(wanyuan|wan yuan|wanyi|wan yi|wan|yiyuan|yi yuan|yi|qianwan|qian wan|baiwan|bai wan|geren|ge ren|ge|jia|nian|tian|ren|kuai)(?![a-z])/giu;
const UNITS: Record<string, string> = {
  wanyuan: '万元',
  wanyi: '万亿',
  wan: '万',
  yiyuan: '亿元',
  yi: '亿',
  qianwan: '千万',
  baiwan: '百万',
  geren: '个人',
  ge: '个',
  jia: '家',
  nian: '年',
  tian: '天',
  ren: '人',
  kuai: '块',
};

/** A known word read from syllables [from, to) of a run. */
interface Match {
  from: number;
  to: number;
  han: string;
}

interface Reading {
  read: number;
  words: number;
  match?: Match;
  next: number;
}

interface LatinWord {
  start: number;
  end: number;
  syllables: string[] | undefined;
}

export class PinyinTranscriber {
  private index: Map<string, string> | undefined;

  /** `words`: Han words in order of preference (a sound two words share is read as the first). */
  constructor(private readonly words: Iterable<string>) {}

  /** The text with its typed-pinyin words read as the known Han words they sound like. */
  transcribe(text: string): string {
    if (!/[a-z]/i.test(text)) return text;
    const withUnits = text.replace(
      UNIT_AFTER_FIGURE,
      (_, figure: string, unit: string) => figure + UNITS[unit.toLowerCase().replace(' ', '')]!,
    );
    const words = latinWords(withUnits);
    // Most Latin words must be pinyin: in an English or mixed message (plan 两年内 IPO), pinyin-looking
    // words (women, change) are English.
    const pinyin = words.filter((w) => w.syllables).length;
    if (pinyin < 2 || pinyin * 5 < words.length * 4) return withUnits;
    let out = '';
    let at = 0;
    let lastEnd = -1;
    for (const run of runsOf(withUnits, words)) {
      for (const piece of this.readRun(run)) {
        const gap = withUnits.slice(at, piece.start);
        // Words read one after another join as characters do (wo yao tousu → 我要投诉).
        out += (at === lastEnd && /^\s+$/.test(gap) ? '' : gap) + piece.han;
        at = lastEnd = piece.end;
      }
    }
    return out + withUnits.slice(at);
  }

  /**
   * The known words that read one run of Latin words separated by spaces: the most syllables, and
   * of those the fewest words (women chang li is 我们 厂里, four syllables, not 我们厂 li). A word is
   * read in full or not at all: one the splitter cut wrongly, or a known word inside an unknown
   * one, stays as typed. Matches end where words end, so each becomes the span from its first
   * word's start to its last word's end.
   */
  private readRun(run: LatinWord[]): { start: number; end: number; han: string }[] {
    const index = this.lookup();
    const syllables: string[] = [];
    const wordOf: number[] = [];
    run.forEach((word, w) => {
      for (const s of word.syllables ?? ['']) {
        syllables.push(s);
        wordOf.push(w);
      }
    });
    const n = syllables.length;
    const startsWord = (i: number) => i === n || wordOf[i] !== wordOf[i - 1];
    // best[i]: the best reading of syllables[i…] — syllables read, words used, its first match (or
    // none: the word at i stays as typed) and where it goes on — or undefined where none exists:
    // i inside a word must be read on from there.
    const best: (Reading | undefined)[] = new Array(n + 1);
    best[n] = { read: 0, words: 0, next: n };
    for (let i = n - 1; i >= 0; i--) {
      let here: Reading | undefined;
      if (startsWord(i)) {
        let next = i + 1;
        while (!startsWord(next)) next++;
        const skipped = best[next];
        if (skipped) here = { read: skipped.read, words: skipped.words, next };
      }
      for (let len = SHORTEST_WORD; len <= LONGEST_WORD && i + len <= n; len++) {
        const rest = best[i + len];
        if (!rest) continue;
        const han = index.get(syllables.slice(i, i + len).join(' ')) ?? amountIn(syllables, i, i + len);
        if (!han) continue;
        const read = rest.read + len;
        const words = rest.words + 1;
        if (!here || read > here.read || (read === here.read && words < here.words))
          here = { read, words, match: { from: i, to: i + len, han }, next: i + len };
      }
      best[i] = here;
    }
    const out: { start: number; end: number; han: string }[] = [];
    for (let i = 0; i < n; i = best[i]!.next) {
      const match = best[i]!.match;
      if (match)
        out.push({
          start: run[wordOf[match.from]!]!.start,
          end: run[wordOf[match.to - 1]!]!.end,
          han: match.han,
        });
    }
    return out;
  }

  /** Syllables → Han word, built at the first message typed in pinyin (it reads every word's sound). */
  private lookup(): Map<string, string> {
    if (this.index) return this.index;
    const index = new Map<string, string>();
    const pinyin = pinyinPro();
    for (const word of this.words) {
      if (!/^\p{Script=Han}+$/u.test(word) || [...word].length < SHORTEST_WORD) continue;
      const sounds = pinyin.pinyin(word, { toneType: 'none', type: 'array', v: true });
      const key = sounds.join(' ');
      // ü is typed v or u (lvse, luse).
      for (const k of [key, key.replace(/v/g, 'u')]) if (!index.has(k)) index.set(k, word);
    }
    return (this.index = index);
  }
}

const NUMERALS: Record<string, string> = {
  ling: '零',
  yi: '一',
  er: '二',
  liang: '两',
  san: '三',
  si: '四',
  wu: '五',
  liu: '六',
  qi: '七',
  ba: '八',
  jiu: '九',
  shi: '十',
  bai: '百',
  qian: '千',
};

/** An amount spelled in pinyin numerals and 万 (qibai wan → 七百万, liangwan → 两万), or undefined. */
function amountIn(syllables: readonly string[], from: number, to: number): string | undefined {
  if (syllables[to - 1] !== 'wan') return undefined;
  let han = '';
  for (let i = from; i < to - 1; i++) {
    const numeral = NUMERALS[syllables[i]!];
    if (!numeral) return undefined;
    han += numeral;
  }
  return `${han}万`;
}

function latinWords(text: string): LatinWord[] {
  return [...text.matchAll(LATIN_WORD)].map((m) => {
    const word = m[0]
      .toLowerCase()
      .replace(/ü/g, 'v')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[1-5]$/, '');
    return { start: m.index, end: m.index + m[0].length, syllables: splitPinyinWord(word) };
  });
}

/** Words separated only by spaces or an apostrophe (xi'an) form one run. */
function runsOf(text: string, words: LatinWord[]): LatinWord[][] {
  const runs: LatinWord[][] = [];
  for (const word of words) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && /^[\s']+$/.test(text.slice(last.end, word.start))) run.push(word);
    else runs.push([word]);
  }
  return runs;
}

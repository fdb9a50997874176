// The figures a text states, in a form that is the same whichever language states them, so that a
// Chinese text and its English translation can be compared: 50万元 and 500,000 yuan both state
// 500000; 1.1万亿元 and 1.1 trillion yuan 1100000000000; 5% and 5 per cent a percentage 5;
// 2023年12月31日 and 31 December 2023 (or December 31, 2023) the day 2023-12-31; 2023年 and 2023 the
// number 2023. Chinese numeral words (六个方面) and English number words (six areas) are not figures
// and are not counted; {placeholders} are skipped.
//
// An English text may keep the source's Chinese beside a figure — 300,000 yuan (30万元),
// at least 100,000 yuan (不低于10万元) — so that the figure is visibly the source's: a bracketed gloss
// with Chinese characters right after English figures restates them and counts once, provided it
// states exactly those figures (a gloss that differs still counts, and makes the comparison fail).

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;

const CHINESE_SCALE: Readonly<Record<string, number>> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };
const ENGLISH_SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  bn: 1e9,
};

interface Token {
  value: string;
  start: number;
  end: number;
}

function pad(n: string | number): string {
  return String(n).padStart(2, '0');
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.toLowerCase()) + 1;
}

/** A number without floating-point noise: 1.1 × 1e12 → 1100000000000. */
function clean(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/**
 * Dates first (so that their parts are not read as numbers), then percentages, then numbers with
 * their scale. Each match is blanked out of the text so it is read once.
 */
function tokens(raw: string): Token[] {
  let text = raw.replace(/\{\w+\}/g, (m) => ' '.repeat(m.length));
  const found: Token[] = [];
  const take = (re: RegExp, value: (m: RegExpMatchArray) => string): void => {
    for (const m of [...text.matchAll(re)]) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      found.push({ value: value(m), start, end });
      text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
    }
  };
  // Days and months.
  take(/(\d{4})-(\d{2})-(\d{2})/g, (m) => `day ${m[1]}-${m[2]}-${m[3]}`);
  take(/(\d{4})年(\d{1,2})月(\d{1,2})[日号]/g, (m) => `day ${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`);
  take(/(\d{1,2})月(\d{1,2})[日号]/g, (m) => `day ${pad(m[1]!)}-${pad(m[2]!)}`);
  take(/(\d{4})年(\d{1,2})月/g, (m) => `month ${m[1]}-${pad(m[2]!)}`);
  take(/(\d{1,2})月(?!份?[\d])/g, (m) => `month ${pad(m[1]!)}`);
  take(new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'g'), (m) => {
    return `day ${m[3]}-${pad(monthOf(m[2]!))}-${pad(m[1]!)}`;
  });
  take(new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`, 'g'), (m) => {
    return `day ${m[3]}-${pad(monthOf(m[1]!))}-${pad(m[2]!)}`;
  });
  take(new RegExp(`\\b(\\d{1,2}) ${MONTH}\\b`, 'g'), (m) => `day ${pad(monthOf(m[2]!))}-${pad(m[1]!)}`);
  take(new RegExp(`\\b${MONTH} (\\d{1,2})\\b(?!,? ?\\d)`, 'g'), (m) => {
    return `day ${pad(monthOf(m[1]!))}-${pad(m[2]!)}`;
  });
  take(new RegExp(`\\b${MONTH},? (\\d{4})\\b`, 'g'), (m) => `month ${m[2]}-${pad(monthOf(m[1]!))}`);
  // Percentages.
  take(/(\d+(?:\.\d+)?)\s*(?:%|％|per ?cent\b)/g, (m) => `percent ${clean(Number(m[1]))}`);
  // Numbers with their scale: 50万, 1.1万亿, 3千, 6 million, 600k, 1,000.
  take(
    /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:(万亿|亿|万|千)|\s?(thousand|million|billion|trillion)\b|(k|m|bn)\b)?/g,
    (m) => {
      const n = Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`);
      const scale = m[3] ? CHINESE_SCALE[m[3]] : m[4] ? ENGLISH_SCALE[m[4]] : m[5] ? ENGLISH_SCALE[m[5]] : 1;
      return `number ${clean(n * (scale ?? 1))}`;
    },
  );
  return found.sort((a, b) => a.start - b.start);
}

/** Outermost bracketed groups that hold Chinese characters: glosses such as (30万元) or (保持1%(含)以下). */
function chineseGlosses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') {
      if (depth === 0) start = i;
      depth++;
    } else if ((ch === ')' || ch === '）') && depth > 0) {
      depth--;
      if (depth === 0 && /\p{Script=Han}/u.test(text.slice(start, i + 1))) out.push({ start, end: i + 1 });
    }
  }
  return out;
}

/** The figures a text states, sorted (a multiset): ['day 2023-12-31', 'number 500000', 'percent 5']. */
export function statedNumbers(text: string, options: { glosses?: boolean } = {}): string[] {
  const all = tokens(text);
  if (!options.glosses) return all.map((t) => t.value).sort();
  const dropped = new Set<Token>();
  for (const gloss of chineseGlosses(text)) {
    const inside = all.filter((t) => t.start >= gloss.start && t.end <= gloss.end);
    if (inside.length === 0) continue;
    const before = all.filter((t) => t.end <= gloss.start && !dropped.has(t)).slice(-inside.length);
    const first = before[0];
    const gap = first ? text.slice(before.at(-1)!.end, gloss.start) : '';
    const restates =
      before.length === inside.length &&
      !/\d/.test(gap) &&
      gap.length <= 40 &&
      before.map((t) => t.value).join('|') === inside.map((t) => t.value).join('|');
    if (restates) inside.forEach((t) => dropped.add(t));
  }
  return all
    .filter((t) => !dropped.has(t))
    .map((t) => t.value)
    .sort();
}

/** Chinese side: no glosses. English side: a Chinese gloss restating the figures before it counts once. */
export function sameFigures(zh: string, en: string): { zh: string[]; en: string[]; same: boolean } {
  const a = statedNumbers(zh);
  const b = statedNumbers(en, { glosses: true });
  return { zh: a, en: b, same: a.join('|') === b.join('|') };
}

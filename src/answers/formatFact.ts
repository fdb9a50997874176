// Writes a fact the way the source does: qualifiers such as 最高/不低于 before the figure and
// 以上/左右/(含)以下 after it — 最高50万元, 40%以上, 1%(含)以下. In English the figure reads in
// English with the source's own form beside it whenever that uses 万 or 亿, so the reader sees the
// very figure the source prints: up to 500,000 yuan (最高50万元), 20,000 or more (2万家以上).
import type { Fact } from '../kb/schema.js';
import { chineseDate } from '../kb/chineseDate.js';
import { englishDate } from '../kb/formatDate.js';
import type { Lang } from '../kb/language.js';
import { englishNumber, isAmountUnit, roundToFen } from '../eligibility/money.js';

const AFTER = new Set(['以上', '左右', '以下', '(含)以下', '（含）以下']);

/** How each qualifier of the knowledge base reads in English, around the figure ({x}). */
const ENGLISH_QUALIFIER: Readonly<Record<string, string>> = {
  最高: 'up to {x}',
  不低于: 'at least {x}',
  不少于: 'at least {x}',
  以上: '{x} or more',
  左右: 'about {x}',
  以下: '{x} or less',
  '(含)以下': '{x} or less',
  '（含）以下': '{x} or less',
  突破: 'over {x}',
  超: 'over {x}',
};

/** Counting units: the thing counted is in the label (企业数 → number of enterprises). */
const COUNT_UNIT_SCALE: Readonly<Record<string, { scale: number; noun: string }>> = {
  家: { scale: 1, noun: '' },
  万家: { scale: 10_000, noun: '' },
  个: { scale: 1, noun: '' },
  人: { scale: 1, noun: ' people' },
};

const MONEY_SCALE: Readonly<Record<string, number>> = { 元: 1, 万元: 1e4, 亿元: 1e8, 万亿元: 1e12 };

function chineseFigure(fact: Fact): string {
  if (fact.kind === 'date') return chineseDate(fact.date);
  const figure = `${fact.value}${fact.unit}`;
  if (!fact.qualifier) return figure;
  return AFTER.has(fact.qualifier) ? `${figure}${fact.qualifier}` : `${fact.qualifier}${figure}`;
}

/** The figure alone in English (500,000 yuan, 40%, 700, 200 people); undefined for a unit we do not know. */
function englishFigure(value: number, unit: string): string | undefined {
  if (unit === '%') return `${value}%`;
  if (isAmountUnit(unit)) return `${englishNumber(roundToFen(value * (MONEY_SCALE[unit] ?? 1)))} yuan`;
  const count = COUNT_UNIT_SCALE[unit];
  return count ? `${englishNumber(roundToFen(value * count.scale))}${count.noun}` : undefined;
}

export function formatFigure(fact: Fact, lang: Lang = 'zh'): string {
  const chinese = chineseFigure(fact);
  if (lang === 'zh') return chinese;
  if (fact.kind === 'date') return englishDate(fact.date);
  const english = fact.value !== undefined && fact.unit ? englishFigure(fact.value, fact.unit) : undefined;
  // A unit without an English reading is shown as the source prints it, never guessed.
  if (english === undefined) return chinese;
  const template = fact.qualifier ? (ENGLISH_QUALIFIER[fact.qualifier] ?? `${fact.qualifier} {x}`) : '{x}';
  const qualified = template.replace('{x}', english);
  return /[万亿]/.test(fact.unit ?? '') ? `${qualified} (${chinese})` : qualified;
}

/** “label:figure” in Chinese, “label: figure” in English (the fact's label is in the view's language). */
export function formatFact(fact: Fact, lang: Lang = 'zh'): string {
  return `${fact.label}${lang === 'en' ? ': ' : ':'}${formatFigure(fact, lang)}`;
}

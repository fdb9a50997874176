// Writes a day in the language of the answer: 2023-12-31 → 2023年12月31日 or 31 December 2023.
import { chineseDate } from './chineseDate.js';
import type { Lang } from './language.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 2023-12-31 → 31 December 2023 (text that is not a YYYY-MM-DD day is returned unchanged). */
export function englishDate(day: string | undefined): string {
  if (!day) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : day;
}

export function formatDate(day: string | undefined, lang: Lang): string {
  return lang === 'en' ? englishDate(day) : chineseDate(day);
}

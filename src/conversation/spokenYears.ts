// A year said digit by digit (二零二三年, 二〇二四年) — how voice input and formal writing give it — as
// the digits every reader of dates and targets looks for (2023年).
import { parseSmallNumber } from '../search/chineseNumber.js';

const SPOKEN_YEAR = /[零〇一二三四五六七八九]{4}(?=年)/gu;

/** The message with each year said digit by digit written in digits. */
export function spokenYears(text: string): string {
  return text.replace(SPOKEN_YEAR, (year) => [...year].map((digit) => parseSmallNumber(digit)).join(''));
}

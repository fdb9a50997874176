// A year said digit by digit (二零二三年, 二〇二四年) — how voice input and formal writing give it — as
// the digits every reader of dates and targets looks for (2023年).
const DIGIT: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const SPOKEN_YEAR = /[零〇一二三四五六七八九]{4}(?=年)/gu;

/** The message with each year said digit by digit written in digits. */
export function spokenYears(text: string): string {
  return text.replace(SPOKEN_YEAR, (year) => [...year].map((d) => DIGIT[d]).join(''));
}

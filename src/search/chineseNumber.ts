// Reads small numbers written in Arabic or Chinese numerals (8, 八, 十二, 二十八, 两), for “第8条”.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The value of a numeral below 100, or undefined when the text is not one. */
export function parseSmallNumber(text: string): number | undefined {
  if (/^\d{1,3}$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十]+$/.test(text)) return undefined;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? DIGITS[text] : undefined;
  if (text.indexOf('十', ten + 1) >= 0) return undefined;
  const tensPart = text.slice(0, ten);
  const onesPart = text.slice(ten + 1);
  const tens = tensPart === '' ? 1 : tensPart.length === 1 ? DIGITS[tensPart] : undefined;
  const ones = onesPart === '' ? 0 : onesPart.length === 1 ? DIGITS[onesPart] : undefined;
  if (tens === undefined || ones === undefined) return undefined;
  return tens * 10 + ones;
}

// Masks what identifies a person or an enterprise's money in text kept for maintainers: mainland
// mobile numbers, ID card numbers (and any other long run of digits: bank cards, landlines, licence
// numbers), e-mail addresses and amounts (600万, 1.5亿, 六百万元, 6,000,000, ¥5000) become
// placeholders. What maintainers need to improve matching — the words, 第8项, 2023年, 5% — stays.

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** 18-digit resident ID (last character may be X). */
const ID_NUMBER = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;
/** Mainland mobile, with or without +86 and with spaces or dashes: 138 1234 5678. */
const MOBILE = /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g;
const UNIT = '(?:千万|百万|万亿|亿|万|千|元|块|[wWkK](?![A-Za-z]))';
/** Amounts in digits: 600万, 1.5亿元, 6,000,000, 300w, ¥5000, 5000元. */
const AMOUNT_DIGITS = new RegExp(
  `[¥￥$]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s*${UNIT})*|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?:\\s*${UNIT})*|\\d+(?:\\.\\d+)?\\s*${UNIT}+(?:\\s*(?:元|人民币))?`,
  'g',
);
/** Amounts in Chinese numerals: 六百万元, 两千万, 一点五亿, 三十万块. */
const AMOUNT_HAN =
  /[零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千点]*(?:万亿|亿|万)(?:元|块)?|[零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿点]*(?:元|块钱|块)/g;
/** Other long digit runs (6 or more): bank cards, landlines, licence and order numbers. */
const LONG_DIGITS = /\d{6,}/g;

export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL, '[邮箱]')
    .replace(ID_NUMBER, '[身份证号]')
    .replace(MOBILE, '[手机号]')
    .replace(AMOUNT_DIGITS, '[金额]')
    .replace(AMOUNT_HAN, '[金额]')
    .replace(LONG_DIGITS, '[数字]');
}

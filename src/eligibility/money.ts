// Amounts in 元 and how they read in Chinese (30万元, 1.5亿元) or in English with the Chinese beside
// them (300,000 yuan (30万元)), so an English reader sees the very figure the source prints. Computed
// in 分 (integers), so the printed value is exactly the value: 12345678元 reads 1234.5678万元, never
// 1234.57万元.
import type { Lang } from '../kb/language.js';
import type { Money, MoneyUnit } from './schema.js';

const UNIT_YUAN: Readonly<Record<MoneyUnit, number>> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };

/** A money value of the knowledge base ({ value: 50, unit: 万元 }) in 元. */
export function moneyToYuan(money: Money): number {
  return roundToFen(money.value * UNIT_YUAN[money.unit]);
}

/** Rounds to the nearest 分 (0.01元), removing binary floating-point noise such as 0.07 × 1e8. */
export function roundToFen(yuan: number): number {
  return Math.round(yuan * 100) / 100;
}

/** `fen` (an integer) divided by 10^places, as a decimal string without trailing zeros. */
function shiftDecimal(fen: number, places: number): string {
  const digits = String(fen).padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/**
 * An amount in 元 as Chinese reads it: 300000 → 30万元, 150000000 → 1.5亿元, 6000 → 6000元,
 * 12345678 → 1234.5678万元. 亿 is used from 1亿元 when it needs at most four decimals, 万 from 1万元;
 * the value is never rounded beyond 分.
 */
export function formatYuan(yuan: number): string {
  if (!Number.isFinite(yuan)) throw new RangeError(`Expected a finite amount, got ${yuan}`);
  const sign = yuan < 0 ? '-' : '';
  const fen = Math.round(Math.abs(yuan) * 100);
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Amount too large to print exactly: ${yuan}`);
  if (fen >= 100_000_000 * 100) {
    const yi = shiftDecimal(fen, 10);
    if ((yi.split('.')[1] ?? '').length <= 4) return `${sign}${yi}亿元`;
  }
  if (fen >= 10_000 * 100) return `${sign}${shiftDecimal(fen, 6)}万元`;
  return `${sign}${shiftDecimal(fen, 2)}元`;
}

/** The units an amount of the knowledge base is printed in (facts also use 万亿元). */
export type AmountUnit = MoneyUnit | '万亿元';

const AMOUNT_UNIT_YUAN: Readonly<Record<AmountUnit, number>> = { ...UNIT_YUAN, 万亿元: 1_000_000_000_000 };

export function isAmountUnit(unit: string): unit is AmountUnit {
  return Object.hasOwn(AMOUNT_UNIT_YUAN, unit);
}

/** Thousands separated by commas: 6000000 → 6,000,000. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A number (of 元, or of anything counted) in English: digits with thousands separators up to the
 * hundreds of millions (6,000,000; 617,283.9), and “1.1 trillion” or “5 billion” from a billion on
 * when that needs at most three decimals. Never rounded beyond two decimals (分).
 */
export function englishNumber(yuan: number): string {
  if (!Number.isFinite(yuan)) throw new RangeError(`Expected a finite amount, got ${yuan}`);
  const sign = yuan < 0 ? '-' : '';
  const fen = Math.round(Math.abs(yuan) * 100);
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Amount too large to print exactly: ${yuan}`);
  for (const [places, word] of [
    [14, 'trillion'],
    [11, 'billion'],
  ] as const) {
    if (fen >= 10 ** places) {
      const scaled = shiftDecimal(fen, places);
      if ((scaled.split('.')[1] ?? '').length <= 3) return `${sign}${scaled} ${word}`;
    }
  }
  const [whole = '0', fraction] = shiftDecimal(fen, 2).split('.');
  return `${sign}${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`;
}

/**
 * An amount in the language of the answer. `value` is in `unit` (50, 万元); in Chinese it reads as
 * the source prints it (50万元; an amount in 元 as formatYuan writes it: 600万元); in English as yuan
 * with that Chinese form in brackets whenever it uses 万 or 亿 — 500,000 yuan (50万元),
 * 1.1 trillion yuan (1.1万亿元), 6,000 yuan.
 */
export function formatAmount(value: number, unit: AmountUnit, lang: Lang): string {
  const chinese = unit === '元' ? formatYuan(value) : `${value}${unit}`;
  if (lang === 'zh') return chinese;
  const english = `${englishNumber(roundToFen(value * AMOUNT_UNIT_YUAN[unit]))} yuan`;
  return /[万亿]/.test(chinese) ? `${english} (${chinese})` : english;
}

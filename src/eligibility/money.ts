// Amounts in 元 and how they read in Chinese (30万元, 1.5亿元). Computed in 分 (integers), so the
// printed value is exactly the value: 12345678元 reads 1234.5678万元, never 1234.57万元.
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

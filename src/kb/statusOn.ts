// Compares a measure's dated stages and targets with a given day, so the bot can say on
// 2026-11-26 that a 2023 stage ended. Days are Shanghai calendar days; `until` is inclusive.
import type { Measure, Validity } from './schema.js';

export type MeasureStatus = 'active' | 'ended' | 'target-year-passed';
export type ValidityStatus = 'in-force' | 'ended' | 'target-year-passed' | 'recurring' | 'undated';

// Made on first use: a time-zone formatter loads ICU's zone data (~40 ms at start-up).
let shanghaiDay: Intl.DateTimeFormat | undefined;
// Every turn asks for today; days change on a minute boundary, so the answer for a minute is kept.
let lastMinute = NaN;
let lastDay = '';

/** The Shanghai calendar day of an instant, as YYYY-MM-DD; strings in that form pass through. */
export function toShanghaiDay(date: Date | string): string {
  if (typeof date === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Expected a date as YYYY-MM-DD, got "${date}"`);
    return date;
  }
  const minute = Math.floor(date.getTime() / 60_000);
  if (minute !== lastMinute) {
    shanghaiDay ??= new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    lastDay = shanghaiDay.format(date);
    lastMinute = minute;
  }
  return lastDay;
}

export function validityStatusOn(validity: Validity, date: Date | string): ValidityStatus {
  if (validity.kind === 'recurring') return 'recurring';
  if (validity.until === undefined) return 'undated';
  if (toShanghaiDay(date) <= validity.until) return 'in-force';
  return validity.kind === 'stage' ? 'ended' : 'target-year-passed';
}

/**
 * A measure is `ended` when one of its dated stages has ended, `target-year-passed` when the year of
 * one of its targets is over, and `active` otherwise (including measures the source does not date).
 */
export function statusOn(measure: Pick<Measure, 'validity'>, date: Date | string): MeasureStatus {
  const statuses = measure.validity.map((v) => validityStatusOn(v, date));
  if (statuses.includes('ended')) return 'ended';
  if (statuses.includes('target-year-passed')) return 'target-year-passed';
  return 'active';
}

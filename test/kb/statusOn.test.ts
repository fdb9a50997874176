// statusOn compares the dated stages and targets of a measure with a day in Shanghai; the bot uses
// it to tell users on 2026-11-26 that a 2023 stage has ended, so the answers never have to.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/loadKnowledge.js';
import type { Measure } from '../../src/kb/schema.js';
import { statusOn, toShanghaiDay } from '../../src/kb/statusOn.js';

const kb = loadKnowledge();

function measure(id: string): Measure {
  const found = kb.measureById.get(id);
  if (!found) throw new Error(`No measure "${id}" in the knowledge base`);
  return found;
}

describe('statusOn', () => {
  const procurement = measure('gov-procurement');
  const voucher = measure('smart-manufacturing-voucher');

  it('keeps the government procurement stage active on its last day, 2023-12-31', () => {
    expect(statusOn(procurement, '2023-12-31')).toBe('active');
  });

  it('keeps it active at 2023-12-31T15:59:00Z, which is still 23:59 on 31 December in Shanghai', () => {
    expect(toShanghaiDay(new Date('2023-12-31T15:59:00Z'))).toBe('2023-12-31');
    expect(statusOn(procurement, new Date('2023-12-31T15:59:00Z'))).toBe('active');
  });

  it('ends it at 2023-12-31T16:00:00Z, which is already 1 January 2024 in Shanghai', () => {
    expect(statusOn(procurement, new Date('2023-12-31T16:00:00Z'))).toBe('ended');
  });

  it('reports the government procurement stage as ended on 2024-01-01 and on 2026-11-26', () => {
    expect(statusOn(procurement, '2024-01-01')).toBe('ended');
    expect(statusOn(procurement, '2026-11-26')).toBe('ended');
  });

  it('reports a 2023 target as active on 2023-06-01 and its target year as passed on 2024-01-01', () => {
    expect(statusOn(voucher, '2023-06-01')).toBe('active');
    expect(statusOn(voucher, '2024-01-01')).toBe('target-year-passed');
  });

  it('reports a measure the source does not date as active on any day', () => {
    const undated = measure('listing-equity');
    expect(undated.validity).toEqual([]);
    for (const day of ['2023-05-17', '2024-01-01', '2026-11-26'])
      expect(statusOn(undated, day)).toBe('active');
  });

  it('reports a measure stated per year (每年培育200人) as active on any day', () => {
    const recurring = measure('industry-elite');
    expect(recurring.validity.map((v) => v.kind)).toEqual(['recurring']);
    expect(statusOn(recurring, '2026-11-26')).toBe('active');
  });

  it('reports a target without an end date as active', () => {
    const target = { validity: [{ kind: 'target' as const, what: '目标', quote: '目标' }] };
    expect(statusOn(target, '2026-11-26')).toBe('active');
  });

  it('rejects a day that is not written as YYYY-MM-DD', () => {
    expect(() => statusOn(procurement, '2023/12/31')).toThrow(
      'Expected a date as YYYY-MM-DD, got "2023/12/31"',
    );
  });
});

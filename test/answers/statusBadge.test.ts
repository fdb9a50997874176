import { describe, expect, it } from 'vitest';
import { statusBadge } from '../../src/answers/statusBadge.js';
import type { Validity } from '../../src/kb/schema.js';
import { knowledge } from '../helpers/knowledge.js';

const replies = knowledge().replies;
const stage = (until?: string): Validity => ({
  kind: 'stage',
  what: '某阶段政策',
  quote: '原文',
  ...(until ? { until } : {}),
});
const target = (until: string): Validity => ({ kind: 'target', until, what: '某目标', quote: '原文' });
const recurring: Validity = { kind: 'recurring', what: '每年培育', quote: '原文' };

describe('statusBadge', () => {
  it('says a stage ended after its last day, and is in force until then (inclusive)', () => {
    expect(statusBadge(replies, { validity: [stage('2023-12-31')] }, '2024-01-01')).toEqual({
      kind: 'ended',
      text: '阶段已结束(截至2023年12月31日)',
    });
    expect(statusBadge(replies, { validity: [stage('2023-12-31')] }, '2023-12-31')).toEqual({
      kind: 'in-force',
      text: '执行中(至2023年12月31日)',
    });
  });

  it('says a target year passed, and lets an ended stage outweigh it', () => {
    expect(statusBadge(replies, { validity: [target('2023-12-31')] }, '2026-11-26').kind).toBe(
      'target-year-passed',
    );
    expect(
      statusBadge(replies, { validity: [target('2023-12-31'), stage('2023-06-30')] }, '2026-11-26').kind,
    ).toBe('ended');
  });

  it('never calls a measure the source does not date open or in force', () => {
    for (const validity of [[], [stage()]]) {
      const badge = statusBadge(replies, { validity }, '2026-11-26');
      expect(badge).toEqual({ kind: 'undated', text: replies.badge.undated });
      expect(badge.text).not.toMatch(/执行中|受理|开放/);
    }
    expect(statusBadge(replies, { validity: [recurring] }, '2026-11-26').kind).toBe('recurring');
  });

  it('gives every one of the 28 measures a badge on the test day', () => {
    const kinds = new Set(knowledge().measures.map((m) => statusBadge(replies, m, '2026-11-26').kind));
    expect(kinds).toEqual(new Set(['ended', 'target-year-passed', 'recurring', 'undated']));
  });
});

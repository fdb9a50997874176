import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, parseRecords } from '../../src/feedback/maintainerReport.js';
import { FileMaintainerLog, ResilientMaintainerLog } from '../../src/feedback/maintainerLog.js';
import { runYiqi } from '../helpers/runYiqi.js';

describe('maintainer records and yiqi report', () => {
  it('groups the same unanswered question however it was typed, and ranks feedback', () => {
    const report = buildReport([
      { type: 'unanswered', q: '社保卡补办', reason: 'low-confidence' },
      { type: 'unanswered', q: '社保卡補辦', reason: 'low-confidence' },
      { type: 'unanswered', q: '车辆购置税', reason: 'not-covered' },
      { type: 'feedback', measureId: 'seamless-renewal', useful: false },
      { type: 'feedback', measureId: 'seamless-renewal', useful: false },
      { type: 'feedback', measureId: 'rd-reward', useful: true },
      { type: 'low-confidence', q: '担保', measureId: 'financing-guarantee', confidence: 0.6 },
    ]);
    expect(report.counts).toEqual({ unanswered: 3, lowConfidence: 1, useful: 1, notUseful: 2 });
    expect(report.topUnanswered[0]).toEqual({ q: '社保卡补办', count: 2, reason: 'low-confidence' });
    expect(report.topUnanswered[1]).toEqual({ q: '车辆购置税', count: 1, reason: 'not-covered' });
    expect(report.negativeFeedback).toEqual([{ measureId: 'seamless-renewal', notUseful: 2, useful: 0 }]);
  });

  it('writes records as JSON lines to a file per day that parseRecords reads back, skipping a torn line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yiqi-log-'));
    const log = new FileMaintainerLog(join(dir, 'sub'), {
      retentionDays: 180,
      now: () => Date.parse('2026-11-26T08:00:00Z'),
    });
    await Promise.all([
      log.record({ type: 'unanswered', q: 'a', reason: 'low-confidence' }),
      log.record({ type: 'feedback', measureId: 'rd-reward', useful: true }),
    ]);
    const file = join(dir, 'sub', '2026-11-26.jsonl');
    const { readFileSync, appendFileSync } = await import('node:fs');
    appendFileSync(file, '{"type":"unans');
    expect(parseRecords(readFileSync(file, 'utf8'))).toHaveLength(2);
  });

  it('never lets a failing record break a conversation', async () => {
    const errors: unknown[] = [];
    const failing = { record: () => Promise.reject(new Error('disk full')) };
    await new ResilientMaintainerLog(failing, (e) => errors.push(e)).record({
      type: 'feedback',
      measureId: 'x',
      useful: true,
    });
    expect(errors).toHaveLength(1);
  });

  it('yiqi report prints the top unanswered questions and the measures with negative feedback', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yiqi-report-'));
    const lines = [
      { type: 'unanswered', q: '社保卡补办', reason: 'low-confidence' },
      { type: 'unanswered', q: '社保卡补办', reason: 'low-confidence' },
      { type: 'feedback', measureId: 'seamless-renewal', useful: false },
      { type: 'rating', subject: 12, level: 'satisfied' },
      { type: 'rating-comment', subject: 12, level: 'satisfied', comment: '回复很及时' },
      { type: 'rating', subject: 'checkup', level: 'dissatisfied' },
    ];
    writeFileSync(join(dir, 'maintainer-log.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const result = runYiqi(['report'], { env: { DATA_DIR: dir } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2 unanswered');
    expect(result.stdout).toMatch(/2\s+社保卡补办/);
    expect(result.stdout).toContain('第18项 无缝续贷');
    // Ratings beside the unanswered questions: counts per level, then the comments.
    expect(result.stdout).toContain('Satisfaction ratings (好差评): 2');
    expect(result.stdout).toMatch(/ {3}1 \/ 0 {4} 满意\n/);
    expect(result.stdout).toMatch(/ {3}0 \/ 1 {4} 不满意\n/);
    expect(result.stdout).toContain('request #12, 满意: 回复很及时');
  });

  it('counts ratings per level for service requests and check-ups, and lists comments latest first', () => {
    const report = buildReport([
      { type: 'rating', subject: 3, level: 'very-satisfied' },
      { type: 'rating', subject: 4, level: 'very-satisfied' },
      { type: 'rating', subject: 'checkup', level: 'very-satisfied' },
      { type: 'rating', subject: 'checkup', level: 'very-dissatisfied' },
      { type: 'rating-comment', subject: 'checkup', level: 'very-dissatisfied', comment: '问题太多' },
      { type: 'rating-comment', subject: 4, level: 'very-satisfied', comment: '很专业' },
    ]);
    expect(report.satisfaction.counts['very-satisfied']).toEqual({ requests: 2, checkups: 1 });
    expect(report.satisfaction.counts['very-dissatisfied']).toEqual({ requests: 0, checkups: 1 });
    expect(report.satisfaction.counts.basic).toEqual({ requests: 0, checkups: 0 });
    expect(report.satisfaction.comments.map((c) => c.comment)).toEqual(['很专业', '问题太多']);
  });
});

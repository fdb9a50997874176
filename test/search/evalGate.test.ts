// A regression gate on the labelled question sets: the figures `npm run eval` prints must not fall.
// Accuracy floors only, never timings. The floors sit a little under today's figures; on the held-out set
// they are the targets where those are met (top-1, rejection, false-decline) and today's figure where
// it is not yet (recall@3: 98.8%, target 99%).
import { describe, expect, it } from 'vitest';
import { readQuestions, score } from '../../scripts/evalQuestions.js';
import { searchEngine } from '../helpers/knowledge.js';

describe('matching accuracy on the labelled question sets', () => {
  it('has at least 400 questions, every measure asked at least 10 ways, 60+ out of scope', () => {
    const all = [...readQuestions('tune'), ...readQuestions('heldout')];
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(all.filter((q) => q.expect === 'none').length).toBeGreaterThanOrEqual(60);
    const perMeasure = new Map<string, number>();
    for (const q of all)
      if (!q.expect.includes(':') && q.expect !== 'none' && q.expect !== 'overview')
        perMeasure.set(q.expect, (perMeasure.get(q.expect) ?? 0) + 1);
    expect(perMeasure.size).toBe(28);
    for (const n of perMeasure.values()) expect(n).toBeGreaterThanOrEqual(10);
  });

  it('tuning set: top-1 ≥ 98%, recall@3 ≥ 99%, rejection ≥ 94%, false-decline ≤ 1%', () => {
    const { scores } = score(readQuestions('tune'), (q) => searchEngine().search(q));
    expect(scores.top1).toBeGreaterThanOrEqual(0.98);
    expect(scores.recall3).toBeGreaterThanOrEqual(0.99);
    expect(scores.rejection).toBeGreaterThanOrEqual(0.94);
    expect(scores.falseDecline).toBeLessThanOrEqual(0.01);
  });

  it('second held-out set: top-1 ≥ 97%, recall@3 ≥ 98%, rejection ≥ 88%, false-decline ≤ 2%', () => {
    const { scores } = score(readQuestions('heldout-2'), (q) => searchEngine().search(q));
    expect(scores.top1).toBeGreaterThanOrEqual(0.97);
    expect(scores.recall3).toBeGreaterThanOrEqual(0.98);
    expect(scores.rejection).toBeGreaterThanOrEqual(0.88);
    expect(scores.falseDecline).toBeLessThanOrEqual(0.02);
  });

  it('held-out set: top-1 ≥ 97%, recall@3 ≥ 98.5%, rejection ≥ 90%, false-decline ≤ 1%', () => {
    const { scores } = score(readQuestions('heldout'), (q) => searchEngine().search(q));
    expect(scores.top1).toBeGreaterThanOrEqual(0.97);
    expect(scores.recall3).toBeGreaterThanOrEqual(0.985);
    expect(scores.rejection).toBeGreaterThanOrEqual(0.9);
    expect(scores.falseDecline).toBeLessThanOrEqual(0.01);
  });
});

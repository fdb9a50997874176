// A regression gate on the labelled question sets: the figures `npm run eval` prints must not fall.
// Accuracy floors only, never timings. The floors sit a little under today's figures, and on the held-out
// sets never under the targets (top-1 ≥ 95%, recall@3 ≥ 99%, rejection ≥ 90%, false-decline ≤ 3%).
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

  // Floors per set: top-1, recall@3 and rejection at least, false-decline at most.
  it.each([
    { set: 'tune', top1: 0.98, recall3: 0.99, rejection: 0.95, falseDecline: 0.01 },
    { set: 'heldout-2', top1: 0.98, recall3: 0.99, rejection: 0.9, falseDecline: 0.02 },
    { set: 'heldout', top1: 0.98, recall3: 0.99, rejection: 0.925, falseDecline: 0.01 },
    { set: 'heldout-3', top1: 0.97, recall3: 0.99, rejection: 0.925, falseDecline: 0.01 },
  ] as const)(
    '$set set: top-1 ≥ $top1, recall@3 ≥ $recall3, rejection ≥ $rejection, false-decline ≤ $falseDecline',
    (floor) => {
      const { scores } = score(readQuestions(floor.set), (q) => searchEngine().search(q));
      expect(scores.top1).toBeGreaterThanOrEqual(floor.top1);
      expect(scores.recall3).toBeGreaterThanOrEqual(floor.recall3);
      expect(scores.rejection).toBeGreaterThanOrEqual(floor.rejection);
      expect(scores.falseDecline).toBeLessThanOrEqual(floor.falseDecline);
    },
  );
});

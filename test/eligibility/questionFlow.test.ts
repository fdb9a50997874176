// Which profile questions a check-up asks, in which order, and that it asks each at most once and
// only while the answer can still change an outcome or an amount.
import { describe, expect, it } from 'vitest';
import { nextQuestion, questionsFor } from '../../src/eligibility/evaluateMeasure.js';
import type { AnswerValue } from '../../src/eligibility/parseAnswer.js';
import type { Measure } from '../../src/kb/schema.js';
import { knowledge } from '../helpers/knowledge.js';

const kb = knowledge();
const measures = kb.measures;
const questions = kb.questions;

function measure(id: string): Measure {
  const found = kb.measureById.get(id);
  if (!found) throw new Error(`No measure "${id}"`);
  return found;
}

/** Runs a check-up with fixed answers by question id; returns the ids asked, in order. */
function interview(
  given: Readonly<Record<string, AnswerValue>>,
  today?: string,
  selection: readonly Measure[] = measures,
): string[] {
  const answers: Record<string, AnswerValue> = {};
  const skip: string[] = [];
  const asked: string[] = [];
  for (let q = nextQuestion(selection, questions, answers, { today, skip }); q;) {
    expect(asked, `"${q.id}" asked twice`).not.toContain(q.id);
    asked.push(q.id);
    const value = given[q.id];
    if (value === undefined) skip.push(q.id);
    else answers[q.id] = value;
    q = nextQuestion(selection, questions, answers, { today, skip });
  }
  return asked;
}

describe('questionsFor', () => {
  it('lists the questions of the given measures once each, in the order of eligibility.yaml', () => {
    const ids = questionsFor([measure('ai-compute-voucher'), measure('rd-reward')], questions).map(
      (q) => q.id,
    );
    expect(ids).toEqual([
      'is-high-tech',
      'first-time-sishang',
      'rd-last-year',
      'rents-compute',
      'compute-contract',
    ]);
  });

  it('lists a question shared by two measures once (needs-financing)', () => {
    const ids = questionsFor([measure('seamless-renewal'), measure('financing-guarantee')], questions).map(
      (q) => q.id,
    );
    expect(ids).toEqual(['needs-financing']);
  });

  it('covers every profile question for the whole knowledge base', () => {
    expect(questionsFor(measures, questions).map((q) => q.id)).toEqual(questions.map((q) => q.id));
  });

  it('asks nothing for universal measures', () => {
    expect(questionsFor([measure('spring-rain-tax')], questions)).toEqual([]);
  });
});

describe('nextQuestion', () => {
  it('starts with the first question of eligibility.yaml', () => {
    expect(nextQuestion(measures, questions, {})?.id).toBe('is-high-tech');
  });

  it('asks for last year’s R&D spending only of a high-tech enterprise first in “四上”', () => {
    const notHighTech = nextQuestion([measure('rd-reward')], questions, { 'is-high-tech': false });
    expect(notHighTech).toBeUndefined();
    const notFirst = nextQuestion([measure('rd-reward')], questions, {
      'is-high-tech': true,
      'first-time-sishang': false,
    });
    expect(notFirst).toBeUndefined();
    const both = nextQuestion([measure('rd-reward')], questions, {
      'is-high-tech': true,
      'first-time-sishang': true,
    });
    expect(both?.id).toBe('rd-last-year');
  });

  it('skips rd-last-year (and first-time-sishang, which no longer matters) when not high-tech', () => {
    const next = nextQuestion(measures, questions, { 'is-high-tech': false });
    expect(next?.id).toBe('specialized-status');
  });

  it('asks the contract amount only of an enterprise that rents computing power', () => {
    const voucher = [measure('ai-compute-voucher')];
    expect(nextQuestion(voucher, questions, { 'rents-compute': false })).toBeUndefined();
    expect(nextQuestion(voucher, questions, { 'rents-compute': true })?.id).toBe('compute-contract');
  });

  it('does not ask again a question the user skipped', () => {
    expect(nextQuestion(measures, questions, {}, { skip: ['is-high-tech'] })?.id).toBe('first-time-sishang');
  });

  it('does not ask about a measure that has ended on the given day', () => {
    const procurement = [measure('gov-procurement')];
    expect(nextQuestion(procurement, questions, {}, { today: '2026-11-26' })).toBeUndefined();
    expect(nextQuestion(procurement, questions, {}, { today: '2023-06-01' })?.id).toBe(
      'bids-public-projects',
    );
    expect(nextQuestion(procurement, questions, {})?.id).toBe('bids-public-projects');
  });

  it('asks a full profile once each, in order, then stops', () => {
    const all = {
      'is-high-tech': true,
      'first-time-sishang': true,
      'rd-last-year': 6_000_000,
      'specialized-status': 'new-giant',
      'scale-status': 'xiaoshenggui',
      'is-guishang-industrial': true,
      'retrofit-investment': 15_000_000,
      'rents-compute': true,
      'compute-contract': 8_000_000,
      'needs-financing': true,
      'bids-public-projects': true,
      'is-tech-sme': true,
      'has-transfer-recognition': true,
    };
    expect(interview(all, '2023-06-01')).toEqual(questions.map((q) => q.id));
    expect(interview(all, '2026-11-26')).toEqual(
      questions.map((q) => q.id).filter((id) => id !== 'bids-public-projects'),
    );
  });

  it('asks a short profile when the answers rule measures out', () => {
    const asked = interview(
      {
        'is-high-tech': false,
        'specialized-status': 'none',
        'scale-status': 'none',
        'is-guishang-industrial': false,
        'retrofit-investment': 0,
        'rents-compute': false,
        'needs-financing': false,
        'is-tech-sme': false,
      },
      '2026-11-26',
    );
    expect(asked).toEqual([
      'is-high-tech',
      'specialized-status',
      'scale-status',
      'is-guishang-industrial',
      'retrofit-investment',
      'rents-compute',
      'needs-financing',
      'is-tech-sme',
    ]);
  });

  it('ends even when every question is skipped, each asked once', () => {
    const asked = interview({}, '2023-06-01');
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked).not.toContain('rd-last-year');
    expect(asked).not.toContain('compute-contract');
  });
});

// An amount stated in a message of several needs (…去年研发投入600万，能拿多少) is worked out with the
// arithmetic below the sections or the partial answer, in text and on the card, as the calculation
// answer does for one measure.
import { describe, expect, it } from 'vitest';
import { composeSeveral } from '../../src/answers/composeSeveral.js';
import { renderAnswerText } from '../../src/answers/renderText.js';
import { partialCard } from '../../src/bot/cards/listCards.js';
import { severalCard } from '../../src/bot/cards/severalCard.js';
import { estimateBenefit } from '../../src/eligibility/estimateBenefit.js';
import { knowledge } from '../helpers/knowledge.js';

const TODAY = '2026-12-02';

describe('amounts worked out beside several needs', () => {
  const kb = knowledge();
  const rd = kb.measureById.get('rd-reward')!;
  const compute = kb.measureById.get('ai-compute-voucher')!;
  const estimate = estimateBenefit(rd, { 'rd-last-year': 6_000_000 }, kb)!;
  const tax = kb.notCovered.find((t) => t.id === 'personal-tax')!;

  it('shows the arithmetic below the sections', () => {
    const answer = composeSeveral(
      kb,
      [
        { kind: 'measure', measure: rd },
        { kind: 'measure', measure: compute },
      ],
      TODAY,
      { estimates: [estimate] },
    );
    expect(answer.type).toBe('several');
    const text = renderAnswerText(kb, answer);
    expect(text).toContain('600万元 × 5% = 30万元');
    expect(text).toContain(kb.replies.calculation.note);
    if (answer.type === 'several') expect(JSON.stringify(severalCard(kb, answer))).toContain('30万元');
  });

  it('keeps it in a partial answer', () => {
    const answer = composeSeveral(
      kb,
      [
        { kind: 'outside', label: tax.name, topicId: tax.id },
        { kind: 'measure', measure: rd },
      ],
      TODAY,
      { asOnePartial: true, estimates: [estimate] },
    );
    expect(answer.type).toBe('partial');
    expect(renderAnswerText(kb, answer)).toContain('600万元 × 5% = 30万元');
    if (answer.type === 'partial') expect(JSON.stringify(partialCard(kb, answer))).toContain('30万元');
  });

  it('adds nothing when no amount was stated', () => {
    const answer = composeSeveral(kb, [{ kind: 'measure', measure: rd }], TODAY);
    expect(renderAnswerText(kb, answer)).not.toContain(kb.replies.calculation.note);
  });
});

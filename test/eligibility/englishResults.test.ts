// The eligibility core in English: given the English view of the knowledge base, results, amounts,
// arithmetic, dates, prompts and the 服务包 are written in English, with every amount's Chinese
// form beside it; given the Chinese base, exactly what they were before.
import { describe, expect, it } from 'vitest';
import { runCheckup, servicePackageMarkdown, servicePackageText } from '../../src/eligibility/checkup.js';
import { evaluateMeasure } from '../../src/eligibility/evaluateMeasure.js';
import type { Answers } from '../../src/eligibility/parseAnswer.js';
import { formatAnswer, questionPrompt } from '../../src/eligibility/questionPrompt.js';
import { kbIn } from '../../src/kb/language.js';
import { knowledge } from '../helpers/knowledge.js';

const zh = knowledge();
const en = kbIn(zh, 'en');
const TODAY = '2026-11-26';

function evaluate(id: string, answers: Answers, kb = en, today = TODAY) {
  const measure = kb.measureById.get(id);
  if (!measure) throw new Error(`No measure "${id}"`);
  return evaluateMeasure(measure, answers, today, kb);
}

const HIGH_TECH_FIRST = { 'is-high-tech': true, 'first-time-sishang': true };

describe('evaluateMeasure in English', () => {
  it('shows the arithmetic with the Chinese form of every amount beside it', () => {
    const result = evaluate('rd-reward', { ...HIGH_TECH_FIRST, 'rd-last-year': 6_000_000 });
    expect(result.outcome).toBe('eligible');
    expect(result.benefit?.amountYuan).toBe(300_000);
    expect(result.benefit?.amountText).toBe('300,000 yuan (30万元)');
    expect(result.benefit?.arithmetic).toBe('6,000,000 yuan (600万元) × 5% = 300,000 yuan (30万元)');
    expect(result.reason).toBe(
      'A high-tech enterprise with valid status that becomes a “four-above” enterprise for the first time is one of the recipients the report names.',
    );
    expect(result.benefit?.text).toMatch(
      /^A one-off reward of 5% of the previous year's R&D spending, up to 500,000 yuan/,
    );
  });

  it('says when the cap applies', () => {
    const result = evaluate('rd-reward', { ...HIGH_TECH_FIRST, 'rd-last-year': 20_000_000 });
    expect(result.benefit?.amountText).toBe('500,000 yuan (50万元)');
    expect(result.benefit?.arithmetic).toBe(
      '20,000,000 yuan (2000万元) × 5% = 1,000,000 yuan (100万元), which is above the cap of 500,000 yuan (50万元), so 500,000 yuan (50万元) applies',
    );
  });

  it('says “up to” for a ceiling, and “at least” for a floor', () => {
    const voucher = evaluate('ai-compute-voucher', { 'rents-compute': true, 'compute-contract': 2_000_000 });
    expect(voucher.benefit?.amountText).toBe('up to 400,000 yuan (40万元)');
    expect(voucher.benefit?.arithmetic).toBe(
      'Support of up to 20% of the contract cost: 2,000,000 yuan (200万元) × 20% = 400,000 yuan (40万元)',
    );
    const giant = evaluate('specialized-sme', { 'specialized-status': 'new-giant' });
    expect(giant.benefit?.amountText).toBe('at least 300,000 yuan (30万元)');
  });

  it('says in English, with an English date, that a stage has ended', () => {
    const result = evaluate('gov-procurement', { 'bids-public-projects': true });
    expect(result.outcome).toBe('ended');
    expect(result.reason).toBe(
      'The share of government procurement of construction works reserved for SMEs, temporarily raised to 40% or more; this temporary policy ended on 31 December 2023.',
    );
    expect(evaluate('gov-procurement', { 'bids-public-projects': true }, en, '2023-06-01').outcome).toBe(
      'eligible',
    );
  });

  it('says in English that information is missing', () => {
    expect(evaluate('rd-reward', {}).reason).toBe('Not enough information to decide yet.');
  });

  it('decides exactly as in Chinese: same outcomes, amounts and missing answers for every measure', () => {
    const profiles: Answers[] = [
      {},
      {
        ...HIGH_TECH_FIRST,
        'rd-last-year': 6_000_000,
        'specialized-status': 'new-sme',
        'rents-compute': false,
      },
      { 'is-high-tech': false, 'scale-status': 'output-milestone', 'retrofit-investment': 15_000_000 },
      {
        'needs-financing': true,
        'bids-public-projects': true,
        'rents-compute': true,
        'compute-contract': 8_000_000,
      },
    ];
    for (const answers of profiles)
      for (const today of ['2023-06-01', TODAY])
        for (const m of zh.measures.filter((x) => x.eligibility)) {
          const a = evaluate(m.id, answers, zh, today);
          const b = evaluate(m.id, answers, en, today);
          expect([b.outcome, b.benefit?.amountYuan, b.unanswered]).toEqual([
            a.outcome,
            a.benefit?.amountYuan,
            a.unanswered,
          ]);
        }
  });

  it('writes the Chinese result exactly as before when given the Chinese base', () => {
    const result = evaluate('rd-reward', { ...HIGH_TECH_FIRST, 'rd-last-year': 6_000_000 }, zh);
    expect(result.benefit?.arithmetic).toBe('600万元 × 5% = 30万元');
    expect(evaluate('gov-procurement', {}, zh).reason).toBe(
      '政府采购工程面向中小企业的预留份额阶段性提高至40%以上,这一阶段性政策已于2023年12月31日结束。',
    );
  });
});

describe('prompts and answers in English', () => {
  it('numbers the options of a choice question', () => {
    const q = en.questionById.get('specialized-status')!;
    expect(questionPrompt(q, en)).toBe(
      [
        'Has your enterprise been newly recognised as an SRDI enterprise?',
        '1. Newly recognised SRDI “little giant” enterprise',
        '2. Newly recognised SRDI SME',
        '3. Neither',
      ].join('\n'),
    );
  });

  it('reads answers back in English', () => {
    expect(formatAnswer(en.questionById.get('is-high-tech')!, true, en)).toBe('Yes');
    expect(formatAnswer(en.questionById.get('is-high-tech')!, false, en)).toBe('No');
    expect(formatAnswer(en.questionById.get('rd-last-year')!, 6_000_000, en)).toBe(
      '6,000,000 yuan (600万元)',
    );
    expect(formatAnswer(en.questionById.get('specialized-status')!, 'none', en)).toBe('Neither');
    expect(formatAnswer(en.questionById.get('rd-last-year')!, undefined, en)).toBe('Not answered');
    expect(formatAnswer(zh.questionById.get('rd-last-year')!, 6_000_000, zh)).toBe('600万元');
  });
});

describe('the 服务包 in English', () => {
  const answers: Answers = {
    ...HIGH_TECH_FIRST,
    'rd-last-year': 6_000_000,
    'specialized-status': 'new-giant',
    'scale-status': 'xiaoshenggui',
    'is-guishang-industrial': true,
    'retrofit-investment': 15_000_000,
    'rents-compute': true,
    'compute-contract': 8_000_000,
    'needs-financing': false,
  };
  const pkg = runCheckup(en.measures, answers, TODAY, en);
  const text = servicePackageText(pkg, en, TODAY);

  it('groups the same measures as in Chinese', () => {
    const ids = (p: typeof pkg) =>
      [p.universal, p.targeted, p.possible, p.notEligible, p.ended].map((g) => g.map((e) => e.measureId));
    expect(ids(pkg)).toEqual(ids(runCheckup(zh.measures, answers, TODAY, zh)));
  });

  it('is written in English, with English headings, dates and amounts', () => {
    expect(
      text.startsWith(
        'Policy service package\nDate: 26 November 2026\nBased on: Several Measures of Shanghai',
      ),
    ).toBe(true);
    expect(text).toContain('[1. Enterprise profile]');
    expect(text).toContain('· R&D spending last year: 6,000,000 yuan (600万元)');
    expect(text).toContain(
      'R&D spending reward (No. 3; Article (二) of the official notice): 300,000 yuan (30万元)',
    );
    expect(text).toContain('   6,000,000 yuan (600万元) × 5% = 300,000 yuan (30万元)');
    expect(text).toContain('AI computing power voucher (No. 8): up to 1,600,000 yuan (160万元)');
    expect(text).toContain(
      'SRDI rewards (No. 1; Article (一) of the official notice): at least 300,000 yuan (30万元)',
    );
    expect(text).toMatch(
      /Government procurement share reserved for SMEs \(No\. 14\): .*ended on 31 December 2023\./,
    );
    expect(text).toContain("· Your district's SME service specialist (中小企业服务专员): ");
    expect(text).toContain('they are not the official article numbers');
    expect(text).not.toMatch(/【|】|第\d+项|、/);
  });

  it('is in English as Markdown too', () => {
    const md = servicePackageMarkdown(pkg, en, TODAY);
    expect(md.startsWith('# Policy service package\n\n- **Date**: 26 November 2026\n')).toBe(true);
    expect(md).toContain('## 3. Policies that fit your enterprise');
    expect(md).toContain(
      '**R&D spending reward (No. 3; Article (二) of the official notice)**: 300,000 yuan (30万元)',
    );
  });
});

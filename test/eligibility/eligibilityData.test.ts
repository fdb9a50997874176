// The eligibility data as the source of truth requires: every figure in a reason or benefit text is a
// figure of the measure's own facts, the profile questions are short and refer to real glossary
// terms, and the eligibility core stays free of the Bot Framework.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../helpers/knowledge.js';
import { projectRoot } from '../helpers/paths.js';

const kb = knowledge();
const withRules = kb.measures.filter((m) => m.eligibility);

/** Arabic numbers in a text (40%, 1.2万亿元, 2023年): the figures it states. */
function numbers(text: string): number[] {
  return [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

describe('the eligibility texts', () => {
  it.each(withRules.map((m) => [m.id, m] as const))(
    'of %s state only figures of its facts',
    (_id, measure) => {
      const figures = new Set<number>();
      for (const fact of measure.facts) {
        if (fact.value !== undefined) figures.add(fact.value);
        if (fact.date !== undefined) figures.add(Number(fact.date.slice(0, 4)));
      }
      const texts = (measure.eligibility?.rules ?? []).flatMap((r) => [r.reason, r.benefit?.text ?? '']);
      const unknown = texts.flatMap((t) =>
        numbers(t)
          .filter((n) => !figures.has(n))
          .map((n) => `${n} in “${t}”`),
      );
      expect(unknown).toEqual([]);
    },
  );

  it('never call a floor a maximum (不低于 is a floor set by the district)', () => {
    const floors = withRules.flatMap((m) =>
      (m.eligibility?.rules ?? []).flatMap((r) => (r.benefit?.kind === 'floor' ? [r.benefit.text] : [])),
    );
    expect(floors.length).toBeGreaterThan(0);
    for (const text of floors) {
      expect(text).toContain('不低于');
      expect(text).not.toContain('最高');
    }
  });

  it('say for support without an amount that the source gives none or who decides it', () => {
    const unspecified = withRules.flatMap((m) =>
      (m.eligibility?.rules ?? []).flatMap((r) =>
        r.benefit?.kind === 'unspecified' ? [`${m.id}: ${r.benefit.text}`] : [],
      ),
    );
    const silent = unspecified.filter((t) => !/未给出|未列出|未说明|以.*为准/.test(t));
    expect(silent).toEqual([]);
  });

  it('give every measure that the brief names a rule set', () => {
    expect(withRules.map((m) => m.id).sort()).toEqual(
      [
        'ai-compute-voucher',
        'financing-guarantee',
        'gov-procurement',
        'job-stabilization',
        'rd-reward',
        'relief-specialists',
        'scale-up',
        'seamless-renewal',
        'service-network',
        'smart-manufacturing-voucher',
        'specialized-sme',
        'spring-rain-tax',
        'tech-achievements',
        'tech-retrofit',
      ].sort(),
    );
  });
});

describe('the profile questions', () => {
  it('are short (at most 45 characters) and end with a question mark or a hint in brackets', () => {
    for (const q of kb.questions) {
      expect([...q.text].length, q.id).toBeLessThanOrEqual(45);
      expect(q.text, q.id).toMatch(/[?)]/);
    }
  });

  it('refer to glossary terms that exist', () => {
    const glossary = new Set(kb.glossary.map((g) => g.id));
    for (const q of kb.questions) if (q.glossary) expect(glossary.has(q.glossary), q.id).toBe(true);
  });

  it('are each used by at least one measure', () => {
    const used = new Set(withRules.flatMap((m) => m.eligibility?.asks ?? []));
    expect(kb.questions.map((q) => q.id).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('src/eligibility', () => {
  it('imports nothing from the Bot Framework, the bot or the dialogs', () => {
    const dir = join(projectRoot, 'src', 'eligibility');
    const offending = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) =>
        /from '(botbuilder[^']*|\.\.\/bot\/[^']*|\.\.\/\.\.\/dialogs\/[^']*)'/.test(
          readFileSync(join(dir, f), 'utf8'),
        ),
      );
    expect(offending).toEqual([]);
  });
});

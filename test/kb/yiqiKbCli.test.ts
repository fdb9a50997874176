// `yiqi kb check` and `yiqi kb export`, run from the TypeScript source as a user would run them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeCopy } from './helpers/knowledgeCopy.js';
import { runYiqi } from '../helpers/runYiqi.js';

describe('yiqi kb check', () => {
  it('exits 0 and reports 28 measures for the real knowledge base', () => {
    const result = runYiqi(['kb', 'check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^knowledge base OK \(sh-sme-2023\/r\d+\): 28 measures in 6 areas, /);
    expect(result.stdout).toContain('; English complete: every text of the 28 measures');
  });

  describe('with a broken knowledge folder as argument', () => {
    let copy: KnowledgeCopy;
    beforeAll(() => {
      copy = new KnowledgeCopy();
      copy.editYaml('measures/rd-reward.yaml', (doc) => doc.setIn(['facts', 0, 'value'], '5%'));
    });
    afterAll(() => {
      copy.remove();
    });

    it('exits 1 and prints the error with the file, the field path and the bad value', () => {
      const result = runYiqi(['kb', 'check', copy.dir]);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('The knowledge base is invalid (1 problem):');
      expect(result.stderr).toContain(
        '[kb] knowledge/measures/rd-reward.yaml facts[0].value: expected number, got "5%"',
      );
    });
  });

  it('exits 2 with the usage for an unknown sub-command', () => {
    const result = runYiqi(['kb', 'frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: yiqi kb check');
  });
});

describe('yiqi kb export', () => {
  it('prints one JSON document whose measures array has the 28 measures', () => {
    const result = runYiqi(['kb', 'export']);
    expect(result.status).toBe(0);
    const exported = JSON.parse(result.stdout) as { measures: { id: string; number: number }[] };
    expect(exported.measures).toHaveLength(28);
    expect(exported.measures.map((m) => m.number)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });

  it("includes the English: each item's en fields, and the English replies and eligibility texts", () => {
    const exported = JSON.parse(runYiqi(['kb', 'export']).stdout) as {
      measures: { id: string; en?: { title: string }; facts: { en?: { label: string } }[] }[];
      areas: { en?: { shortTitle: string } }[];
      en: {
        replies: { measure: { numberLabel: string } };
        eligibilityTexts: { pkg: { title: string } };
      } | null;
    };
    const rd = exported.measures.find((m) => m.id === 'rd-reward');
    expect(rd?.en?.title).toBe('R&D spending reward');
    expect(rd?.facts[1]?.en?.label).toBe('Reward cap');
    expect(exported.areas[0]?.en?.shortTitle).toBe('Innovation');
    expect(exported.en?.replies.measure.numberLabel).toBe('No. {number}');
    expect(exported.en?.eligibilityTexts.pkg.title).toBe('Policy service package');
  });
});

// The cross-checks of the eligibility data: each test breaks one rule in a scratch copy of the
// knowledge base, and the loader must name the measure file, the field path and what is wrong.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkEligibilityReferences } from '../../src/eligibility/checkReferences.js';
import { KnowledgeCopy } from '../kb/helpers/knowledgeCopy.js';
import { knowledge } from '../helpers/knowledge.js';

const RD_REWARD = 'knowledge/measures/rd-reward.yaml';
const ELIGIBILITY = 'knowledge/eligibility.yaml';

describe('checkEligibilityReferences on the real knowledge base', () => {
  it('finds no problem', () => {
    const kb = knowledge();
    expect(checkEligibilityReferences(kb.questions, kb.measures)).toEqual([]);
  });
});

describe('the loader on broken eligibility data', () => {
  let copy: KnowledgeCopy;
  beforeEach(() => {
    copy = new KnowledgeCopy();
  });
  afterEach(() => {
    copy.remove();
  });

  it('names the measure file and the path of an unknown question id in a rule', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) =>
      doc.setIn(['eligibility', 'rules', 0, 'when', 'all', 0, 'q'], 'is-hightech'),
    );
    const error = copy.loadError();
    expect(error.issues).toEqual([
      {
        file: RD_REWARD,
        path: 'eligibility.rules[0].when.all[0].q',
        message: 'unknown question "is-hightech"',
      },
    ]);
    expect(error.message).toContain(
      '[kb] knowledge/measures/rd-reward.yaml eligibility.rules[0].when.all[0].q: unknown question "is-hightech"',
    );
  });

  it('names an unknown question in asks', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) => doc.setIn(['eligibility', 'asks', 2], 'rd-spending'));
    expect(copy.loadError().issues).toEqual([
      { file: RD_REWARD, path: 'eligibility.asks[2]', message: 'unknown question "rd-spending"' },
      {
        file: RD_REWARD,
        path: 'eligibility.rules[0].benefit.question',
        message: '"rd-last-year" is not in asks',
      },
    ]);
  });

  it('rejects a rule that tests a question the measure does not ask', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) =>
      doc.setIn(['eligibility', 'rules', 1, 'when', 'q'], 'rents-compute'),
    );
    expect(copy.loadError().issues).toEqual([
      { file: RD_REWARD, path: 'eligibility.rules[1].when', message: '"rents-compute" is not in asks' },
    ]);
  });

  it('rejects a yes/no test of an amount question', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) =>
      doc.setIn(['eligibility', 'rules', 1, 'when', 'q'], 'rd-last-year'),
    );
    expect(copy.loadError().issues).toEqual([
      {
        file: RD_REWARD,
        path: 'eligibility.rules[1].when',
        message: '"is" needs a yes/no question, "rd-last-year" is amount',
      },
    ]);
  });

  it('rejects a choice that is not one of the question’s options', () => {
    copy.editYaml('measures/specialized-sme.yaml', (doc) =>
      doc.setIn(['eligibility', 'rules', 0, 'when', 'in', 0], 'giant'),
    );
    expect(copy.loadError().issues).toEqual([
      {
        file: 'knowledge/measures/specialized-sme.yaml',
        path: 'eligibility.rules[0].when.in[0]',
        message: '"giant" is not an option of "specialized-status"',
      },
    ]);
  });

  it('rejects a rate that is not a fact of the measure (no invented figure)', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) =>
      doc.setIn(['eligibility', 'rules', 0, 'benefit', 'rate'], 6),
    );
    expect(copy.loadError().issues).toEqual([
      {
        file: RD_REWARD,
        path: 'eligibility.rules[0].benefit.rate',
        message: '6% is not among the facts of this measure',
      },
    ]);
  });

  it('rejects a cap, a floor or a threshold that is not a fact of the measure', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) =>
      doc.setIn(['eligibility', 'rules', 0, 'benefit', 'cap', 'value'], 60),
    );
    copy.editYaml('measures/specialized-sme.yaml', (doc) =>
      doc.setIn(['eligibility', 'rules', 1, 'benefit', 'amount', 'unit'], '元'),
    );
    copy.editYaml('measures/tech-retrofit.yaml', (doc) =>
      doc.setIn(['eligibility', 'rules', 0, 'when', 'gte', 'value'], 1500),
    );
    expect(copy.loadError().issues).toEqual([
      {
        file: RD_REWARD,
        path: 'eligibility.rules[0].benefit.cap',
        message: '60万元 is not among the facts of this measure',
      },
      {
        file: 'knowledge/measures/specialized-sme.yaml',
        path: 'eligibility.rules[1].benefit.amount',
        message: '10元 is not among the facts of this measure',
      },
      {
        file: 'knowledge/measures/tech-retrofit.yaml',
        path: 'eligibility.rules[0].when.gte',
        message: '1500万元 is not among the facts of this measure',
      },
    ]);
  });

  it('requires a benefit for an eligible outcome and a last rule without a condition', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) => {
      doc.deleteIn(['eligibility', 'rules', 0, 'benefit']);
      doc.setIn(['eligibility', 'rules', 3, 'when'], doc.createNode({ q: 'is-high-tech', is: false }));
    });
    expect(copy.loadError().issues).toEqual([
      {
        file: RD_REWARD,
        path: 'eligibility.rules[0]',
        message: 'an eligible or possible outcome needs a benefit',
      },
      {
        file: RD_REWARD,
        path: 'eligibility.rules[3]',
        message: 'the last rule must have no "when" (the fallback)',
      },
    ]);
  });

  it('rejects an askIf that tests a question asked later, in knowledge/eligibility.yaml', () => {
    copy.editYaml('eligibility.yaml', (doc) =>
      doc.setIn(['questions', 2, 'askIf'], doc.createNode({ q: 'needs-financing', is: true })),
    );
    expect(copy.loadError().issues).toEqual([
      {
        file: ELIGIBILITY,
        path: 'questions[2].askIf',
        message: 'askIf tests "needs-financing", which is not asked before "rd-last-year"',
      },
    ]);
  });

  it('reports a malformed rule through the schema, with its path', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) =>
      doc.setIn(['eligibility', 'rules', 0, 'outcome'], 'maybe'),
    );
    const issues = copy.loadError().issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: RD_REWARD, path: 'eligibility.rules[0].outcome' });
  });
});

// Malformed knowledge files: the loader reports exactly what is wrong (file, field path, message)
// and never returns a half-loaded base. Each test breaks one file of a scratch copy of knowledge/.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/kb/knowledgeError.js';
import { loadKnowledge } from '../../src/kb/loadKnowledge.js';
import { KnowledgeCopy } from './helpers/knowledgeCopy.js';

const RD_REWARD = 'knowledge/measures/rd-reward.yaml';

describe('loading a malformed knowledge base', () => {
  let copy: KnowledgeCopy;
  beforeEach(() => {
    copy = new KnowledgeCopy();
  });
  afterEach(() => {
    copy.remove();
  });

  it('succeeds on an untouched copy, so every failure below comes from the one broken file', () => {
    expect(loadKnowledge(copy.dir).measures).toHaveLength(28);
  });

  it('names the file, the field path and "expected number" when a fact value is a string', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) => doc.setIn(['facts', 0, 'value'], '5%'));
    const error = copy.loadError();
    expect(error.issues).toEqual([
      { file: RD_REWARD, path: 'facts[0].value', message: 'expected number, got "5%"' },
    ]);
    expect(error.message).toContain(
      '[kb] knowledge/measures/rd-reward.yaml facts[0].value: expected number, got "5%"',
    );
    expect(error.message).toMatch(/^The knowledge base is invalid \(1 problem\):\n/);
  });

  it('rejects a measure file whose id is not one of the 28 fixed ids', () => {
    copy.deriveYaml('measures/rd-reward.yaml', 'measures/startup-loan.yaml', (doc) =>
      doc.set('id', 'startup-loan'),
    );
    expect(copy.loadError().issues).toEqual([
      {
        file: 'knowledge/measures/startup-loan.yaml',
        path: 'id',
        message: 'unknown measure id "startup-loan" (not one of the 28 fixed ids of sh-sme-2023)',
      },
    ]);
  });

  it('rejects two files with the same id, naming both files', () => {
    copy.write('measures/rd-reward-copy.yaml', copy.read('measures/rd-reward.yaml'));
    expect(copy.loadError().issues).toEqual([
      {
        file: 'knowledge/measures/rd-reward-copy.yaml',
        path: 'id',
        message: 'id "rd-reward" does not match the file name',
      },
      {
        file: RD_REWARD,
        path: 'id',
        message: 'duplicate id "rd-reward" (also in knowledge/measures/rd-reward-copy.yaml)',
      },
    ]);
  });

  it('reports a missing required field such as the summary', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) => doc.delete('summary'));
    expect(copy.loadError().issues).toEqual([
      { file: RD_REWARD, path: 'summary', message: 'required field is missing (expected string)' },
    ]);
  });

  it('reports an unknown field, such as a web address the schema has no place for', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) =>
      doc.setIn(['howToApply', 'url'], 'https://example.org'),
    );
    expect(copy.loadError().issues).toEqual([
      { file: RD_REWARD, path: 'howToApply', message: 'unknown field "url"' },
    ]);
  });

  it('reports a related measure id that does not exist', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) => doc.setIn(['related', 0], 'no-such-measure'));
    expect(copy.loadError().issues).toEqual([
      { file: RD_REWARD, path: 'related[0]', message: 'unknown measure id "no-such-measure"' },
    ]);
  });

  it('reports an unknown area, and that it is not the area the fixed list gives', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) => doc.set('area', 'export'));
    expect(copy.loadError().issues).toEqual([
      { file: RD_REWARD, path: 'area', message: 'unknown area "export"' },
      { file: RD_REWARD, path: 'area', message: 'expected "innovation", got "export"' },
    ]);
  });

  it('reports a file that is not valid YAML, and nothing else', () => {
    copy.write('measures/rd-reward.yaml', 'id: rd-reward\nfacts: [unclosed\n');
    const issues = copy.loadError().issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: RD_REWARD, path: '' });
    expect(issues[0]?.message).toMatch(/^not valid YAML: /);
  });

  it("rejects a one-character not-covered term, and one that is also a measure's name", () => {
    copy.editYaml('not-covered.yaml', (doc) => {
      doc.setIn(['topics', 0, 'terms', 0], '税');
      doc.setIn(['topics', 0, 'terms', 1], '无缝续贷');
    });
    expect(copy.loadError().issues).toEqual([
      {
        file: 'knowledge/not-covered.yaml',
        path: 'topics[0].terms[0]',
        message: 'a term needs at least 2 characters (got "税")',
      },
    ]);
    copy.editYaml('not-covered.yaml', (doc) => doc.setIn(['topics', 0, 'terms', 0], '专利年费'));
    expect(copy.loadError().issues).toEqual([
      {
        file: 'knowledge/not-covered.yaml',
        path: 'topics[0].terms[1]',
        message: '"无缝续贷" is also a name of measure "seamless-renewal"',
      },
    ]);
  });

  it('lists the problems of several broken files together', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) => doc.delete('summary'));
    copy.editYaml('measures/scale-up.yaml', (doc) => doc.setIn(['related', 0], 'no-such-measure'));
    expect(copy.loadError().issues.map((i) => `${i.file} ${i.path}`)).toEqual([
      `${RD_REWARD} summary`,
      'knowledge/measures/scale-up.yaml related[0]',
    ]);
  });

  it('checks the districts and texts of service requests, and the five rating levels in order', () => {
    copy.editYaml('handoff.yaml', (doc) => doc.setIn(['districts', 1, 'short'], '黄浦'));
    copy.editYaml('satisfaction.yaml', (doc) => doc.setIn(['levels', 0, 'id'], 'satisfied'));
    expect(copy.loadError().issues).toEqual([
      {
        file: 'knowledge/handoff.yaml',
        path: 'districts[1].short',
        message: 'also names districts[0] (got "黄浦")',
      },
      {
        file: 'knowledge/satisfaction.yaml',
        path: 'levels[0].id',
        message:
          'expected "very-satisfied" (the five levels are very-satisfied, satisfied, basic, dissatisfied, very-dissatisfied, in this order) (got "satisfied")',
      },
    ]);
  });

  it('never returns a half-loaded base: one broken file out of 28 makes the whole load throw', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) => doc.delete('summary'));
    expect(() => loadKnowledge(copy.dir)).toThrow(KnowledgeError);
  });
});

// English is all or nothing: once the knowledge base has English, a missing or mis-sized English
// field stops the load naming the file and the field path, as any other knowledge error does; a base
// without any English still loads, Chinese only. Each test breaks one file of a scratch copy.
import { existsSync, rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import { visit } from 'yaml';
import { kbIn } from '../../src/kb/language.js';
import { loadKnowledge } from '../../src/kb/loadKnowledge.js';
import { KnowledgeCopy } from './helpers/knowledgeCopy.js';

const RD_REWARD = 'knowledge/measures/rd-reward.yaml';
const MISSING = 'English is missing (the knowledge base has English, so every text needs it)';

/** Removes every `en` field of a YAML document (the measure's `english` reading stays). */
function withoutEnglish(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      if ((pair.key as { value?: unknown } | null)?.value === 'en') return visit.REMOVE;
      return undefined;
    },
  });
}

describe('loading the English of the knowledge base', () => {
  let copy: KnowledgeCopy;
  beforeEach(() => {
    copy = new KnowledgeCopy();
  });
  afterEach(() => {
    copy.remove();
  });

  it('reports a parallel list of the wrong length, with the count it expected', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) => doc.setIn(['en', 'beneficiaries'], doc.createNode([])));
    expect(copy.loadError().issues).toEqual([
      { file: RD_REWARD, path: 'en.beneficiaries', message: 'expected 1 item (as beneficiaries), got 0' },
    ]);
  });

  it('reports an FAQ list and a departments list that do not match the Chinese ones', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) => {
      doc.deleteIn(['en', 'faq', 3]);
      doc.deleteIn(['en', 'departments', 0]);
    });
    expect(copy.loadError().issues).toEqual([
      { file: RD_REWARD, path: 'en.departments', message: 'expected 4 items (as departments), got 3' },
      { file: RD_REWARD, path: 'en.faq', message: 'expected 4 items (as faq), got 3' },
    ]);
  });

  it('reports a missing English block, a missing fact label and a missing rule reason by path', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) => {
      doc.delete('en');
      doc.deleteIn(['facts', 1, 'en']);
      doc.deleteIn(['eligibility', 'rules', 2, 'en']);
      doc.deleteIn(['eligibility', 'rules', 0, 'benefit', 'en']);
      doc.deleteIn(['officialArticle', 'en']);
    });
    expect(copy.loadError().issues).toEqual([
      { file: RD_REWARD, path: 'en', message: MISSING },
      { file: RD_REWARD, path: 'facts[1].en', message: MISSING },
      { file: RD_REWARD, path: 'officialArticle.en', message: MISSING },
      { file: RD_REWARD, path: 'eligibility.rules[0].benefit.en', message: MISSING },
      { file: RD_REWARD, path: 'eligibility.rules[2].en', message: MISSING },
    ]);
  });

  it('requires en.howToApply.sourceSays exactly when the Chinese has sourceSays', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) =>
      doc.setIn(['en', 'howToApply', 'sourceSays'], 'The report says to apply online.'),
    );
    expect(copy.loadError().issues).toEqual([
      {
        file: RD_REWARD,
        path: 'en.howToApply.sourceSays',
        message: 'not expected: howToApply has no sourceSays',
      },
    ]);
    copy.editYaml('measures/rd-reward.yaml', (doc) => {
      doc.deleteIn(['en', 'howToApply', 'sourceSays']);
      doc.setIn(['howToApply', 'sourceSays'], '报道写明了申报方式。');
    });
    expect(copy.loadError().issues).toEqual([
      {
        file: RD_REWARD,
        path: 'en.howToApply.sourceSays',
        message: 'English is missing: howToApply has sourceSays',
      },
    ]);
  });

  it('reports English missing from an area, a glossary term and a question, and options of the wrong count', () => {
    copy.editYaml('areas.yaml', (doc) => doc.deleteIn(['areas', 2, 'en']));
    copy.editYaml('glossary.yaml', (doc) => doc.deleteIn(['terms', 0, 'en']));
    copy.editYaml('eligibility.yaml', (doc) => {
      doc.deleteIn(['questions', 0, 'en']);
      doc.deleteIn(['questions', 3, 'en', 'options', 2]);
      doc.deleteIn(['questions', 2, 'en', 'example']);
    });
    expect(copy.loadError().issues).toEqual([
      { file: 'knowledge/areas.yaml', path: 'areas[2].en', message: MISSING },
      { file: 'knowledge/glossary.yaml', path: 'terms[0].en', message: MISSING },
      { file: 'knowledge/eligibility.yaml', path: 'questions[0].en', message: MISSING },
      {
        file: 'knowledge/eligibility.yaml',
        path: 'questions[2].en.example',
        message: 'English is missing: an amount question needs an example',
      },
      {
        file: 'knowledge/eligibility.yaml',
        path: 'questions[3].en.options',
        message: 'expected 3 items (as options), got 2',
      },
    ]);
  });

  it('names an English field the schema does not know', () => {
    copy.editYaml('measures/rd-reward.yaml', (doc) => doc.setIn(['facts', 0, 'en', 'value'], 'five'));
    expect(copy.loadError().issues).toEqual([
      { file: RD_REWARD, path: 'facts[0].en', message: 'unknown field "value"' },
    ]);
  });

  it('requires the English replies, with the same placeholders as the Chinese', () => {
    copy.editYaml('replies.en.yaml', (doc) =>
      doc.setIn(['area', 'prompt'], 'The “{name}” area has {count} measures:'),
    );
    expect(copy.loadError().issues).toEqual([
      {
        file: 'knowledge/replies.en.yaml',
        path: 'area.prompt',
        message: 'placeholders {count} {name} differ from the Chinese {area} {count}',
      },
    ]);
    rmSync(copy.path('replies.en.yaml'));
    expect(copy.loadError().issues).toEqual([
      {
        file: 'knowledge/replies.en.yaml',
        path: '',
        message: 'file is missing (the knowledge base has English, so it needs these texts in English)',
      },
    ]);
  });

  it('validates the English eligibility texts with the Chinese schema', () => {
    copy.editYaml('eligibility-texts.en.yaml', (doc) => doc.deleteIn(['pkg', 'title']));
    expect(copy.loadError().issues).toEqual([
      {
        file: 'knowledge/eligibility-texts.en.yaml',
        path: 'pkg.title',
        message: 'required field is missing (expected string)',
      },
    ]);
  });

  it('loads a base without any English, Chinese only: no English view, and English falls back to Chinese', () => {
    const files = [
      'areas.yaml',
      'channels.yaml',
      'glossary.yaml',
      'not-covered.yaml',
      'eligibility.yaml',
      'sources/sh-sme-2023.yaml',
      ...loadKnowledge(copy.dir).measures.map((m) => `measures/${m.id}.yaml`),
    ];
    for (const file of files) copy.editYaml(file, withoutEnglish);
    rmSync(copy.path('replies.en.yaml'));
    rmSync(copy.path('eligibility-texts.en.yaml'));
    expect(existsSync(copy.path('replies.en.yaml'))).toBe(false);
    const kb = loadKnowledge(copy.dir);
    expect(kb.en).toBeUndefined();
    expect(kb.lang).toBe('zh');
    expect(kb.zh).toBe(kb);
    expect(kbIn(kb, 'en')).toBe(kb);
    expect(kb.measures.some((m) => m.en !== undefined || m.facts.some((f) => f.en))).toBe(false);
    expect(kb.measures.every((m) => m.english !== undefined)).toBe(true);
  });

  it('needs all of the English once one English text is present', () => {
    const files = ['areas.yaml', 'channels.yaml', 'glossary.yaml', 'not-covered.yaml', 'eligibility.yaml'];
    for (const file of files) copy.editYaml(file, withoutEnglish);
    const issues = copy.loadError().issues;
    expect(issues.map((i) => i.file)).toEqual(
      expect.arrayContaining([
        'knowledge/areas.yaml',
        'knowledge/channels.yaml',
        'knowledge/eligibility.yaml',
      ]),
    );
    expect(issues.every((i) => i.message === MISSING)).toBe(true);
    expect(issues.some((i) => i.path === 'questions[10].en')).toBe(true);
  });
});

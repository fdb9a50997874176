// knowledge/profiles.yaml is validated when the bot starts: a bad file stops it naming the file, the
// field and the problem.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/kb/knowledgeError.js';
import { loadProfileTexts, PROFILE_TEXTS_FILE } from '../../src/profiles/texts.js';
import { projectRoot } from '../helpers/paths.js';

function rootWith(text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'yiqi-texts-'));
  mkdirSync(join(root, 'knowledge'));
  writeFileSync(join(root, PROFILE_TEXTS_FILE), text);
  return root;
}

describe('loadProfileTexts', () => {
  it('loads the real file', () => {
    expect(loadProfileTexts(projectRoot).profiles.basedOn).toContain('{name}');
  });

  it('names the file, the field and the problem', () => {
    const original = readFileSync(join(projectRoot, PROFILE_TEXTS_FILE), 'utf8');
    const broken = original.replace(/^ {2}basedOn: .*$/m, '  basedOn: ""');
    try {
      loadProfileTexts(rootWith(broken));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(KnowledgeError);
      expect((err as Error).message).toContain(
        '[kb] knowledge/profiles.yaml profiles.basedOn: must not be empty',
      );
    }
    expect(() => loadProfileTexts(rootWith('profiles: [unclosed'))).toThrow(/knowledge\/profiles\.yaml/);
  });
});

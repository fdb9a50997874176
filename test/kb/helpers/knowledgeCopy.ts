// A scratch copy of the real knowledge base in a temporary folder, for tests that break one file
// and check the loader's report. The copy lives at <tmp>/knowledge so that issue paths read
// knowledge/measures/… exactly as they do for the real base.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from 'yaml';
import { parseDocument } from 'yaml';
import { KnowledgeError } from '../../../src/kb/knowledgeError.js';
import { loadKnowledge } from '../../../src/kb/loadKnowledge.js';
import { knowledgeDir } from '../../helpers/paths.js';

export class KnowledgeCopy {
  readonly root: string;
  readonly dir: string;

  constructor() {
    this.root = mkdtempSync(join(tmpdir(), 'yiqi-kb-'));
    this.dir = join(this.root, 'knowledge');
    cpSync(knowledgeDir, this.dir, { recursive: true });
  }

  /** Absolute path of a file given relative to the knowledge folder (measures/rd-reward.yaml). */
  path(file: string): string {
    return join(this.dir, file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(this.path(file), text);
  }

  /** Edits a YAML file through the yaml Document API, keeping the rest of it as it was. */
  editYaml(file: string, edit: (doc: Document) => void): void {
    const doc = parseDocument(this.read(file));
    edit(doc);
    this.write(file, doc.toString());
  }

  /** Writes a new YAML file made from an existing one, edited through the yaml Document API. */
  deriveYaml(from: string, to: string, edit: (doc: Document) => void): void {
    const doc = parseDocument(this.read(from));
    edit(doc);
    this.write(to, doc.toString());
  }

  /** Loads the copy and returns the KnowledgeError it must throw; fails if it loads instead. */
  loadError(): KnowledgeError {
    try {
      loadKnowledge(this.dir);
    } catch (err) {
      if (err instanceof KnowledgeError) return err;
      throw err;
    }
    throw new Error('Expected a KnowledgeError, but the knowledge base loaded');
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

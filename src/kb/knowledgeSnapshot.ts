// The knowledge files as validated at build time: `npm run build` loads the knowledge base once and
// keeps each file's validated content with the hash of its text (dist/knowledge.snapshot.json). A
// start from the build reuses a file's content when its text is unchanged, instead of parsing its
// YAML and validating it with zod again — about a tenth of a cold start. A file edited since the
// build (its hash differs) is read and validated as always, so a bad edit still stops start-up with
// its file, field and problem. The snapshot is used only by the bundled server, built in the same
// step from the same code, so the schema it was checked against is the one running.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const FORMAT = 1;

interface SnapshotFile {
  format: number;
  files: Record<string, { sha256: string; data: unknown }>;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

export class KnowledgeSnapshot {
  private stale = false;

  private constructor(private readonly files: SnapshotFile['files']) {}

  /** An empty snapshot, to be filled by loading the knowledge base with it. */
  static empty(): KnowledgeSnapshot {
    return new KnowledgeSnapshot({});
  }

  /** The snapshot written at `path`, or undefined when there is none (or it is not one). */
  static fromFile(path: string): KnowledgeSnapshot | undefined {
    let parsed: SnapshotFile;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8')) as SnapshotFile;
    } catch {
      return undefined;
    }
    if (parsed?.format !== FORMAT || typeof parsed.files !== 'object' || parsed.files === null)
      return undefined;
    return new KnowledgeSnapshot(parsed.files);
  }

  /** The validated content of `file` when its text is exactly what was validated, else undefined. */
  get(file: string, text: string): unknown {
    const kept = this.files[file];
    if (kept && kept.sha256 === hashOf(text)) return kept.data;
    this.stale = true;
    return undefined;
  }

  /**
   * Every file asked for so far was found unchanged: what the build did with those files (render
   * every page, src/pages/mountPages.ts) still holds for them.
   */
  get current(): boolean {
    return !this.stale;
  }

  /** Keeps the validated content of a file with its text's hash. */
  set(file: string, text: string, data: unknown): void {
    this.files[file] = { sha256: hashOf(text), data };
  }

  get size(): number {
    return Object.keys(this.files).length;
  }

  write(path: string): void {
    writeFileSync(path, JSON.stringify({ format: FORMAT, files: this.files } satisfies SnapshotFile));
  }
}

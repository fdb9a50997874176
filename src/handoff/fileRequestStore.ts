// Service requests as files under DATA_DIR/service-requests: one JSON file per request, written to a
// temporary file and renamed (a reader never sees half a file), and sequence.json for the numbers.
// Allocation and replacement hold a lock file, so several processes sharing the folder (the server
// and `yiqi requests`) never interleave a read and a write.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServiceRequest } from './serviceRequest.js';
import { REQUEST_NAME, requestName, type RequestStore, type StoredRequest } from './requestStore.js';

const LOCK_WAIT_MS = 10_000;
/** A lock older than this was left by a process that died holding it. */
const STALE_LOCK_MS = 30_000;

function versionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'ENOENT';
}

export class FileRequestStore implements RequestStore {
  private ready: Promise<unknown> | undefined;
  /** This process's own lock holders wait in line instead of polling the lock file. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly dir: string) {}

  private ensureDir(): Promise<unknown> {
    this.ready ??= mkdir(this.dir, { recursive: true });
    return this.ready;
  }

  private file(number: number): string {
    return join(this.dir, requestName(number));
  }

  private async writeAtomically(path: string, text: string): Promise<void> {
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, path);
  }

  private withLock<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      await this.ensureDir();
      const lock = join(this.dir, '.lock');
      const end = Date.now() + LOCK_WAIT_MS;
      for (;;) {
        try {
          await (await open(lock, 'wx')).close();
          break;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
          const age = await stat(lock).then(
            (s) => Date.now() - s.mtimeMs,
            () => 0,
          );
          if (age > STALE_LOCK_MS) await rm(lock, { force: true });
          else if (Date.now() > end)
            throw new Error(`service requests: could not lock ${lock} within ${LOCK_WAIT_MS} ms`);
          else await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
        }
      }
      try {
        return await work();
      } finally {
        await unlink(lock).catch(() => undefined);
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  allocateNumber(): Promise<number> {
    return this.withLock(async () => {
      const sequenceFile = join(this.dir, 'sequence.json');
      let next: number;
      try {
        next = (JSON.parse(await readFile(sequenceFile, 'utf8')) as { next: number }).next;
      } catch (err) {
        if (!isMissing(err)) throw err;
        // No sequence yet: start after the highest request kept (none: 1).
        const numbers = (await readdir(this.dir)).flatMap((f) => REQUEST_NAME.exec(f)?.[1] ?? []).map(Number);
        next = Math.max(0, ...numbers) + 1;
      }
      await this.writeAtomically(sequenceFile, JSON.stringify({ next: next + 1 }));
      return next;
    });
  }

  create(request: ServiceRequest): Promise<void> {
    return this.withLock(async () => {
      const path = this.file(request.number);
      const exists = await stat(path).then(
        () => true,
        (err: unknown) => (isMissing(err) ? false : Promise.reject(err)),
      );
      if (exists) throw new Error(`service request #${request.number} already exists`);
      await this.writeAtomically(path, JSON.stringify(request, null, 2));
    });
  }

  async read(number: number): Promise<StoredRequest | undefined> {
    let text: string;
    try {
      text = await readFile(this.file(number), 'utf8');
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
    return { request: JSON.parse(text) as ServiceRequest, version: versionOf(text) };
  }

  replace(request: ServiceRequest, version: string): Promise<boolean> {
    return this.withLock(async () => {
      const current = await this.read(request.number);
      if (!current || current.version !== version) return false;
      await this.writeAtomically(this.file(request.number), JSON.stringify(request, null, 2));
      return true;
    });
  }

  async list(): Promise<StoredRequest[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if (isMissing(err)) return [];
      throw err;
    }
    const numbers = names.flatMap((f) => REQUEST_NAME.exec(f)?.[1] ?? []).map(Number);
    const stored = await Promise.all(numbers.map((n) => this.read(n)));
    return stored.filter((s) => s !== undefined).sort((a, b) => a.request.number - b.request.number);
  }

  async delete(number: number): Promise<void> {
    await rm(this.file(number), { force: true });
  }
}

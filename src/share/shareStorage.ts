// Where share links are kept: a few named JSON texts and an index by owner, in a folder (DATA_DIR,
// one instance) or in the blob container (several instances, restarts). Names are made by ShareLinks
// only — tokens and hex owner keys checked by pattern — never taken from a request as they are.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

export interface ShareStorage {
  /** Writes (or replaces) the text stored under `name` (a/b/c). */
  write(name: string, text: string): Promise<void>;
  /** The text under `name`, undefined when there is none. */
  read(name: string): Promise<string | undefined>;
  /** Removes `name`; nothing happens when it is not there. */
  remove(name: string): Promise<void>;
  /** Every name that starts with `prefix` (a folder, ending in '/'). */
  list(prefix: string): Promise<string[]>;
}

/** Files under one folder; a write goes to a temporary file first, so a reader never sees half of it. */
export class FileShareStorage implements ShareStorage {
  constructor(private readonly root: string) {}

  private path(name: string): string {
    return join(this.root, ...name.split('/'));
  }

  async write(name: string, text: string): Promise<void> {
    const path = this.path(name);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  }

  async read(name: string): Promise<string | undefined> {
    try {
      return await readFile(this.path(name), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async remove(name: string): Promise<void> {
    await rm(this.path(name), { force: true });
  }

  async list(prefix: string): Promise<string[]> {
    let entries;
    try {
      entries = await readdir(this.path(prefix), { recursive: true, withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    return entries
      .filter((e) => e.isFile() && !e.name.endsWith('.tmp'))
      .map((e) => relative(this.root, join(e.parentPath, e.name)).split(sep).join('/'));
  }
}

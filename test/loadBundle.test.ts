// Loading the build's bundle with a code cache (src/loadBundle.ts): the bundle's exports, its own
// require (relative to the bundle), the cache written after the first load and used by the next, a
// stale or broken cache rejected and written again, and no cache at all without a folder for it.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCacheFile, loadBundle } from '../src/loadBundle.js';

function bundleFile(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'yiqi-bundle-'));
  writeFileSync(join(dir, 'helper.cjs'), 'module.exports = { twice: (n) => 2 * n };');
  const file = join(dir, 'server.bundle.cjs');
  writeFileSync(
    file,
    "const helper = require('./helper.cjs');\nexports.start = (n) => helper.twice(n) + 1;\nexports.where = __dirname;",
  );
  return { dir, file };
}

describe('loadBundle', () => {
  it('gives the exports, writes the cache after the first load and uses it at the next', () => {
    const { dir, file } = bundleFile();
    const cacheDir = mkdtempSync(join(tmpdir(), 'yiqi-cache-'));
    const first = loadBundle(file, cacheDir);
    expect((first.exports as { start(n: number): number }).start(20)).toBe(41);
    expect((first.exports as { where: string }).where).toBe(dir);
    expect(first.codeCache).toBe('none');
    first.saveCodeCache();
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache'))).toHaveLength(1);
    const second = loadBundle(file, cacheDir);
    expect(second.codeCache).toBe('used');
    expect((second.exports as { start(n: number): number }).start(1)).toBe(3);
  });

  it('rejects a broken cache, still loads, and writes a good one', () => {
    // A source this process never compiled (V8 would answer from memory, not from the file).
    const { file } = bundleFile();
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nexports.salt = ${Math.random()};`);
    const cacheDir = mkdtempSync(join(tmpdir(), 'yiqi-cache-'));
    writeFileSync(codeCacheFile(file, cacheDir), 'not a code cache');
    const broken = loadBundle(file, cacheDir);
    expect(broken.codeCache).toBe('rejected');
    expect((broken.exports as { start(n: number): number }).start(2)).toBe(5);
    broken.saveCodeCache();
    expect(loadBundle(file, cacheDir).codeCache).toBe('used');
  });

  it('requires the bundle as usual without a cache folder', () => {
    const { file } = bundleFile();
    const loaded = loadBundle(file, undefined);
    expect(loaded.codeCache).toBe('off');
    expect((loaded.exports as { start(n: number): number }).start(0)).toBe(1);
  });
});

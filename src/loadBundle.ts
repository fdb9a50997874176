// Loads the build's bundled server (dist/server.bundle.cjs) with a V8 code cache made after it ran.
// Node's compile cache keeps only what V8 compiles up front; the bodies of the ~1,200 bundled
// modules and of start-up's functions are compiled when first called, at every start. A code cache
// taken after start-up (vm.Script#createCachedData) holds those too: about 100 ms of a cold start on
// the 2-core machine. The cache sits in Node's compile cache folder (module.getCompileCacheDir(),
// the OS temp folder or NODE_COMPILE_CACHE), named by Node version and the bundle's size and time;
// V8 checks it against the source and flags and rejects a stale one, which is then written again.
// With --enable-source-maps the bundle is required as usual, so stack traces map to the sources.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

/** What the code cache did at this start: used, stale (rejected), not there yet, or not used at all. */
export type CodeCacheStatus = 'used' | 'rejected' | 'none' | 'off';

export interface LoadedBundle {
  exports: unknown;
  codeCache: CodeCacheStatus;
  /** Writes the code cache when this start had none or a stale one (call once start-up has run). */
  saveCodeCache(): void;
}

/** Where the code cache of `file` is kept in `dir`. */
export function codeCacheFile(file: string, dir: string): string {
  const { size, mtimeMs } = statSync(file);
  return join(dir, `yiqi-bundle-${process.version}-${process.arch}-${size}-${Math.trunc(mtimeMs)}.v8cache`);
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

export function loadBundle(
  file: string,
  cacheDir: string | undefined = module.getCompileCacheDir?.(),
): LoadedBundle {
  const require = createRequire(file);
  if (!cacheDir || process.sourceMapsEnabled)
    return { exports: require(file) as unknown, codeCache: 'off', saveCodeCache: () => undefined };
  const cacheFile = codeCacheFile(file, cacheDir);
  const cachedData = readIfThere(cacheFile);
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`,
    // The bundle has no import(): the build turns those into require() (scripts/bundle-server.mjs).
    { filename: file, ...(cachedData ? { cachedData } : {}) },
  );
  const codeCache: CodeCacheStatus = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  const bundleModule = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(bundleModule.exports, require, bundleModule, file, dirname(file));
  return {
    exports: bundleModule.exports,
    codeCache,
    saveCodeCache() {
      if (codeCache === 'used') return;
      // Written aside and renamed, so a start that reads it at the same moment never sees half a file;
      // a folder that cannot be written only means the next start compiles as this one did.
      try {
        const partial = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, cacheFile);
      } catch {
        // nothing to do: the cache is an optimisation
      }
    },
  };
}

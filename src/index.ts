// `npm start`: turns on Node's compile cache, then starts the bot. Most of a cold start is loading
// the ~1,200 modules the Bot Framework SDK brings; `npm run build` bundles the compiled server into
// one file and keeps the validated knowledge files beside it (scripts/bundle-server.mjs), which
// together start about a third sooner, and with the cache a restart also reuses the compiled code
// (in the OS temp folder, or NODE_COMPILE_CACHE). Run from the sources (tsx), or with
// YIQI_NO_BUNDLE=1, the modules load one by one (src/start.ts) and every knowledge file is
// validated. Static imports would load everything before this line runs, hence the dynamic import.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Start from './start.js';

module.enableCompileCache?.();
const bundle = new URL('../server.bundle.mjs', import.meta.url);
const built =
  process.env.YIQI_NO_BUNDLE !== '1' && import.meta.url.endsWith('/dist/src/index.js') && existsSync(bundle);
const { start } = (built ? await import(bundle.href) : await import('./start.js')) as typeof Start;
await start(
  built
    ? {
        bundled: true,
        knowledgeSnapshot: fileURLToPath(new URL('../knowledge.snapshot.json', import.meta.url)),
        charReadings: fileURLToPath(new URL('../char-readings.txt', import.meta.url)),
      }
    : {},
);

// `npm start`: turns on Node's compile cache, then starts the bot. Most of a cold start is loading
// the ~1,200 modules the Bot Framework SDK brings; `npm run build` bundles the compiled server into
// one minified file and keeps the validated knowledge files beside it (scripts/bundle-server.mjs),
// and the bundle is loaded with a code cache taken after start-up (src/loadBundle.ts), so a restart
// reuses the compiled code. Run from the sources (tsx), or with YIQI_NO_BUNDLE=1, the modules load
// one by one (src/start.ts) and every knowledge file is validated. Static imports would load
// everything before this line runs, hence the dynamic imports.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Start from './start.js';

module.enableCompileCache?.();
const bundle = fileURLToPath(new URL('../server.bundle.cjs', import.meta.url));
const built =
  process.env.YIQI_NO_BUNDLE !== '1' && import.meta.url.endsWith('/dist/src/index.js') && existsSync(bundle);
if (built) {
  const { loadBundle } = await import('./loadBundle.js');
  const loaded = loadBundle(bundle);
  await (loaded.exports as typeof Start).start({
    bundled: true,
    codeCache: loaded.codeCache,
    knowledgeSnapshot: fileURLToPath(new URL('../knowledge.snapshot.json', import.meta.url)),
  });
  // Start-up has run: its functions are compiled and go into the cache for the next start.
  setImmediate(() => loaded.saveCodeCache());
} else {
  const { start } = await import('./start.js');
  await start();
}

// `npm start` runs the build: the bundled server with the knowledge files validated at build time
// (scripts/bundle-server.mjs, src/index.ts). It starts from the bundle, answers, warns of nothing,
// and stops cleanly; YIQI_NO_BUNDLE=1 starts the compiled modules instead. (dist/ is made by
// `npm run build`, which npm install runs: after changing the sources, build before this test.)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBotProcess } from './helpers/botProcess.js';
import { ask, message, replyText } from './helpers/botServer.js';

describe('the built server', () => {
  it('requires what it left out of the bundle from node_modules, where each stand-in points', () => {
    const bundle = join(process.cwd(), 'dist/server.bundle.mjs');
    const paths = [...readFileSync(bundle, 'utf8').matchAll(/"(\.\/\.\.\/node_modules\/[^"]+)"/g)].map(
      (m) => m[1]!,
    );
    const packages = paths.map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)![1]);
    expect(new Set(packages)).toEqual(
      new Set([
        '@azure/identity',
        '@azure/msal-node',
        '@microsoft/recognizers-text-number',
        'htmlparser2',
        'axios',
        'node-fetch',
        'jsonwebtoken',
        'send',
        'http-signature',
      ]),
    );
    const requireFromBundle = createRequire(bundle);
    for (const p of paths) expect(requireFromBundle(p), p).toBeTruthy();
    for (const callable of ['axios', 'node-fetch', 'send'])
      expect(typeof requireFromBundle(paths[packages.indexOf(callable)]!), callable).toBe('function');
  });

  it('starts from the bundle and the knowledge snapshot, answers, and warns of nothing', async () => {
    const bot = await startBotProcess({}, 90_000, 'build');
    try {
      const first = JSON.parse(bot.output().split('\n')[0]!) as Record<string, unknown>;
      expect(first).toMatchObject({ code: 'bundle', knowledgeFromSnapshot: true, measures: 28 });
      const replies = await ask(bot.url, message('AI算力券', 'bundled-1', 'http://127.0.0.1:9/'));
      expect(replies.map(replyText).join('\n')).toContain('20%');
    } finally {
      expect(await bot.stop()).toBe(0);
    }
    expect(bot.output()).not.toMatch(/Warning|deprecat/i);
  }, 120_000);

  it('starts from the compiled modules with YIQI_NO_BUNDLE=1, validating every knowledge file', async () => {
    const bot = await startBotProcess({ YIQI_NO_BUNDLE: '1' }, 90_000, 'build');
    try {
      const first = JSON.parse(bot.output().split('\n')[0]!) as Record<string, unknown>;
      expect(first).toMatchObject({ code: 'modules', knowledgeFromSnapshot: false });
      const replies = await ask(bot.url, message('无缝续贷', 'bundled-2', 'http://127.0.0.1:9/'));
      expect(replies.length).toBeGreaterThan(0);
    } finally {
      expect(await bot.stop()).toBe(0);
    }
  }, 120_000);
});

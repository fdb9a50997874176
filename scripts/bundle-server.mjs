// Part of `npm run build`, after tsc: bundles the compiled server (dist/src/start.js and everything
// it imports, the Bot Framework SDK included) into one file, dist/server.bundle.mjs, and keeps the
// knowledge files as validated now beside it (dist/knowledge.snapshot.json, src/kb/knowledgeSnapshot.ts);
// `npm start` loads both (src/index.ts). Resolving and reading ~1,200 CommonJS files one by one was
// most of a cold start. Left out of the bundle, and loaded from node_modules as before: what loads
// only when configured (blob storage, Azure Monitor, the OpenTelemetry SDK and exporters) and
// restify's optional DTrace binding. The userland punycode package stands in for Node's deprecated
// built-in, which the SDK's URL libraries name (inside node_modules Node does not warn; in a bundle
// it would). The bundle is minified: half the bytes to read, decode and parse at each start (about
// 150 ms of a cold start on the 2-core machine, measured interleaved). Its source map sits beside it
// (dist/server.bundle.mjs.map) and is read only when asked for: NODE_OPTIONS=--enable-source-maps
// gives stack traces with the original file names and lines.
import { build } from 'esbuild';
import { KnowledgeSnapshot } from '../dist/src/kb/knowledgeSnapshot.js';
import { loadKnowledge } from '../dist/src/kb/loadKnowledge.js';

const dist = (file) => new URL(`../dist/${file}`, import.meta.url).pathname;

await build({
  entryPoints: [dist('src/start.js')],
  outfile: dist('server.bundle.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  minify: true,
  sourcemap: 'linked',
  external: [
    'botbuilder-azure-blobs',
    '@azure/monitor-opentelemetry',
    '@opentelemetry/sdk-node',
    '@opentelemetry/exporter-*',
    'dtrace-provider',
  ],
  alias: { punycode: 'punycode/' },
  // CommonJS modules inside an ES module bundle still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as yiqiCreateRequire } from 'node:module'; const require = yiqiCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

// Every file validated now, with the same code as the bundle: a bad file fails the build here.
const snapshot = KnowledgeSnapshot.empty();
loadKnowledge(undefined, { snapshot });
snapshot.write(dist('knowledge.snapshot.json'));

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
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { KnowledgeSnapshot } from '../dist/src/kb/knowledgeSnapshot.js';
import { charReadingTable } from '../dist/src/search/charReadings.js';
import { loadKnowledge } from '../dist/src/kb/loadKnowledge.js';
import { toShanghaiDay } from '../dist/src/kb/statusOn.js';
import { pageSites, renderEveryPage } from '../dist/src/pages/mountPages.js';
import { SearchEngine } from '../dist/src/search/searchEngine.js';

const dist = (file) => new URL(`../dist/${file}`, import.meta.url).pathname;

// Packages the SDK requires at load time but calls only on paths the default set-up never takes:
// Azure identity and MSAL (authenticated mode's tokens, managed identity), the Microsoft number
// recognizers (botbuilder-dialogs' ChoicePrompt; our own parsers read numbers and choices),
// htmlparser2 (botbuilder's SetSpeakMiddleware), axios with what it brings (calls to skills),
// node-fetch with its URL and IDNA tables (OpenID metadata in authenticated mode), jsonwebtoken
// (authenticated mode's token checks), and restify's static-file and Authorization-header plugins'
// send (with the mime database) and http-signature (with sshpk), which this server never mounts.
// Each is replaced in the bundle by a stand-in that requires the real package from node_modules on
// first use, so a start neither parses nor runs about a third of the SDK's code. `__esModule` is
// answered without loading (its value is read here, at build time), because TypeScript's import
// helpers read it as they import; a package that is itself a function (axios) gets a callable
// stand-in.
const lazyPackages = [
  '@azure/identity',
  '@azure/msal-node',
  '@microsoft/recognizers-text-number',
  'htmlparser2',
  'axios',
  'node-fetch',
  'jsonwebtoken',
  'send',
  'http-signature',
];
const lazyPackagesPlugin = {
  name: 'lazy-packages',
  setup(b) {
    const names = lazyPackages.map((p) => p.replace(/[/.-]/g, '\\$&')).join('|');
    // The stand-in's own require is left to Node, at run time, relative to the bundle.
    b.onResolve({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({ path: args.path, external: true }));
    // Resolved from the importing file, as Node would: a package may sit nested in another's folder.
    b.onResolve({ filter: new RegExp(`^(${names})$`) }, (args) => ({
      path: `./${relative(dist('.'), createRequire(args.importer).resolve(args.path))}`,
      namespace: 'lazy-package',
    }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => {
      const real = createRequire(import.meta.url)(resolve(dist('.'), args.path));
      const esModule = real.__esModule === true;
      // An arrow function: callable, and without the non-configurable own properties (prototype) a
      // proxy would have to report.
      const target = typeof real === 'function' ? '() => undefined' : '{}';
      return {
        contents: `let real;
const load = () => (real ??= require(${JSON.stringify(args.path)}));
module.exports = new Proxy(${target}, {
  apply: (_, self, args) => Reflect.apply(load(), self, args),
  get: (_, key) => (key === '__esModule' ? ${esModule} : load()[key]),
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => {
    const found = Reflect.getOwnPropertyDescriptor(load(), key);
    return found && { ...found, configurable: true };
  },
});
`,
        loader: 'js',
      };
    });
  },
};

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
    '@azure/storage-blob',
    'botbuilder-azure-blobs',
    '@azure/monitor-opentelemetry',
    '@opentelemetry/sdk-node',
    '@opentelemetry/exporter-*',
    'dtrace-provider',
  ],
  alias: { punycode: 'punycode/' },
  plugins: [lazyPackagesPlugin],
  // CommonJS modules inside an ES module bundle still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as yiqiCreateRequire } from 'node:module'; const require = yiqiCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

// Every file validated now, with the same code as the bundle: a bad file fails the build here.
const snapshot = KnowledgeSnapshot.empty();
const kb = loadKnowledge(undefined, { snapshot });
// Every page rendered once, so a bad page text or template fails the build; a start whose files
// are all the ones in the snapshot then need not render them again (src/pages/mountPages.ts).
const engine = new SearchEngine(kb);
const today = toShanghaiDay(new Date());
for (const site of pageSites({ kb, ...(kb.en ? { en: kb.en } : {}), snapshot }))
  renderEveryPage(site, engine, today);
snapshot.write(dist('knowledge.snapshot.json'));

// The readings of every Han character, so that a bundled start does not load pinyin-pro.
writeFileSync(dist('char-readings.txt'), charReadingTable());

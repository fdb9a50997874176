// `npm run bench:server`: the bot under load on loopback, beside a bare restify + botbuilder echo bot
// (the ceiling of the stack): turns per second at saturation and p50/p99 at light load, cold start
// (process start to first answered question), and memory and turns/s after 1,000, 10,000 and 30,000
// turns (past the state store's cap of 2 × MEMORY_MAX_CONVERSATIONS items: no step). Figures only.
import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { MemoryMaintainerLog } from '../src/feedback/maintainerLog.js';
import { silentLogger } from '../src/log/logger.js';
import { packageRoot } from '../src/kb/packageRoot.js';

const QUESTIONS = [
  '无缝续贷怎么申请',
  '研发投入奖励最多多少',
  'AI算力券',
  '專精特新獎勵',
  '政府性融资担保收费多少',
  '第8项',
];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const root = packageRoot(import.meta.url);

function activity(text: string, conversation: string) {
  return {
    type: 'message',
    text,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    conversation: { id: conversation },
    from: { id: `user-${conversation}` },
    recipient: { id: 'bot' },
    locale: 'zh-CN',
  };
}

async function startProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string; startedMs: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...args], {
    cwd: root,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (!m) return;
      // From here on the server's log lines are read and dropped: keeping (and searching) them
      // would load this process, which is also the load generator.
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      resolve(m[1]!);
    };
    child.stdout!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`process exited with ${code}: ${out}`)));
  });
  return { child, url, startedMs: performance.now() - t0 };
}

/** Time from process start to the first answered question (the built server, as npm start runs it). */
async function coldStart(): Promise<number> {
  const t0 = performance.now();
  const { child, url } = await startProcess(['dist/src/index.js'], {
    LOG_LEVEL: 'info',
    YIQI_TODAY: '2026-11-26',
  });
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity('无缝续贷', 'cold')),
  });
  const json = (await res.json()) as { activities?: unknown[] };
  const ms = performance.now() - t0;
  if (!json.activities?.length) throw new Error('cold start: no answer');
  child.kill('SIGTERM');
  return ms;
}

let counter = 0;
async function load(url: string, connections: number) {
  const result = await autocannon({
    url: `${url}/api/messages`,
    connections,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => {
          const n = ++counter;
          return {
            ...req,
            body: JSON.stringify(activity(QUESTIONS[n % QUESTIONS.length]!, `load-${n % 500}`)),
          };
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** The local per-client turn limit, lifted: the load generator is one client. */
const UNLIMITED = { MESSAGES_RATE_PER_SECOND: '1000000', MESSAGES_RATE_BURST: '1000000' };

/**
 * Heap after n turns, each in its own conversation, in this process (with --expose-gc), and the
 * turns per second of each stretch up to n.
 */
async function memoryAfter(turns: readonly number[]): Promise<Map<number, { heap: number; rps: number }>> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  const app = createApp(
    loadConfig({ PORT: '0', LOG_LEVEL: 'silent', YIQI_TODAY: '2026-11-26', ...UNLIMITED }),
    {
      maintainerLog: new MemoryMaintainerLog(),
      logger: silentLogger,
    },
  );
  const url = await app.listen();
  const out = new Map<number, { heap: number; rps: number }>();
  let done = 0;
  for (const target of turns) {
    const from = done;
    const t0 = performance.now();
    while (done < target) {
      const batch = Array.from({ length: Math.min(50, target - done) }, (_, i) => done + i);
      await Promise.all(
        batch.map((n) =>
          fetch(`${url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(activity(QUESTIONS[n % QUESTIONS.length]!, `mem-${n}`)),
          }).then((r) => r.text()),
        ),
      );
      done += batch.length;
    }
    const rps = (done - from) / ((performance.now() - t0) / 1000);
    gc();
    await new Promise((r) => setTimeout(r, 100));
    gc();
    out.set(target, { heap: process.memoryUsage().heapUsed, rps });
  }
  await app.close();
  return out;
}

const fmt = (x: number, digits = 1) => x.toFixed(digits);

const cold = await coldStart();
console.log(
  `cold start (process start → first answered question): ${fmt(cold, 0)} ms   target < 1500 ms: ${cold < 1500 ? 'met' : 'NOT met'}`,
);

const ours = await startProcess(['dist/src/index.js'], {
  LOG_LEVEL: 'info',
  YIQI_TODAY: '2026-11-26',
  PUBLIC_RATE_BURST: '1000000',
  ...UNLIMITED,
});
const echo = await startProcess(['--import', 'tsx', 'scripts/echoBot.ts'], {});
try {
  await load(ours.url, 4); // warm-up
  await load(echo.url, 4);
  const oursSat = await load(ours.url, 50);
  const echoSat = await load(echo.url, 50);
  const oursLight = await load(ours.url, 2);
  const echoLight = await load(echo.url, 2);
  const ratio = oursSat.rps / echoSat.rps;
  const p99Ratio = oursLight.p99 / Math.max(echoLight.p99, 1);
  console.log(`\n${'turns/s (expectReplies)'.padEnd(34)}${'yiqi'.padStart(10)}${'echo bot'.padStart(10)}`);
  console.log(
    `${'saturation (50 connections) req/s'.padEnd(34)}${fmt(oursSat.rps).padStart(10)}${fmt(echoSat.rps).padStart(10)}`,
  );
  console.log(
    `${'  p50 / p99 ms'.padEnd(34)}${`${oursSat.p50}/${oursSat.p99}`.padStart(10)}${`${echoSat.p50}/${echoSat.p99}`.padStart(10)}`,
  );
  console.log(
    `${'light (2 connections) req/s'.padEnd(34)}${fmt(oursLight.rps).padStart(10)}${fmt(echoLight.rps).padStart(10)}`,
  );
  console.log(
    `${'  p50 / p99 ms'.padEnd(34)}${`${oursLight.p50}/${oursLight.p99}`.padStart(10)}${`${echoLight.p50}/${echoLight.p99}`.padStart(10)}`,
  );
  console.log(
    `throughput ratio yiqi/echo at saturation: ${fmt(ratio * 100)}%   target ≥ 70%: ${ratio >= 0.7 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `p99 ratio yiqi/echo at light load: ${fmt(p99Ratio, 2)}×   target ≤ 2×: ${p99Ratio <= 2 ? 'met' : 'NOT met'}`,
  );
} finally {
  ours.child.kill('SIGTERM');
  echo.child.kill('SIGTERM');
}

const memory = await memoryAfter([1000, 10_000, 30_000]);
const m1 = memory.get(1000)!;
const m10 = memory.get(10_000)!;
const m30 = memory.get(30_000)!;
const growth = m10.heap / m1.heap - 1;
console.log(
  `\nheap after 1,000 turns ${fmt(m1.heap / 2 ** 20)} MiB, after 10,000 turns ${fmt(m10.heap / 2 ** 20)} MiB: ${growth >= 0 ? '+' : ''}${fmt(growth * 100)}%   target within 20%: ${Math.abs(growth) <= 0.2 ? 'met' : 'NOT met'}`,
);
const pastCap = m30.heap / m10.heap - 1;
console.log(
  `heap after 30,000 turns (past the state store's cap) ${fmt(m30.heap / 2 ** 20)} MiB: ${pastCap >= 0 ? '+' : ''}${fmt(pastCap * 100)}% from 10,000`,
);
console.log(
  `turns/s, one new conversation each (50 at a time): to 1,000 ${fmt(m1.rps)}, 1,000–10,000 ${fmt(m10.rps)}, 10,000–30,000 (past the cap) ${fmt(m30.rps)}`,
);
process.exit(0);

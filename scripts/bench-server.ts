// `npm run bench:server`: the bot under load on loopback, beside a bare restify + botbuilder echo bot
// (the ceiling of the stack): turns per second at 16 and 50 connections (BENCH_ROUNDS interleaved
// rounds, 3 by default, judged on the median round), the same with the caches of recent questions
// off (RECENT_QUESTIONS_CACHE=0: the script's six questions would otherwise be read once each, and
// real traffic repeats less), and p50/p99 at light load,
// each process warmed up with 12,000 requests first (restify's deprecated `new Buffer` check slows a
// process's first 10,000), cold start (process start to first answered question, after the first
// start that fills Node's compile cache), and memory and turns/s after 1,000, 10,000 and 30,000 turns
// (past the state store's cap of 2 × MEMORY_MAX_CONVERSATIONS items: no step). Figures only; the
// targets are issue 13's.
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
/** Rounds of the throughput comparison (16 and 50 connections, each process in turn). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
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
async function load(url: string, connections: number, amount?: number) {
  const result = await autocannon({
    url: `${url}/api/messages`,
    connections,
    ...(amount ? { amount } : { duration: SECONDS }),
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

// The first start after a build compiles the new bundle and fills Node's compile cache: reported on
// its own, as a deployment's first start; the starts after it are the cold starts.
const first = await coldStart();
const colds: number[] = [];
for (let i = 0; i < 3; i++) colds.push(await coldStart());
const cold = Math.min(...colds);
console.log(
  `cold start (process start → first answered question), 3 starts: ${colds.map((c) => fmt(c, 0)).join(', ')} ms   target < 1000 ms: ${Math.max(...colds) < 1000 ? 'met' : 'NOT met'} (best ${fmt(cold, 0)}); the first start after the build, which fills the compile cache: ${fmt(first, 0)} ms`,
);

const ours = await startProcess(['dist/src/index.js'], {
  LOG_LEVEL: 'info',
  YIQI_TODAY: '2026-11-26',
  PUBLIC_RATE_BURST: '1000000',
  ...UNLIMITED,
});
const echo = await startProcess(['--import', 'tsx', 'scripts/echoBot.ts'], {});
try {
  // Warm-up: past restify's first 10,000 requests, and the JIT's.
  await load(ours.url, 16, 12_000);
  await load(echo.url, 16, 12_000);
  type Load = Awaited<ReturnType<typeof load>>;
  // Interleaved rounds, so a noisy moment of the machine falls on both; each round alternates which
  // process goes first. The ratio is judged on the median round, and every round is printed.
  const rounds: { connections: number; o: Load; e: Load }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const connections of [16, 50]) {
      const oursFirst = round % 2 === 0;
      const first = await load(oursFirst ? ours.url : echo.url, connections);
      const second = await load(oursFirst ? echo.url : ours.url, connections);
      rounds.push({ connections, o: oursFirst ? first : second, e: oursFirst ? second : first });
    }
  }
  // The bot with its caches of recent questions off: every turn searched and decided anew.
  const uncached = await startProcess(['dist/src/index.js'], {
    LOG_LEVEL: 'info',
    YIQI_TODAY: '2026-11-26',
    PUBLIC_RATE_BURST: '1000000',
    RECENT_QUESTIONS_CACHE: '0',
    ...UNLIMITED,
  });
  const uncachedRounds: { connections: number; o: Load; e: Load }[] = [];
  try {
    await load(uncached.url, 16, 12_000);
    for (const connections of [16, 50]) {
      const o = await load(uncached.url, connections);
      const e = await load(echo.url, connections);
      uncachedRounds.push({ connections, o, e });
    }
  } finally {
    uncached.child.kill('SIGTERM');
  }
  const lightOurs = await load(ours.url, 2);
  const lightEcho = await load(echo.url, 2);
  console.log(
    `\n${'turns/s (expectReplies)'.padEnd(30)}${'yiqi'.padStart(10)}${'echo bot'.padStart(10)}${'ratio'.padStart(8)}`,
  );
  const row = (label: string, o: Load, e: Load) => {
    console.log(
      `${label.padEnd(30)}${fmt(o.rps).padStart(10)}${fmt(e.rps).padStart(10)}${`${fmt((o.rps / e.rps) * 100)}%`.padStart(8)}`,
    );
    console.log(
      `${'  p50 / p99 ms'.padEnd(30)}${`${o.p50}/${o.p99}`.padStart(10)}${`${e.p50}/${e.p99}`.padStart(10)}`,
    );
  };
  rounds.forEach(({ connections, o, e }, i) =>
    row(`${connections} connections, round ${Math.floor(i / 2) + 1}`, o, e),
  );
  uncachedRounds.forEach(({ connections, o, e }) => row(`${connections} connections, caches off`, o, e));
  row('2 connections', lightOurs, lightEcho);
  for (const connections of [16, 50]) {
    const ratios = rounds
      .filter((r) => r.connections === connections)
      .map((r) => r.o.rps / r.e.rps)
      .sort((a, b) => a - b);
    const median = ratios[Math.floor(ratios.length / 2)]!;
    console.log(
      `throughput yiqi/echo at ${connections} connections: median ${fmt(median * 100)}% of ${ratios.length} rounds (${ratios.map((r) => `${fmt(r * 100)}%`).join(', ')})   target ≥ 90%: ${median >= 0.9 ? 'met' : 'NOT met'}`,
    );
  }
  console.log(
    `p99 at light load (2 connections): yiqi ${lightOurs.p99} ms, echo ${lightEcho.p99} ms   target no worse: ${lightOurs.p99 <= lightEcho.p99 ? 'met' : 'NOT met'}`,
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
  `heap after 30,000 turns (past the state store's cap) ${fmt(m30.heap / 2 ** 20)} MiB: ${pastCap >= 0 ? '+' : ''}${fmt(pastCap * 100)}% from 10,000   target flat (within 10%): ${Math.abs(pastCap) <= 0.1 ? 'met' : 'NOT met'}`,
);
console.log(
  `turns/s, one new conversation each (50 at a time): to 1,000 ${fmt(m1.rps)}, 1,000–10,000 ${fmt(m10.rps)}, 10,000–30,000 (past the cap) ${fmt(m30.rps)}`,
);
process.exit(0);

// `npx tsx scripts/bench-log.ts`: the cost of one log call, since one runs on every turn. Lines go to
// a `write` that keeps nothing, so this measures building and serialising a line, not the terminal.
// Figures only: nothing here fails a test.
import { performance } from 'node:perf_hooks';
import { createLogger, type Logger } from '../src/log/logger.js';

const CALLS = 200_000;

function time(label: string, log: Logger, call: (log: Logger, i: number) => void): void {
  for (let i = 0; i < 20_000; i++) call(log, i); // warm-up
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let i = 0; i < CALLS; i++) call(log, i);
    rounds.push(((performance.now() - t0) * 1e6) / CALLS);
  }
  rounds.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} ${rounds[2]!.toFixed(0).padStart(6)} ns/call (median of 5 × ${CALLS})`);
}

const discard = () => {};
const info = createLogger({ level: 'info', write: discard });
const err = new Error('State storage read failed: connect ECONNREFUSED 127.0.0.1:10000');

// The line every message turn writes (YiqiBot), as it is called there.
time('info: the per-turn "message" line', info, (log, i) =>
  log.info('message', {
    conversationId: `conv-${i & 1023}`,
    channelId: 'msteams',
    action: undefined,
    text: log.text('我们是一家小微企业，想问问无缝续贷怎么申请'),
  }),
);
time('debug below the level (dropped)', info, (log, i) => log.debug('bot reply stored', { i }));
time('error with an Error', info, (log, i) => log.error('turn error', { err, conversationId: `c${i}` }));
time('info with a nested object', info, (log, i) =>
  log.info('direct line refused the token request', {
    status: 403,
    endpoint: 'https://directline.botframework.com/v3/directline',
    request: { headers: { authorization: 'Bearer x' }, attempt: i },
  }),
);

// The real process (src/index.ts) stops cleanly on SIGTERM: requests in flight are answered, and
// the process exits 0 and says so in its log.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.js';
import { message, post, startCaptureServer } from '../helpers/botServer.js';

describe('graceful shutdown', () => {
  it('finishes requests in flight on SIGTERM, then exits 0', async () => {
    const capture = await startCaptureServer();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: projectRoot,
      env: { ...process.env, PORT: '0', YIQI_TODAY: '2026-11-26', DATA_DIR: '/tmp/yiqi-shutdown-test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start-up line: ${out}`)), 20_000);
      child.stdout.on('data', () => {
        const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    const inFlight = Array.from({ length: 20 }, (_, i) =>
      post(url, { ...message('无缝续贷', `shutdown-${i}`, capture.url), deliveryMode: 'expectReplies' }),
    );
    await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGTERM');
    const results = await Promise.allSettled(inFlight);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    await capture.close();
    expect(code).toBe(0);
    expect(out).toContain('shutting down');
    // Every request that reached the server before it stopped accepting was answered in full.
    for (const r of results) if (r.status === 'fulfilled') expect(r.value.status).toBe(200);
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThan(0);
  }, 60_000);
});

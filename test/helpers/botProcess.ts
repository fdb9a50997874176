// Starts the real process (src/index.ts, or the build's dist/src/index.js as `npm start` runs it) on
// an ephemeral loopback port and reads its start-up line; for tests about the process itself (it
// must survive, it must exit, it starts from the bundle).
import { spawn, type ChildProcess } from 'node:child_process';
import { projectRoot } from './paths.js';

export interface BotProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  /** Whether it is still running. */
  alive(): boolean;
  /** Stops it (SIGKILL if it has not exited after SIGTERM and a grace). */
  stop(): Promise<number | null>;
}

export async function startBotProcess(
  env: NodeJS.ProcessEnv = {},
  startTimeoutMs = 90_000,
  /** 'build': the compiled and bundled server (`npm run build`, run by npm install), as `npm start` runs it. */
  from: 'sources' | 'build' = 'sources',
): Promise<BotProcess> {
  const args = from === 'build' ? ['dist/src/index.js'] : ['--import', 'tsx', 'src/index.ts'];
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', YIQI_TODAY: '2026-11-26', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start-up line: ${out}`)), startTimeoutMs);
      const look = () => {
        const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
        if (!m) return;
        clearTimeout(timer);
        resolve(m[1]!);
      };
      child.stdout!.on('data', look);
      void exited.then((code) => reject(new Error(`exited with ${code}: ${out}`)));
    });
    return {
      url,
      child,
      output: () => out,
      alive: () => child.exitCode === null && child.signalCode === null,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

// Starts Azurite's blob service (the azurite devDependency, a version that runs on Node 20) on a
// free loopback port with its data in a temporary folder; stop() and start() again keep the data,
// so a test can take storage away and bring it back.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './paths.js';

const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForPort(port: number, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/devstoreaccount1?comp=list`);
      return;
    } catch {
      if (Date.now() > end) throw new Error(`Azurite did not start on port ${port}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export interface Azurite {
  connectionString: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  const location = mkdtempSync(join(tmpdir(), 'azurite-'));
  let child: ChildProcess | undefined;
  const azurite: Azurite = {
    connectionString:
      `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};` +
      `BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
    async start() {
      child = spawn(
        process.execPath,
        [
          join(projectRoot, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js'),
          '--blobHost',
          '127.0.0.1',
          '--blobPort',
          String(port),
          '--location',
          location,
          '--silent',
          '--disableTelemetry',
          '--skipApiVersionCheck',
          '--loose',
        ],
        { stdio: 'ignore' },
      );
      await waitForPort(port);
    },
    async stop() {
      const c = child;
      child = undefined;
      if (!c || c.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        c.once('exit', () => resolve());
        c.kill('SIGTERM');
      });
    },
  };
  await azurite.start();
  return azurite;
}

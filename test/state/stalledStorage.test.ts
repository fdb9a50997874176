// Blob storage that accepts connections and never answers: each state operation gives up after
// STORAGE_TIMEOUT_MS, the turn fails cleanly with the polite storage reply, nothing of it arrives
// later, and /readyz says the instance is not ready.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ask,
  message,
  replyText,
  startBot,
  startCaptureServer,
  type CaptureServer,
} from '../helpers/botServer.js';
import { knowledge } from '../helpers/knowledge.js';

const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

let blackHole: Server;
const sockets = new Set<Socket>();
let capture: CaptureServer;
let connectionString: string;

beforeAll(async () => {
  blackHole = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.resume(); // reads the request, never answers
  });
  await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
  const { port } = blackHole.address() as AddressInfo;
  connectionString =
    `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};` +
    `BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
  capture = await startCaptureServer();
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => blackHole.close(resolve));
  await capture.close();
});

describe('stalled blob storage', () => {
  it('fails the turn cleanly within the deadline, and nothing of it arrives later', async () => {
    const bot = await startBot({
      BLOB_CONNECTION_STRING: connectionString,
      STORAGE_TIMEOUT_MS: '800',
    });
    try {
      const started = Date.now();
      const replies = await ask(bot.url, message('我能申请研发投入奖励吗', 'stalled-1', capture.url));
      expect(Date.now() - started).toBeLessThan(5000);
      expect(replies.map(replyText)).toEqual([knowledge().replies.errors.storage]);
      // No late question: nothing is posted to the channel afterwards.
      await new Promise((r) => setTimeout(r, 3000));
      expect(capture.received.get('stalled-1')).toBeUndefined();
      const ready = await fetch(`${bot.url}/readyz`);
      expect(ready.status).toBe(503);
    } finally {
      await bot.app.close(500);
    }
  }, 30_000);
});

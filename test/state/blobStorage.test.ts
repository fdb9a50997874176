// Conversation state in Azure Blob Storage, against Azurite started by the test: a dialog half done
// survives a server restart, two instances share one conversation, an unreachable store gets a
// polite answer and the conversation recovers when the store returns — also when it was down from
// the first turn on; /readyz says whether storage answers; maintainers' records start again too.
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { BlobMaintainerLog, readBlobMaintainerLog } from '../../src/feedback/blobMaintainerLog.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import {
  ask,
  message,
  replyText,
  startBot,
  startCaptureServer,
  type CaptureServer,
} from '../helpers/botServer.js';
import { knowledge } from '../helpers/knowledge.js';

let azurite: Azurite;
let capture: CaptureServer;
let n = 0;

beforeAll(async () => {
  azurite = await startAzurite();
  capture = await startCaptureServer();
}, 60_000);
afterAll(async () => {
  await azurite.stop();
  await capture.close();
});

const blobEnv = () => ({
  BLOB_CONNECTION_STRING: azurite.connectionString,
  BLOB_CONTAINER: 'yiqi-test-state',
});

function conversation() {
  const id = `blob-${++n}`;
  const from = { id: `user-blob-${n}`, name: '企业用户' };
  return async (url: string, text: string) =>
    (await ask(url, message(text, id, capture.url, { from }))).map(replyText);
}

describe('blob storage (Azurite)', () => {
  it('rejects a stale eTag, as a shared store must', async () => {
    const storage = new BlobsStorage(azurite.connectionString, 'yiqi-etag-test');
    await storage.write({ k: { v: 1 } });
    const first = (await storage.read(['k'])).k as { eTag: string };
    await storage.write({ k: { v: 2, eTag: first.eTag } });
    await expect(storage.write({ k: { v: 3, eTag: first.eTag } })).rejects.toThrow();
  });

  it('continues a dialog half done after the server restarts', async () => {
    const say = conversation();
    const first = await startBot(blobEnv());
    await say(first.url, '我能申请研发投入奖励吗');
    await say(first.url, '是');
    await first.close();

    const second = await startBot(blobEnv());
    try {
      await say(second.url, '是');
      const [result] = await say(second.url, '600万');
      expect(result).toContain('600万元 × 5% = 30万元');
    } finally {
      await second.close();
    }
  });

  it('shares one conversation between two instances, each turn answered', async () => {
    const say = conversation();
    const a = await startBot(blobEnv());
    const b = await startBot(blobEnv());
    try {
      await say(a.url, '我能申请研发投入奖励吗');
      await say(b.url, '是');
      await say(a.url, '是');
      const [result] = await say(b.url, '2000万');
      expect(result).toContain('按50万元计');
      // Two messages at once on two instances: both are answered, none is lost.
      const [x, y] = await Promise.all([say(a.url, '无缝续贷'), say(b.url, 'AI算力券')]);
      expect(x.join('\n')).toContain('第18项');
      expect(y.join('\n')).toContain('第8项');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('answers politely while the store is unreachable and recovers when it returns', async () => {
    const say = conversation();
    const bot = await startBot(blobEnv());
    try {
      await say(bot.url, '我能申请研发投入奖励吗');
      await say(bot.url, '是');
      await azurite.stop();
      const down = await say(bot.url, '是');
      expect(down).toEqual([knowledge().replies.errors.storage]);
      const health = await fetch(`${bot.url}/healthz`);
      expect(health.status).toBe(200);
      await azurite.start();
      await say(bot.url, '是');
      const [result] = await say(bot.url, '600万');
      expect(result).toContain('= 30万元');
    } finally {
      await bot.close();
    }
  }, 60_000);

  it('storage down at the first turn: a polite answer, /readyz 503, and all well once it returns', async () => {
    const say = conversation();
    await azurite.stop();
    const bot = await startBot({ ...blobEnv(), BLOB_CONTAINER: 'yiqi-late-container' });
    try {
      expect(await say(bot.url, '我能申请研发投入奖励吗')).toEqual([knowledge().replies.errors.storage]);
      const down = await fetch(`${bot.url}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'not ready', reason: 'state storage unavailable' });
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      await azurite.start();
      await new Promise((r) => setTimeout(r, 1100)); // readiness is remembered for a second
      expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
      expect((await say(bot.url, '我能申请研发投入奖励吗')).join('\n')).toContain('我来帮您测算');
      await say(bot.url, '是');
      await say(bot.url, '是');
      const [result] = await say(bot.url, '600万');
      expect(result).toContain('= 30万元');
    } finally {
      await bot.close();
      if (
        !(await fetch(`${azurite.connectionString.match(/BlobEndpoint=([^;]+)/)![1]}?comp=list`).catch(
          () => undefined,
        ))
      )
        await azurite.start();
    }
  }, 90_000);

  it('maintainers’ records in blobs start again after the store was down at the first record', async () => {
    await azurite.stop();
    const log = new BlobMaintainerLog(azurite.connectionString, 'yiqi-late-log', { retentionDays: 180 });
    try {
      await expect(
        log.record({ type: 'unanswered', q: '第一条', reason: 'low-confidence' }),
      ).rejects.toThrow();
    } finally {
      await azurite.start();
    }
    await log.record({ type: 'unanswered', q: '第二条', reason: 'low-confidence' });
    expect(await readBlobMaintainerLog(azurite.connectionString, 'yiqi-late-log')).toContain('第二条');
  }, 90_000);

  it('deletes maintainers’ record days older than RETENTION_DAYS', async () => {
    let now = Date.parse('2026-01-01T10:00:00Z');
    const log = new BlobMaintainerLog(azurite.connectionString, 'yiqi-retention-log', {
      retentionDays: 30,
      now: () => now,
    });
    await log.record({ type: 'unanswered', q: '旧问题', reason: 'low-confidence' });
    now = Date.parse('2026-03-01T10:00:00Z');
    // A record on a new day starts a prune; an explicit one finds nothing more to delete.
    await log.record({ type: 'unanswered', q: '新问题', reason: 'low-confidence' });
    await log.pruneExpired();
    const text = await readBlobMaintainerLog(azurite.connectionString, 'yiqi-retention-log');
    expect(text).toContain('新问题');
    expect(text).not.toContain('旧问题');
  });
});

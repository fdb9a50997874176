// “Typing…” must never stop the bot: the real process, with a connector that refuses typing (503)
// and answers messages only after 1.5 s — the typing send fails after the turn has ended. The
// process keeps serving. In process: one typing activity for a slow turn, none for a fast one, none
// for expectReplies.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryStorage, type Activity, type StoreItems } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess } from '../helpers/botProcess.js';
import { ask, message, post, startBot, waitFor, type BotUnderTest } from '../helpers/botServer.js';

interface FakeConnector {
  url: string;
  received: Partial<Activity>[];
  close(): Promise<void>;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => resolve(text));
  });
}

/** A channel connector: typing refused with `typingStatus`, messages answered after `messageDelayMs`. */
async function fakeConnector(typingStatus: number, messageDelayMs: number): Promise<FakeConnector> {
  const received: Partial<Activity>[] = [];
  const server: Server = createServer((req, res) => {
    void body(req).then((text) => {
      const activity = JSON.parse(text || '{}') as Partial<Activity>;
      received.push(activity);
      if (activity.type === 'typing' && typingStatus >= 300) {
        res.writeHead(typingStatus, { 'content-type': 'application/json' });
        return void res.end('{"error":{"code":"ServiceUnavailable"}}');
      }
      setTimeout(
        () => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: `r-${received.length}` }));
        },
        activity.type === 'message' ? messageDelayMs : 0,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('the typing indicator', () => {
  it('a typing send that fails after the turn ended does not stop the process', async () => {
    const connector = await fakeConnector(503, 1500);
    const bot = await startBotProcess({ DATA_DIR: '/tmp/yiqi-typing-test', LOG_LEVEL: 'debug' });
    try {
      const res = await post(bot.url, message('无缝续贷怎么申请', 'typing-crash', connector.url));
      expect(res.status).toBe(200);
      expect(connector.received.filter((a) => a.type === 'message')).toHaveLength(1);
      expect(connector.received.some((a) => a.type === 'typing')).toBe(true);
      // The refused typing send (retried by the connector client, then given up) ends after the turn.
      await new Promise((r) => setTimeout(r, 8000));
      expect(bot.alive(), bot.output()).toBe(true);
      const health = await fetch(`${bot.url}/healthz`);
      expect(health.status).toBe(200);
      expect(bot.output()).toContain('typing indicator not sent');
      // …and it still answers.
      const again = await post(bot.url, message('AI算力券', 'typing-crash-2', connector.url));
      expect(again.status).toBe(200);
    } finally {
      await bot.stop();
      await connector.close();
    }
  }, 180_000);
});

describe('when typing is shown', () => {
  let bot: BotUnderTest;
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await fakeConnector(200, 900);
    bot = await startBot();
  });
  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  it('sends one typing activity for a turn still running after half a second', async () => {
    const id = 'typing-slow';
    await post(bot.url, message('无缝续贷', id, connector.url));
    const mine = connector.received.filter((a) => a.conversation?.id === id);
    expect(mine.filter((a) => a.type === 'typing')).toHaveLength(1);
    expect(mine.filter((a) => a.type === 'message')).toHaveLength(1);
  });

  it('sends none for a turn that ends at once, and none after it', async () => {
    const fast = await startBot();
    try {
      const capture = await fakeConnector(200, 0);
      try {
        const id = 'typing-fast';
        await post(fast.url, message('无缝续贷', id, capture.url));
        await waitFor(() => (capture.received.some((a) => a.type === 'message') ? true : undefined));
        await new Promise((r) => setTimeout(r, 800));
        expect(capture.received.filter((a) => a.type === 'typing')).toHaveLength(0);
      } finally {
        await capture.close();
      }
    } finally {
      await fast.close();
    }
  });

  it('sends none when the caller expects the replies in the response, however long the turn', async () => {
    // State storage that takes 800 ms to read (a distant blob store): the turn outlasts the typing delay.
    class SlowStorage extends MemoryStorage {
      override async read(keys: string[]): Promise<StoreItems> {
        await new Promise((r) => setTimeout(r, 800));
        return super.read(keys);
      }
    }
    const slow = await startBot({}, { storage: new SlowStorage() });
    try {
      const id = 'typing-expect-replies';
      const replies = await ask(slow.url, message('无缝续贷', id, connector.url));
      expect(replies).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 800));
      expect(connector.received.filter((a) => a.conversation?.id === id)).toHaveLength(0);
    } finally {
      await slow.close();
    }
  });
});

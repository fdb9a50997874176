// How turns are taken on, on the real server: one at a time per conversation (two answers sent at
// once give one coherent outcome), a redelivered activity is answered once, turns in flight are
// capped, a turn has a budget within the channel's 15 s, every connector call has a deadline, and in
// local mode each client has an allowance of turns.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ask, message, post, replyText, startBot, useBotServer } from '../helpers/botServer.js';

const server = useBotServer();

/** A channel connector that answers after `delayMs` (never when undefined). */
async function slowConnector(delayMs: number | undefined) {
  const sockets = new Set<Socket>();
  const received: Partial<Activity>[] = [];
  const http: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      received.push(JSON.parse(text || '{}') as Partial<Activity>);
      if (delayMs === undefined) return; // accepts, never answers
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"x"}');
      }, delayMs);
    });
  });
  http.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        http.close(() => resolve());
      }),
  };
}

describe('one turn at a time per conversation', () => {
  it('two amounts sent at once in an eligibility check give one result', async () => {
    // Replies go to a connector that takes a moment to answer (as a channel's does), so a turn is
    // still running — its state not yet saved — when the other message arrives.
    const connector = await slowConnector(300);
    try {
      const id = 'turns-amounts';
      const from = { id: 'user-turns-amounts', name: '企业用户' };
      const say = async (text: string) =>
        (await ask(server.bot.url, message(text, id, connector.url, { from }))).map(replyText);
      await say('我能申请研发投入奖励吗');
      await say('是');
      const [amountQuestion] = await say('是');
      expect(amountQuestion).toContain('研发');
      const sent = await Promise.all(
        ['100万', '900万'].map((text) => post(server.bot.url, message(text, id, connector.url, { from }))),
      );
      expect(sent.map((r) => r.status)).toEqual([200, 200]);
      const results = connector.received
        .filter((a) => a.type === 'message')
        .map((a) => replyText(a))
        .filter((t) => t.includes('× 5% ='));
      // Whichever came first was the answer; the other arrived after the question was closed.
      expect(results).toHaveLength(1);
      expect(results[0]).toMatch(/(100万元 × 5% = 5万元|900万元 × 5% = 45万元)/);
    } finally {
      await connector.close();
    }
  });

  it('answers an activity delivered twice once, whether the second comes later or at the same time', async () => {
    const activity = {
      ...message('无缝续贷', 'turns-redelivered', server.capture.url),
      deliveryMode: 'expectReplies',
    };
    const first = await post(server.bot.url, activity);
    const second = await post(server.bot.url, activity);
    const messages = (r: { json: unknown }) =>
      ((r.json as { activities?: Partial<Activity>[] }).activities ?? []).filter((x) => x.type === 'message');
    expect(first.status).toBe(200);
    expect(messages(first)).toHaveLength(1);
    expect(second.status).toBe(200);
    expect(messages(second)).toHaveLength(0);
    const twin = {
      ...message('AI算力券', 'turns-redelivered', server.capture.url),
      deliveryMode: 'expectReplies',
    };
    const both = await Promise.all([post(server.bot.url, twin), post(server.bot.url, twin)]);
    expect(both.map((r) => messages(r).length).sort()).toEqual([0, 1]);
  });
});

describe('limits on turns', () => {
  it('answers 503 with Retry-After beyond MAX_TURNS_IN_FLIGHT', async () => {
    const connector = await slowConnector(1500);
    const bot = await startBot({ MAX_TURNS_IN_FLIGHT: '2' });
    try {
      const send = (i: number) => post(bot.url, message('无缝续贷', `cap-${i}`, connector.url));
      const first = [send(1), send(2)];
      await new Promise((r) => setTimeout(r, 300));
      const third = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message('无缝续贷', 'cap-3', connector.url)),
      });
      expect(third.status).toBe(503);
      expect(third.headers.get('retry-after')).toBe('1');
      expect((await Promise.all(first)).map((r) => r.status)).toEqual([200, 200]);
      // Freed again once they are done.
      expect((await send(4)).status).toBe(200);
    } finally {
      await bot.close();
      await connector.close();
    }
  }, 30_000);

  it('gives a connector call CONNECTOR_TIMEOUT_MS: a connector that never answers cannot hold the turn', async () => {
    const connector = await slowConnector(undefined);
    const bot = await startBot({ CONNECTOR_TIMEOUT_MS: '500' });
    try {
      const started = Date.now();
      const res = await post(bot.url, message('无缝续贷', 'deadline-1', connector.url));
      expect(res.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(4000);
      // The answer and then the apology were each tried once and given up.
      expect(connector.received.filter((a) => a.type === 'message')).toHaveLength(2);
    } finally {
      await bot.close();
      await connector.close();
    }
  }, 30_000);

  it('ends a turn at TURN_BUDGET_MS: the request is answered within the budget and a second after', async () => {
    const connector = await slowConnector(undefined);
    const bot = await startBot({ TURN_BUDGET_MS: '1500', CONNECTOR_TIMEOUT_MS: '10000' });
    try {
      const started = Date.now();
      const res = await post(bot.url, message('无缝续贷', 'budget-1', connector.url));
      const took = Date.now() - started;
      expect(res.status).toBe(503);
      expect(took).toBeGreaterThanOrEqual(1500);
      expect(took).toBeLessThan(4500);
      // The same conversation goes on (its queue was released).
      const next = await ask(bot.url, message('AI算力券', 'budget-1', connector.url));
      expect(replyText(next[0]!)).toContain('AI算力券');
    } finally {
      await bot.close();
      await connector.close();
    }
  }, 30_000);

  it('limits each client’s turns in local mode (429 with Retry-After)', async () => {
    const bot = await startBot({ MESSAGES_RATE_PER_SECOND: '1', MESSAGES_RATE_BURST: '3' });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            ...message('你好', `rate-${i}`, server.capture.url),
            deliveryMode: 'expectReplies',
          }),
        });
        statuses.push(res.status);
        if (res.status === 429) retryAfter = res.headers.get('retry-after');
        await res.text();
      }
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      expect(statuses.at(-1)).toBe(429);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    } finally {
      await bot.close();
    }
  });
});

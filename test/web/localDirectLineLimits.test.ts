// The local Direct Line's bounds, on a bare server with a stand-in bot and a clock the test moves:
// conversations beyond the cap or idle too long are forgotten, each keeps only its newest
// activities, tokens expire and refresh, turns of one conversation run in order.
import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import {
  mountLocalDirectLine,
  type ChannelActivity,
  type LocalDirectLineLimits,
} from '../../src/directline/index.js';
import { silentLogger } from '../../src/log/logger.js';

interface Local {
  url: string;
  clock: { now: number };
  call(method: string, path: string, token?: string, body?: unknown): Promise<Response>;
  generate(): Promise<{ conversationId: string; token: string }>;
  close(): Promise<void>;
}

let running: Local | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** A stand-in bot: answers each message “re: <text>” (slowly for 慢), says hi on joining, fails on boom. */
async function botTurn(activity: ChannelActivity): Promise<void> {
  const conversationId = (activity.conversation as { id: string }).id;
  const text = activity.type === 'conversationUpdate' ? 'hi' : `re: ${String(activity.text)}`;
  if (activity.text === 'boom') throw new Error('boom');
  if (activity.text === '慢') await new Promise((r) => setTimeout(r, 150));
  const res = await fetch(
    `${String(activity.serviceUrl)}/v3/conversations/${encodeURIComponent(conversationId)}/activities/${encodeURIComponent(activity.id ?? '')}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text, replyToId: activity.id }),
    },
  );
  if (!res.ok) throw new Error(`connector answered ${res.status}`);
}

async function startLocal(limits: Partial<LocalDirectLineLimits>): Promise<Local> {
  const clock = { now: Date.parse('2026-11-26T08:00:00Z') };
  const server: Server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  mountLocalDirectLine(server, { runTurn: botTurn, logger: silentLogger, limits, now: () => clock.now });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = (method: string, path: string, token?: string, body?: unknown) =>
    fetch(`${url}/v3/directline${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  running = {
    url,
    clock,
    call,
    generate: async () =>
      (await (await call('POST', '/tokens/generate')).json()) as { conversationId: string; token: string },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return running;
}

async function activities(local: Local, g: { conversationId: string; token: string }) {
  const res = await local.call('GET', `/conversations/${g.conversationId}/activities`, g.token);
  return {
    status: res.status,
    body: (await res.json()) as { activities: ChannelActivity[]; watermark: string },
  };
}

const say = (local: Local, g: { conversationId: string; token: string }, text: string) =>
  local.call('POST', `/conversations/${g.conversationId}/activities`, g.token, { type: 'message', text });

describe('local Direct Line limits', () => {
  it('forgets the least recently used conversation beyond maxConversations', async () => {
    const local = await startLocal({ maxConversations: 2 });
    const a = await local.generate();
    const b = await local.generate();
    expect((await activities(local, a)).status).toBe(200); // a is now more recent than b
    const c = await local.generate();
    expect((await activities(local, b)).status).toBe(404);
    expect((await activities(local, a)).status).toBe(200);
    expect((await activities(local, c)).status).toBe(200);
  });

  it('forgets a conversation nobody has used for idleMinutes', async () => {
    const local = await startLocal({ idleMinutes: 30, tokenTtlSeconds: 7200 });
    const g = await local.generate();
    local.clock.now += 29 * 60_000;
    expect((await activities(local, g)).status).toBe(200);
    local.clock.now += 30 * 60_000 + 1;
    expect((await activities(local, g)).status).toBe(404);
  });

  it('keeps only the newest maxActivitiesPerConversation activities; the watermark keeps counting', async () => {
    const local = await startLocal({ maxActivitiesPerConversation: 3 });
    const g = await local.generate();
    expect((await local.call('POST', '/conversations', g.token)).status).toBe(201);
    for (const text of ['一', '二', '三']) expect((await say(local, g, text)).status).toBe(200);
    const { body } = await activities(local, g);
    // hi, 一, re: 一, 二, re: 二, 三, re: 三 → the last three
    expect(body.activities.map((a) => a.text)).toEqual(['re: 二', '三', 're: 三']);
    expect(body.watermark).toBe('7');
  });

  it('refuses an expired token with 403 and accepts one refreshed before expiry', async () => {
    const local = await startLocal({ tokenTtlSeconds: 60 });
    const g = await local.generate();
    local.clock.now += 50_000;
    const refreshed = (await (await local.call('POST', '/tokens/refresh', g.token)).json()) as {
      token: string;
      expires_in: number;
    };
    expect(refreshed.expires_in).toBe(60);
    local.clock.now += 20_000;
    expect((await activities(local, g)).status).toBe(403);
    expect((await activities(local, { ...g, token: refreshed.token })).status).toBe(200);
  });

  it('runs the turns of one conversation in the order they arrived', async () => {
    const local = await startLocal({});
    const g = await local.generate();
    await Promise.all([say(local, g, '慢'), say(local, g, '快')]);
    const texts = (await activities(local, g)).body.activities.map((a) => a.text);
    expect(texts.filter((t) => String(t).startsWith('re: '))).toEqual(['re: 慢', 're: 快']);
  });

  it('answers 502 when the bot fails, and goes on with the next turn', async () => {
    const local = await startLocal({});
    const g = await local.generate();
    const failed = await say(local, g, 'boom');
    expect(failed.status).toBe(502);
    expect(await failed.json()).toMatchObject({ error: { code: 'BotError' } });
    expect((await say(local, g, '好')).status).toBe(200);
  });

  it('bounds each conversation by the bytes of its activities, and all conversations together', async () => {
    const local = await startLocal({ maxBytesPerConversation: 6000, maxBytesTotal: 14_000 });
    const a = await local.generate();
    const big = 'x'.repeat(1500);
    for (let i = 0; i < 4; i++) expect((await say(local, a, `${i}${big}`)).status).toBe(200);
    // Eight activities of some 1.8 KB each: only the newest that fit in 6,000 bytes are kept.
    const kept = (await activities(local, a)).body.activities;
    expect(kept.length).toBeLessThan(8);
    expect(kept.at(-1)!.text).toBe(`re: 3${big}`);
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(6000);
    // Two more conversations as large: together over 14,000 bytes, so the least recently used goes.
    const b = await local.generate();
    for (let i = 0; i < 4; i++) await say(local, b, `${i}${big}`);
    const c = await local.generate();
    for (let i = 0; i < 4; i++) await say(local, c, `${i}${big}`);
    expect((await activities(local, a)).status).toBe(404);
    expect((await activities(local, c)).status).toBe(200);
  });

  it('limits polling per client (429 with Retry-After)', async () => {
    const local = await startLocal({ pollsPerSecond: 1, pollBurst: 3 });
    const g = await local.generate();
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await activities(local, g)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    local.clock.now += 1000;
    expect((await activities(local, g)).status).toBe(200);
  });
});

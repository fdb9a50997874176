// The local Direct Line 3.0 endpoint, spoken to by botframework-directlinejs (the client inside
// Web Chat) with polling, and by plain HTTP for what a client must not be able to do.
import { createRequire } from 'node:module';
import type { Activity as DirectLineActivity } from 'botframework-directlinejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, replyText, type BotUnderTest } from '../helpers/botServer.js';
import { knowledge } from '../helpers/knowledge.js';

// directlinejs polls through rxjs' ajax, which needs an XMLHttpRequest; Node 20 has none (and no
// global WebSocket, which the library names even when it polls).
(globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest ??= createRequire(import.meta.url)('xhr2');
const { ConnectionStatus, DirectLine } = await import('botframework-directlinejs');
type Activity = DirectLineActivity & { replyToId?: string };

let bot: BotUnderTest;
const kb = knowledge();
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

interface Generated {
  conversationId: string;
  token: string;
  expires_in: number;
  userId: string;
}

async function generate(): Promise<Generated> {
  const res = await fetch(`${bot.url}/v3/directline/tokens/generate`, { method: 'POST' });
  expect(res.status).toBe(200);
  return (await res.json()) as Generated;
}

function call(method: string, path: string, token?: string, body?: unknown) {
  return fetch(`${bot.url}/v3/directline${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function started(): Promise<Generated> {
  const g = await generate();
  expect((await call('POST', '/conversations', g.token)).status).toBe(201);
  return g;
}

/** Polls the activities until one matches, as a client would. */
async function waitForActivity(
  g: Generated,
  match: (a: Activity) => boolean,
  timeoutMs = 5000,
): Promise<Activity> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await call('GET', `/conversations/${g.conversationId}/activities`, g.token);
    const { activities } = (await res.json()) as { activities: Activity[] };
    const found = activities.find(match);
    if (found) return found;
    if (Date.now() > until) throw new Error('no matching activity in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const fromBot = (a: Activity) => a.type === 'message' && a.from.role === 'bot';

describe('with botframework-directlinejs (polling)', () => {
  it('starts a conversation, hears the welcome, sends a question and receives the answer', async () => {
    const { token } = await generate();
    const directLine = new DirectLine({
      token,
      domain: `${bot.url}/v3/directline`,
      webSocket: false,
      pollingInterval: 200,
      // Unused with polling; the library still reads it.
      WebSocket: class {} as never,
    });
    const activities: Activity[] = [];
    const subscription = directLine.activity$.subscribe((a) => activities.push(a as Activity));
    try {
      await expect
        .poll(() => activities.find(fromBot), { timeout: 5000 })
        .toSatisfy((a) => replyText(a as never).includes(kb.replies.welcome.title));
      expect(directLine.connectionStatus$.getValue()).toBe(ConnectionStatus.Online);

      const id = await new Promise<string>((resolve, reject) =>
        directLine
          .postActivity({ type: 'message', from: { id: 'someone-else' }, text: '無縫續貸' })
          .subscribe(resolve, reject),
      );
      const answer = () => activities.find((a) => fromBot(a) && a.replyToId === id);
      await expect.poll(answer, { timeout: 5000 }).toBeDefined();
      expect(replyText(answer() as never)).toContain('第18项');
      // The echo of the question carries the token's user, whatever the client claimed.
      const echo = activities.find((a) => a.id === id)!;
      expect(echo.from.id).toMatch(/^dl_/);
      expect(echo.from.role).toBe('user');
    } finally {
      subscription.unsubscribe();
      directLine.end();
    }
  });
});

describe('tokens', () => {
  it('refuses a request without a token (401) and a token that belongs to no conversation (403)', async () => {
    const g = await started();
    expect((await call('GET', `/conversations/${g.conversationId}/activities`)).status).toBe(401);
    for (const forged of [
      'not-a-token',
      `${g.token}x`,
      g.token.replace(/\.[^.]+$/, '.c2lnbmF0dXJl'),
      // alg none: a header and payload with no signature
      g.token.replace(/\.[^.]+$/, '.'),
    ]) {
      const res = await call('GET', `/conversations/${g.conversationId}/activities`, forged);
      expect(res.status, forged).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'TokenInvalid' } });
    }
    expect((await call('POST', '/conversations', 'not-a-token')).status).toBe(403);
    expect((await call('POST', '/tokens/refresh', 'not-a-token')).status).toBe(403);
  });

  it("does not let one conversation's token read or write another conversation", async () => {
    const a = await started();
    const b = await started();
    await waitForActivity(b, fromBot);
    const read = await call('GET', `/conversations/${b.conversationId}/activities`, a.token);
    expect(read.status).toBe(403);
    expect(await read.text()).not.toContain(kb.replies.welcome.title);
    const write = await call('POST', `/conversations/${b.conversationId}/activities`, a.token, {
      type: 'message',
      text: '你好',
    });
    expect(write.status).toBe(403);
    expect((await call('GET', `/conversations/${b.conversationId}`, a.token)).status).toBe(403);
  });

  it('refreshes a token for the same conversation', async () => {
    const g = await started();
    const res = await call('POST', '/tokens/refresh', g.token);
    expect(res.status).toBe(200);
    const refreshed = (await res.json()) as Generated;
    expect(refreshed.conversationId).toBe(g.conversationId);
    expect(refreshed.token).not.toBe(g.token);
    expect(refreshed.expires_in).toBeGreaterThan(0);
    expect((await call('GET', `/conversations/${g.conversationId}/activities`, refreshed.token)).status).toBe(
      200,
    );
  });
});

describe('conversations', () => {
  it('welcomes once, however often the conversation is started (reconnects)', async () => {
    const g = await started();
    expect((await call('POST', '/conversations', g.token)).status).toBe(200);
    expect((await call('GET', `/conversations/${g.conversationId}`, g.token)).status).toBe(200);
    await waitForActivity(g, fromBot);
    await new Promise((r) => setTimeout(r, 200));
    const res = await call('GET', `/conversations/${g.conversationId}/activities`, g.token);
    const { activities } = (await res.json()) as { activities: Activity[] };
    expect(activities.filter(fromBot)).toHaveLength(1);
  });

  it('returns only the activities after a watermark, and echoes card button values', async () => {
    const g = await started();
    await waitForActivity(g, fromBot);
    const first = (await (
      await call('GET', `/conversations/${g.conversationId}/activities`, g.token)
    ).json()) as {
      watermark: string;
    };
    const posted = await call('POST', `/conversations/${g.conversationId}/activities`, g.token, {
      type: 'message',
      value: { action: 'measure', id: 'seamless-renewal', text: '第18项 无缝续贷' },
      channelData: { clientActivityID: 'client-1' },
    });
    expect(posted.status).toBe(200);
    const res = await call(
      'GET',
      `/conversations/${g.conversationId}/activities?watermark=${first.watermark}`,
      g.token,
    );
    const page = (await res.json()) as { activities: Activity[]; watermark: string };
    expect(Number(page.watermark)).toBeGreaterThan(Number(first.watermark));
    expect(page.activities[0]).toMatchObject({ channelData: { clientActivityID: 'client-1' } });
    expect(page.activities.some((a) => fromBot(a) && replyText(a as never).includes('第18项'))).toBe(true);
    expect(
      page.activities.every(
        (a) => a.type !== 'message' || !replyText(a as never).includes(kb.replies.welcome.title),
      ),
    ).toBe(true);
  });

  it('refuses activities it does not accept, with a short reason', async () => {
    const g = await started();
    const path = `/conversations/${g.conversationId}/activities`;
    const bad = await call('POST', path, g.token, { type: 'invoke', name: 'x' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'BadArgument', message: expect.stringContaining('type') },
    });
    expect((await call('POST', path, g.token, { type: 'message', text: 5 })).status).toBe(400);
    expect((await call('POST', path, g.token, { type: 'typing' })).status).toBe(200);
  });

  it('makes the user id itself: a client cannot choose one (and so load another user’s profile)', async () => {
    const res = await fetch(`${bot.url}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: 'dl_someone-else' } }),
    });
    const generated = (await res.json()) as Generated;
    expect(generated.userId).not.toBe('dl_someone-else');
    expect(generated.userId).toMatch(/^dl_[\w-]{16}$/);
  });

  it('refuses a value nested too deeply, and polling that conversation goes on working', async () => {
    const g = await started();
    const path = `/conversations/${g.conversationId}/activities`;
    const deep = `{"type":"event","name":"x","value":${'['.repeat(60_000)}${']'.repeat(60_000)}}`;
    const res = await fetch(`${bot.url}/v3/directline${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${g.token}` },
      body: deep,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'BadArgument', message: 'body is nested too deeply' },
    });
    for (let i = 0; i < 3; i++) expect((await call('GET', path, g.token)).status).toBe(200);
  });

  it('takes bot replies on its connector route only with the per-process key', async () => {
    const g = await started();
    const res = await fetch(
      `${bot.url}/directline-connector/wrong-key/v3/conversations/${g.conversationId}/activities`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: '伪造' }),
      },
    );
    expect(res.status).toBe(403);
  });
});

// Bad input of every kind: each gets a clear 4xx or a polite reply, the server stays up, and no
// stack trace reaches a client. Ends with a fuzz run of 5,000 random and mutated activities.
import { describe, expect, it } from 'vitest';
import { ask, message, post, replyText, startBot, useBotServer } from '../helpers/botServer.js';

const server = useBotServer({ PUBLIC_RATE_PER_SECOND: '1000', PUBLIC_RATE_BURST: '1000' });
let n = 0;
const conv = () => `bad-${++n}`;

const STACK = /\bat [\w.<>]+ \(|node:internal|\.ts:\d+:\d+/;

describe('bad input', () => {
  it('refuses bodies missing conversation, from or serviceUrl with 400', async () => {
    const base = message('hi', conv(), server.capture.url) as Record<string, unknown>;
    for (const field of ['conversation', 'from', 'serviceUrl', 'channelId', 'type']) {
      const body = { ...base };
      delete body[field];
      const res = await post(server.bot.url, body);
      expect(res.status, field).toBe(400);
      expect(res.json).toMatchObject({ error: expect.stringContaining(field) });
    }
  });

  it('refuses a serviceUrl the bot must not call: not loopback in local mode', async () => {
    const res = await post(server.bot.url, message('hi', conv(), 'https://attacker.example/'));
    expect(res).toMatchObject({
      status: 400,
      json: { error: 'serviceUrl: must be a loopback address in local mode' },
    });
  });

  it('answers attachments only and empty text politely', async () => {
    const kb = server.bot.app.services.kb;
    const attachment = await ask(server.bot.url, {
      ...message('', conv(), server.capture.url),
      text: undefined,
      attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1/x.png' }],
    });
    expect(attachment[0]!.text).toBe(kb.replies.errors.attachmentOnly);
    const empty = await ask(server.bot.url, message('   ', conv(), server.capture.url));
    expect(empty[0]!.text).toBe(kb.replies.declined.empty);
  });

  it('answers a 10,000-character message once', async () => {
    const replies = await ask(server.bot.url, message('无缝续贷'.repeat(2500), conv(), server.capture.url));
    expect(replies).toHaveLength(1);
  });

  it('never echoes HTML or Markdown from the user into a card', async () => {
    const text = '<script>alert(1)</script> **粗体** [链接](http://x) <img src=x onerror=alert(1)> 无缝续贷';
    const replies = await ask(server.bot.url, message(text, conv(), server.capture.url));
    const all = JSON.stringify(replies);
    expect(all).not.toContain('<script>');
    expect(all).not.toContain('onerror');
    expect(all).not.toContain('**粗体**');
  });

  it('handles control characters and unknown-but-valid activity types without replying', async () => {
    expect(
      await ask(server.bot.url, message('\u0000\u0007\u001b[31m无缝续贷\u007f', conv(), server.capture.url)),
    ).toHaveLength(1);
    for (const type of ['typing', 'event', 'messageReaction', 'endOfConversation', 'installationUpdate']) {
      const res = await post(server.bot.url, {
        ...message('', conv(), server.capture.url),
        type,
        deliveryMode: 'expectReplies',
      });
      expect(res.status, type).toBeLessThan(300);
    }
  });
});

/** A small deterministic pseudo-random generator, so a failing fuzz case can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('fuzz', () => {
  it('survives 5,000 random and mutated activities: only 2xx/4xx, no stack traces, still healthy', async () => {
    const rand = rng(20261126);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const strings = [
      '',
      ' ',
      '无缝续贷',
      '專精特新',
      'zhipingquan',
      '😀',
      '\u0000',
      '<b>x</b>',
      '"',
      '\\',
      'a'.repeat(5000),
      '第8条',
      '取消',
      '政策体检',
      '是',
      '600万',
    ];
    const values: unknown[] = [null, 0, -1, 1e308, true, [], {}, [1, 2], { id: 5 }, ...strings];
    const fields = [
      'type',
      'text',
      'channelId',
      'serviceUrl',
      'conversation',
      'from',
      'recipient',
      'id',
      'locale',
      'value',
      'attachments',
      'entities',
      'membersAdded',
      'deliveryMode',
      'channelData',
    ];
    const types = ['message', 'conversationUpdate', 'invoke', 'event', 'typing', 'bogus', '', 'MESSAGE'];
    const statuses = new Map<number, number>();
    let i = 0;
    const one = async () => {
      const k = i++;
      let body: unknown;
      const roll = rand();
      if (roll < 0.08) {
        body = pick(['{', '[]', 'null', '"x"', '{"type":', '123', '{"a":'.repeat(50)]);
      } else {
        const activity: Record<string, unknown> = {
          ...message(pick(strings), `fuzz-${k % 40}`, server.capture.url),
          type: pick(types),
          deliveryMode: 'expectReplies',
        };
        const mutations = Math.floor(rand() * 4);
        for (let m = 0; m < mutations; m++) {
          const field = pick(fields);
          if (rand() < 0.3) delete activity[field];
          else if (field === 'serviceUrl')
            activity[field] = pick(['not a url', 'ftp://x', 'http://127.0.0.1:9/', server.capture.url, 5]);
          else if (field === 'deliveryMode') activity[field] = pick(['normal', 'expectReplies', 7]);
          else activity[field] = pick(values);
        }
        if (rand() < 0.1)
          activity.value = {
            action: pick(['measure', 'area', 'feedback', 'answer', 'checkup', 'x']),
            id: pick(strings),
            useful: pick(values),
            text: pick(strings),
          };
        body = JSON.stringify(activity);
      }
      const res = await post(server.bot.url, body as string);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status, `case ${k}: ${String(body).slice(0, 200)}`).toBeLessThan(500);
      expect(res.text, `case ${k}`).not.toMatch(STACK);
    };
    const workers = Array.from({ length: 8 }, async () => {
      while (i < 5000) await one();
    });
    await Promise.all(workers);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5000);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(100);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(100);
    const health = await fetch(`${server.bot.url}/healthz`);
    expect(health.status).toBe(200);
  }, 120_000);
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past the per-client limit on the public search endpoint', async () => {
    const limited = await startBot({ PUBLIC_RATE_PER_SECOND: '1', PUBLIC_RATE_BURST: '3' });
    try {
      const codes: number[] = [];
      let retryAfter: string | null = null;
      for (let k = 0; k < 5; k++) {
        const res = await fetch(`${limited.url}/api/search?q=${encodeURIComponent('无缝续贷')}`);
        codes.push(res.status);
        if (res.status === 429) retryAfter = res.headers.get('retry-after');
        await res.text();
      }
      expect(codes.slice(0, 3)).toEqual([200, 200, 200]);
      expect(codes.at(-1)).toBe(429);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);

      // The web chat's own endpoints: starting conversations is limited the same way.
      const tokens: number[] = [];
      for (let k = 0; k < 5; k++) {
        const res = await fetch(`${limited.url}/v3/directline/tokens/generate`, { method: 'POST' });
        tokens.push(res.status);
        await res.text();
      }
      expect(tokens.slice(0, 3).every((s) => s < 300)).toBe(true);
      expect(tokens.at(-1)).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('replies to bad input stay polite', () => {
  it('a card button with data the bot does not know is read as text, not an error', async () => {
    const replies = await ask(server.bot.url, {
      ...message('', conv(), server.capture.url),
      text: undefined,
      value: { action: 'nope', text: '无缝续贷' },
    });
    expect(replies.length).toBeLessThanOrEqual(1);
    if (replies[0]) expect(replyText(replies[0])).not.toMatch(STACK);
  });
});

describe('rate limits behind a reverse proxy', () => {
  // A trusted proxy appends the address it saw to X-Forwarded-For; anything to its left is whatever
  // the client wrote.
  const search = (url: string, forwardedFor: string) =>
    fetch(`${url}/api/search?q=x`, { headers: { 'x-forwarded-for': forwardedFor } }).then(async (r) => {
      await r.text();
      return r.status;
    });

  it('count clients by the address the trusted proxy added when TRUST_PROXY is set', async () => {
    const trusting = await startBot({
      PUBLIC_RATE_PER_SECOND: '1',
      PUBLIC_RATE_BURST: '2',
      TRUST_PROXY: 'true',
    });
    try {
      const a = [
        await search(trusting.url, '203.0.113.1'),
        await search(trusting.url, '203.0.113.1'),
        await search(trusting.url, '203.0.113.1'),
      ];
      expect(a.at(-1)).toBe(429);
      // Another client behind the same proxy has its own allowance.
      expect(await search(trusting.url, '203.0.113.2')).toBe(200);
      // Entries the client wrote itself, left of the proxy's, do not make it another client.
      const spoofed = [];
      for (let k = 0; k < 5; k++) spoofed.push(await search(trusting.url, `198.51.100.${k}, 203.0.113.1`));
      expect(spoofed).toEqual([429, 429, 429, 429, 429]);
    } finally {
      await trusting.close();
    }
  });

  it('with TRUST_PROXY_HOPS=2, take the address the outer of two proxies added', async () => {
    const trusting = await startBot({
      PUBLIC_RATE_PER_SECOND: '1',
      PUBLIC_RATE_BURST: '1',
      TRUST_PROXY: 'true',
      TRUST_PROXY_HOPS: '2',
    });
    try {
      // client, then the outer proxy's view of the client, then the inner proxy's view of the outer one.
      expect(await search(trusting.url, 'spoof-1, 203.0.113.7, 10.0.0.1')).toBe(200);
      expect(await search(trusting.url, 'spoof-2, 203.0.113.7, 10.0.0.1')).toBe(429);
      expect(await search(trusting.url, '203.0.113.8, 10.0.0.1')).toBe(200);
    } finally {
      await trusting.close();
    }
  });

  it('ignore X-Forwarded-For without TRUST_PROXY', async () => {
    const plain = await startBot({ PUBLIC_RATE_PER_SECOND: '1', PUBLIC_RATE_BURST: '2' });
    try {
      // Every request is the same loopback client.
      const b = [
        await search(plain.url, '203.0.113.1'),
        await search(plain.url, '203.0.113.2'),
        await search(plain.url, '203.0.113.3'),
      ];
      expect(b.at(-1)).toBe(429);
    } finally {
      await plain.close();
    }
  });
});

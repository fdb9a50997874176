// Which Direct Line the page is told to use, and the production token endpoint against a fake of
// Azure's tokens/generate (the only part of Azure the tests stand in for).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { startBot, type BotUnderTest } from '../helpers/botServer.js';

const SECRET = 'unit-test-direct-line-secret-value';

interface FakeAzure {
  url: string;
  requests: { path: string; authorization: string; body: unknown }[];
  /** What the next generate answers: a status, or 'ok'. */
  answer: 'ok' | number;
  close(): Promise<void>;
}

async function fakeAzure(): Promise<FakeAzure> {
  const fake: FakeAzure = { url: '', requests: [], answer: 'ok', close: () => Promise.resolve() };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      fake.requests.push({
        path: req.url ?? '',
        authorization: req.headers.authorization ?? '',
        body: raw ? JSON.parse(raw) : undefined,
      });
      res.setHeader('content-type', 'application/json');
      const answer = fake.answer;
      if (answer !== 'ok') {
        res.writeHead(answer);
        res.end(JSON.stringify({ error: { code: 'Forbidden', message: `echo ${SECRET}` } }));
        return;
      }
      res.end(JSON.stringify({ conversationId: 'azure-conv-1', token: 'azure-token-1', expires_in: 3600 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/directline`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}

const json = async (url: string, init?: RequestInit) => {
  const res = await fetch(url, init);
  return { status: res.status, text: await res.text(), headers: res.headers };
};

describe('azure mode (DIRECT_LINE_SECRET set)', () => {
  let azure: FakeAzure;
  let bot: BotUnderTest;
  beforeAll(async () => {
    azure = await fakeAzure();
    bot = await startBot({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: `${azure.url}/` });
  });
  afterAll(async () => {
    await bot.close();
    await azure.close();
  });

  it('tells the page to get tokens from our server and talk to the configured Direct Line', async () => {
    const res = await json(`${bot.url}/webchat/config.json`);
    expect(JSON.parse(res.text)).toEqual({
      mode: 'azure',
      tokenUrl: '/api/directline/token',
      domain: azure.url,
      webSocket: true,
    });
    const page = await json(`${bot.url}/`);
    expect(page.headers.get('content-security-policy')).toContain(
      `connect-src 'self' ${new URL(azure.url).origin}`,
    );
  });

  it('exchanges the secret for a token of a new conversation, for a dl_ user; the secret never leaves', async () => {
    azure.answer = 'ok';
    const res = await json(`${bot.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text) as { userId: string };
    expect(body).toMatchObject({ conversationId: 'azure-conv-1', token: 'azure-token-1', expires_in: 3600 });
    expect(body.userId).toMatch(/^dl_[\w-]+$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.text).not.toContain(SECRET);
    expect(azure.requests.at(-1)).toEqual({
      path: '/v3/directline/tokens/generate',
      authorization: `Bearer ${SECRET}`,
      body: { user: { id: body.userId } },
    });
  });

  it('answers 502 without details when Azure refuses', async () => {
    azure.answer = 403;
    const res = await json(`${bot.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBe(502);
    expect(JSON.parse(res.text)).toEqual({
      error: { code: 'TokenServiceError', message: 'the chat service is unavailable' },
    });
    expect(res.text).not.toContain(SECRET);
  });

  it('does not offer the local Direct Line', async () => {
    expect((await json(`${bot.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(404);
  });
});

describe('other modes', () => {
  it('answers 502 when Azure cannot be reached', async () => {
    const azure = await fakeAzure();
    await azure.close();
    const bot = await startBot({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: azure.url });
    try {
      expect((await json(`${bot.url}/api/directline/token`, { method: 'POST' })).status).toBe(502);
    } finally {
      await bot.close();
    }
  });

  it('uses the local Direct Line in local mode, with polling', async () => {
    const bot = await startBot();
    try {
      expect(JSON.parse((await json(`${bot.url}/webchat/config.json`)).text)).toEqual({
        mode: 'local',
        tokenUrl: '/v3/directline/tokens/generate',
        domain: '/v3/directline',
        webSocket: false,
        pollingInterval: 500,
      });
      expect((await json(`${bot.url}/api/directline/token`, { method: 'POST' })).status).toBe(404);
    } finally {
      await bot.close();
    }
  });

  it('has no web chat when the bot has credentials but no Direct Line secret (Teams only)', async () => {
    const bot = await startBot({
      MicrosoftAppId: '00000000-0000-0000-0000-00000000b07f',
      MicrosoftAppPassword: 'test-secret',
      HOST: '127.0.0.1',
    });
    try {
      expect(JSON.parse((await json(`${bot.url}/webchat/config.json`)).text)).toEqual({ mode: 'off' });
      expect((await json(`${bot.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(404);
      expect((await json(`${bot.url}/`)).status).toBe(200);
    } finally {
      await bot.close();
    }
  });

  it('stops on a DIRECT_LINE_ENDPOINT that is not an http(s) URL', () => {
    expect(() => loadConfig({ DIRECT_LINE_ENDPOINT: 'directline.example' })).toThrow(ConfigError);
    expect(() => loadConfig({ DIRECT_LINE_ENDPOINT: 'ftp://x.example/v3' })).toThrow(/DIRECT_LINE_ENDPOINT/);
    expect(loadConfig({}).DIRECT_LINE_ENDPOINT).toBe('https://directline.botframework.com/v3/directline');
  });
});

describe('the page and its assets', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());

  it('serves Web Chat from node_modules, gzipped, with a validator', async () => {
    const res = await fetch(`${bot.url}/webchat/webchat.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect((await res.text()).length).toBeGreaterThan(3_000_000);
    const etag = res.headers.get('etag')!;
    const again = await fetch(`${bot.url}/webchat/webchat.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves a Chinese page with a restrictive content security policy and its own scripts only', async () => {
    const res = await json(`${bot.url}/`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<html lang="zh-CN">');
    expect(res.text).toContain('<h1 class="yq-title">益企问</h1>');
    expect(res.text).not.toMatch(/<script(?![^>]*\ssrc=)/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const asset of ['app.js', 'embed.js', 'webchat.css']) {
      expect((await json(`${bot.url}/webchat/${asset}`)).status, asset).toBe(200);
    }
    expect((await json(`${bot.url}/webchat/../package.json`)).status).toBe(404);
  });
});

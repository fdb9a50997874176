// Authenticated mode against a fake of the Bot Framework's OpenID metadata and signing keys (the
// bot is pointed at it with ToBotFromChannelOpenIdMetadataUrl): a token is checked before the
// body is read, so a forged token with a bad body is 401, not 400; a genuine one gets its turn. A
// stalled keys endpoint costs each request at most AUTH_KEYS_TIMEOUT_MS, is asked once for many
// waiting requests, and is left alone for a while after it failed.
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  message,
  post,
  replyText,
  startBot,
  startCaptureServer,
  type BotUnderTest,
  type CaptureServer,
} from '../helpers/botServer.js';

const APP_ID = '00000000-0000-0000-0000-00000000a0a0';
const ISSUER = 'https://api.botframework.com';
const KID = 'yiqi-test-key';

const b64url = (value: object | Buffer) =>
  (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

/** A JWT as the Bot Connector service signs it (RS256), with the claims given. */
function token(key: KeyObject, claims: Record<string, unknown>, kid = KID): string {
  const now = Math.floor(Date.now() / 1000);
  const signed = `${b64url({ alg: 'RS256', kid, typ: 'JWT' })}.${b64url({
    iss: ISSUER,
    aud: APP_ID,
    nbf: now - 60,
    exp: now + 600,
    ...claims,
  })}`;
  const signature = createSign('RSA-SHA256').update(signed).sign(key);
  return `${signed}.${b64url(signature)}`;
}

interface FakeKeysEndpoint {
  metadataUrl: string;
  /** Requests for the metadata document so far. */
  metadataRequests: number;
  close(): Promise<void>;
}

/** The OpenID metadata and keys; `stall` accepts requests and never answers them. */
async function fakeKeysEndpoint(publicKey: KeyObject | undefined, stall = false): Promise<FakeKeysEndpoint> {
  const sockets = new Set<Socket>();
  const state = { metadataRequests: 0 };
  let base = '';
  const server: Server = createServer((req, res) => {
    if (req.url === '/metadata') state.metadataRequests++;
    if (stall) return; // never answers
    res.setHeader('content-type', 'application/json');
    if (req.url === '/metadata')
      return void res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${base}/keys` }));
    const jwk = publicKey!.export({ format: 'jwk' });
    res.end(
      JSON.stringify({ keys: [{ ...jwk, kid: KID, use: 'sig', endorsements: ['emulator', 'msteams'] }] }),
    );
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${base}/metadata`,
    get metadataRequests() {
      return state.metadataRequests;
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

const genuine = generateKeyPairSync('rsa', { modulusLength: 2048 });
const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });

describe('authenticated mode with the signing keys reachable', () => {
  let keys: FakeKeysEndpoint;
  let bot: BotUnderTest;
  let capture: CaptureServer;
  beforeAll(async () => {
    keys = await fakeKeysEndpoint(genuine.publicKey);
    capture = await startCaptureServer();
    bot = await startBot({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'test-secret',
      HOST: '127.0.0.1',
      ToBotFromChannelOpenIdMetadataUrl: keys.metadataUrl,
    });
  });
  afterAll(async () => {
    await bot.close();
    await capture.close();
    await keys.close();
  });

  const bearer = (key: KeyObject, claims: Record<string, unknown> = {}) => ({
    authorization: `Bearer ${token(key, { serviceurl: capture.url, ...claims })}`,
  });

  it('answers a request with a genuine token', async () => {
    const res = await post(
      bot.url,
      { ...message('无缝续贷', 'auth-1', capture.url), channelId: 'msteams', deliveryMode: 'expectReplies' },
      bearer(genuine.privateKey),
    );
    expect(res.status).toBe(200);
    const replies = (res.json as { activities: { type: string }[] }).activities.filter(
      (a) => a.type === 'message',
    );
    expect(replyText(replies[0]!)).toContain('第18项');
  });

  it('refuses a forged token with 401 before looking at the body, however bad the body is', async () => {
    for (const body of ['{not json', JSON.stringify({ type: 'message' }), '['.repeat(5000)]) {
      const res = await post(bot.url, body, bearer(forger.privateKey));
      expect(res.status, body.slice(0, 20)).toBe(401);
      expect(res.json).toEqual({ error: 'unauthorized' });
    }
    const none = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x--',
    });
    expect(none.status).toBe(401);
  });

  it('with a genuine token, a bad body is a 400 with its reason', async () => {
    const res = await post(bot.url, JSON.stringify({ type: 'message' }), bearer(genuine.privateKey));
    expect(res.status).toBe(400);
  });

  it('refuses a genuine token for another serviceUrl (the token names where replies go)', async () => {
    const res = await post(
      bot.url,
      { ...message('无缝续贷', 'auth-2', capture.url), channelId: 'msteams' },
      bearer(genuine.privateKey, { serviceurl: 'https://elsewhere.example/' }),
    );
    expect(res.status).toBe(401);
  });
});

describe('authenticated mode with a stalled signing keys endpoint', () => {
  it('answers 401 within the deadline, asks the endpoint once for many requests, and then rests', async () => {
    const stalled = await fakeKeysEndpoint(undefined, true);
    const capture = await startCaptureServer();
    const bot = await startBot({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'test-secret',
      HOST: '127.0.0.1',
      ToBotFromChannelOpenIdMetadataUrl: stalled.metadataUrl,
      AUTH_KEYS_TIMEOUT_MS: '2000',
    });
    try {
      const send = () =>
        post(
          bot.url,
          { ...message('无缝续贷', 'auth-stalled', capture.url), channelId: 'msteams' },
          {
            authorization: `Bearer ${token(genuine.privateKey, { serviceurl: capture.url })}`,
          },
        );
      const started = Date.now();
      const statuses = await Promise.all(Array.from({ length: 8 }, send).map((p) => p.then((r) => r.status)));
      expect(statuses).toEqual(Array(8).fill(401));
      expect(Date.now() - started).toBeLessThan(8000);
      // The prefetch at start and the waiting requests shared one fetch.
      expect(stalled.metadataRequests).toBe(1);
      // After the failure the endpoint is left alone: a 401 without waiting for it, no new fetch.
      const t = Date.now();
      expect((await send()).status).toBe(401);
      expect(Date.now() - t).toBeLessThan(1500);
      expect(stalled.metadataRequests).toBe(1);
    } finally {
      await bot.close();
      await capture.close();
      await stalled.close();
    }
  }, 60_000);
});

// What every HTTP answer carries, on the real server: local mode answers only requests addressed to
// loopback (DNS rebinding), JSON is nosniff, GET routes answer HEAD, the page may be framed only by
// FRAME_ANCESTORS and loads images only from itself.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startBot, useBotServer } from '../helpers/botServer.js';

const server = useBotServer();

function getWithHost(url: string, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTP answers', () => {
  it('in local mode, serve only requests addressed to localhost or 127.0.0.1 (421 otherwise)', async () => {
    const port = new URL(server.bot.url).port;
    for (const host of ['evil.example', `evil.example:${port}`, `10.0.0.5:${port}`]) {
      const res = await getWithHost(server.bot.url, '/healthz', host);
      expect(res.status, host).toBe(421);
    }
    const refused = await getWithHost(server.bot.url, '/v3/directline/tokens/generate', 'rebound.example');
    expect(refused.status).toBe(421);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, 'localhost', `[::1]:${port}`]) {
      expect((await getWithHost(server.bot.url, '/healthz', host)).status, host).toBe(200);
    }
  });

  it('mark JSON answers nosniff', async () => {
    for (const path of ['/healthz', '/api/search?q=x', '/webchat/config.json', '/readyz']) {
      const res = await fetch(`${server.bot.url}${path}`);
      expect(res.headers.get('content-type'), path).toContain('application/json');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    const bad = await fetch(`${server.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answer HEAD on GET routes: the headers of GET, no body', async () => {
    for (const path of ['/healthz', '/readyz', '/', '/webchat/app.js', '/webchat/config.json']) {
      const get = await fetch(`${server.bot.url}${path}`);
      const head = await fetch(`${server.bot.url}${path}`, { method: 'HEAD' });
      expect(head.status, path).toBe(200);
      expect(head.headers.get('content-type'), path).toBe(get.headers.get('content-type'));
      expect(await head.text(), path).toBe('');
    }
  });

  it('let the page be framed only by FRAME_ANCESTORS (default this site), with images from itself only', async () => {
    const csp = (await fetch(`${server.bot.url}/`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toMatch(/img-src 'self' data: blob:(;|$)/);
    expect(csp).not.toContain('https:');
    const embedded = await startBot({ FRAME_ANCESTORS: "'self' https://district.example.gov.cn" });
    try {
      const other = (await fetch(`${embedded.url}/`)).headers.get('content-security-policy') ?? '';
      expect(other).toContain("frame-ancestors 'self' https://district.example.gov.cn");
    } finally {
      await embedded.close();
    }
  });
});

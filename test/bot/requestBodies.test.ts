// Request bodies are JSON and nothing else, read within limits before anything else happens: the
// real server, spoken to as an attacker would. Multipart uploads never reach the disk, compressed
// bodies are refused rather than inflated, a body past MAX_BODY_BYTES is not read to its end, too
// deep a body is refused, and so are oversized value/channelData/entities.
import { mkdtempSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { message, post, useBotServer } from '../helpers/botServer.js';

const server = useBotServer();
let n = 0;
const conv = () => `body-${++n}`;

/**
 * Sends raw bytes with the given headers, chunk by chunk, and stops sending once the answer has come
 * (a server that refuses a body answers before it has all of it and may close the connection).
 */
function rawPost(
  url: string,
  path: string,
  headers: Record<string, string | number>,
  chunks: Iterable<Buffer>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(`${url}${path}`, { method: 'POST', headers }, (res) => {
      answered = true;
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    void (async () => {
      for (const chunk of chunks) {
        if (answered) break;
        if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
      }
      if (!answered) req.end();
    })().catch(() => undefined);
  });
}

describe('request bodies', () => {
  it('refuses multipart/form-data with 415 and writes nothing to the temporary folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yiqi-upload-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = dir; // where an upload parser would put the file
    try {
      const boundary = 'yiqi-boundary';
      const file = Buffer.alloc(512 * 1024, 'x');
      const multipart = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\ncontent-disposition: form-data; name="f"; filename="a.bin"\r\ncontent-type: application/octet-stream\r\n\r\n`,
        ),
        file,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      for (const path of ['/api/messages', '/v3/directline/tokens/generate']) {
        const res = await rawPost(
          server.bot.url,
          path,
          { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': multipart.length },
          [multipart],
        );
        expect(res.status, path).toBe(415);
      }
      await new Promise((r) => setTimeout(r, 200));
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      process.env.TMPDIR = previous;
    }
  });

  it('refuses a gzip body with 415 instead of inflating it', async () => {
    const activity = message('a'.repeat(2_000_000), conv(), server.capture.url);
    const gzipped = gzipSync(JSON.stringify(activity));
    expect(gzipped.length).toBeLessThan(262_144);
    const res = await rawPost(
      server.bot.url,
      '/api/messages',
      { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': gzipped.length },
      [gzipped],
    );
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body)).toEqual({ error: 'content-encoding must be identity (no compression)' });
  });

  it('answers 413 past MAX_BODY_BYTES without reading the rest, also for chunks without a length', async () => {
    let sent = 0;
    function* chunks() {
      // 64 MiB announced by nobody: the server must answer long before.
      for (let i = 0; i < 1024; i++) {
        sent += 65_536;
        yield Buffer.alloc(65_536, 'a');
      }
    }
    const chunked = await rawPost(
      server.bot.url,
      '/api/messages',
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      chunks(),
    );
    expect(chunked.status).toBe(413);
    expect(sent).toBeLessThan(16 * 1024 * 1024);
    // A length announced over the limit: refused before the body is read.
    let offered = 0;
    const announced = await rawPost(
      server.bot.url,
      '/api/messages',
      { 'content-type': 'application/json', 'content-length': 9_830_400 },
      (function* () {
        for (let i = 0; i < 150; i++) {
          offered += 65_536;
          yield Buffer.alloc(65_536, 'a');
        }
      })(),
    );
    expect(announced.status).toBe(413);
    expect(offered).toBeLessThan(9_830_400);
  });

  it('refuses JSON nested too deeply, and oversized value, channelData and entities, with 400', async () => {
    const base = message('无缝续贷', conv(), server.capture.url) as Record<string, unknown>;
    const deep = JSON.stringify({ ...base, value: 'X' }).replace(
      '"X"',
      '['.repeat(60_000) + ']'.repeat(60_000),
    );
    const res = await post(server.bot.url, deep);
    expect(res).toMatchObject({ status: 400, json: { error: 'body is nested too deeply' } });
    for (const field of ['value', 'channelData', 'entities']) {
      const big =
        field === 'entities' ? [{ type: 'x', data: 'y'.repeat(40_000) }] : { data: 'y'.repeat(40_000) };
      const r = await post(server.bot.url, { ...base, [field]: big });
      expect(r.status, field).toBe(400);
      expect(r.json, field).toEqual({ error: `${field}: larger than 32768 characters` });
    }
    // The server is fine afterwards.
    expect((await post(server.bot.url, { ...base, deliveryMode: 'expectReplies' })).status).toBe(200);
  });

  it('keeps the local Direct Line and its token route working with the JSON reader', async () => {
    const generated = await fetch(`${server.bot.url}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(generated.status).toBe(200);
    const bare = await fetch(`${server.bot.url}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(bare.status).toBe(200);
  });
});

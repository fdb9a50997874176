// A rendered page as the server keeps it (bytes, a strong ETag, gzip made on first use) and how it
// is sent: cache headers, the Content-Security-Policy (no inline script or style), 304 when the
// client's ETag matches, and no body for HEAD (Node drops it).
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response } from 'restify';

const gzipAsync = promisify(gzip);

export interface RenderedPage {
  readonly body: Buffer;
  readonly etag: string;
  gzipped?: Promise<Buffer>;
}

export function renderedPage(htmlText: string): RenderedPage {
  const body = Buffer.from(htmlText, 'utf8');
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** Scripts, styles and everything else from this server only; forms submit here. */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

export interface SendPageOptions {
  status?: number;
  cacheControl: string;
}

/** Whether If-None-Match names this ETag (a list, weak forms and * included). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t.replace(/^W\//, '') === etag);
}

export async function sendPage(
  req: Request,
  res: Response,
  page: RenderedPage,
  options: SendPageOptions,
): Promise<void> {
  const status = options.status ?? 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', options.cacheControl);
  res.setHeader('etag', page.etag);
  res.setHeader('vary', 'accept-encoding');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('content-security-policy', PAGE_CSP);
  if (status === 200 && etagMatches(req.header('if-none-match'), page.etag)) {
    res.writeHead(304);
    res.end();
    return;
  }
  let body = page.body;
  if (body.length > 1024 && /\bgzip\b/.test(req.header('accept-encoding') ?? '')) {
    page.gzipped ??= gzipAsync(page.body, { level: 6 });
    body = await page.gzipped;
    res.setHeader('content-encoding', 'gzip');
  }
  res.setHeader('content-length', body.length);
  res.writeHead(status);
  res.end(body);
}

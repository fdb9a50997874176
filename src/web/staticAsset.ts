// One file served from memory: read once when the server starts (a missing file stops start-up),
// answered with an ETag (304 when unchanged) and, for clients that accept it, gzip made on first use.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response } from 'restify';

const gzipAsync = promisify(gzip);

export interface StaticAssetOptions {
  contentType: string;
  /** Cache-Control; the default makes browsers revalidate with the ETag every time. */
  cacheControl?: string;
  /** Further headers (e.g. Content-Security-Policy for the page). */
  headers?: Record<string, string>;
}

export class StaticAsset {
  private readonly body: Buffer;
  private readonly etag: string;
  private gzipped: Promise<Buffer> | undefined;

  constructor(
    readonly file: string,
    private readonly options: StaticAssetOptions,
  ) {
    try {
      this.body = readFileSync(file);
    } catch (err) {
      throw new Error(`[web] cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    }
    this.etag = `"${createHash('sha256').update(this.body).digest('base64url').slice(0, 27)}"`;
  }

  get size(): number {
    return this.body.length;
  }

  async serve(req: Request, res: Response): Promise<void> {
    res.setHeader('content-type', this.options.contentType);
    res.setHeader('cache-control', this.options.cacheControl ?? 'no-cache');
    res.setHeader('etag', this.etag);
    res.setHeader('vary', 'accept-encoding');
    res.setHeader('x-content-type-options', 'nosniff');
    for (const [name, value] of Object.entries(this.options.headers ?? {})) res.setHeader(name, value);
    if (req.header('if-none-match') === this.etag) {
      res.writeHead(304);
      res.end();
      return;
    }
    let body = this.body;
    if (this.body.length > 1024 && /\bgzip\b/.test(req.header('accept-encoding') ?? '')) {
      this.gzipped ??= gzipAsync(this.body, { level: 6 });
      body = await this.gzipped;
      res.setHeader('content-encoding', 'gzip');
    }
    res.setHeader('content-length', body.length);
    res.writeHead(200);
    res.end(body);
  }
}

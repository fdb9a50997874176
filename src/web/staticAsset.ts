// One file served from memory: checked when the server starts (a missing file stops start-up), read
// on first use — the web chat's 4 MB bundle need not delay the bot's first answer — and answered with
// an ETag (304 when unchanged) and, for clients that accept it, gzip made on first use.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
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
  private loaded: { body: Buffer; etag: string } | undefined;
  private gzipped: Promise<Buffer> | undefined;
  private readonly bytes: number;

  constructor(
    readonly file: string,
    private readonly options: StaticAssetOptions,
  ) {
    try {
      this.bytes = statSync(file).size;
    } catch (err) {
      throw new Error(`[web] cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    }
  }

  get size(): number {
    return this.loaded?.body.length ?? this.bytes;
  }

  private load(): { body: Buffer; etag: string } {
    if (!this.loaded) {
      const body = readFileSync(this.file);
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      this.loaded = { body, etag };
    }
    return this.loaded;
  }

  async serve(req: Request, res: Response): Promise<void> {
    res.setHeader('content-type', this.options.contentType);
    res.setHeader('cache-control', this.options.cacheControl ?? 'no-cache');
    const { body: whole, etag } = this.load();
    res.setHeader('etag', etag);
    res.setHeader('vary', 'accept-encoding');
    res.setHeader('x-content-type-options', 'nosniff');
    for (const [name, value] of Object.entries(this.options.headers ?? {})) res.setHeader(name, value);
    if (req.header('if-none-match') === etag) {
      res.writeHead(304);
      res.end();
      return;
    }
    let body = whole;
    if (whole.length > 1024 && /\bgzip\b/.test(req.header('accept-encoding') ?? '')) {
      this.gzipped ??= gzipAsync(whole, { level: 6 });
      body = await this.gzipped;
      res.setHeader('content-encoding', 'gzip');
    }
    res.setHeader('content-length', body.length);
    res.writeHead(200);
    res.end(body);
  }
}

// Reads JSON request bodies, and nothing else: restify's bodyParser (with formidable behind it)
// accepted multipart uploads to disk and inflated gzip past the size limit before anyone checked
// who was asking. Here a body must be `application/json` in identity encoding (415 before a byte is
// read otherwise), is read only up to `maxBytes` (413, the rest never buffered), within `timeoutMs`
// (408), by at most `maxConcurrent` requests at once (503), and must not nest deeper than
// `maxDepth` (400) — a deep value cannot reach code that recurses over it later.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface JsonBodyLimits {
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Bodies being read at once at most; more get 503 with Retry-After. */
  maxConcurrent: number;
  /** How long a body may take to arrive, in milliseconds. */
  timeoutMs: number;
  /** Deepest nesting of objects and arrays accepted. */
  maxDepth: number;
}

export const DEFAULT_JSON_BODY_LIMITS: Readonly<JsonBodyLimits> = Object.freeze({
  maxBytes: 262_144,
  maxConcurrent: 64,
  timeoutMs: 10_000,
  maxDepth: 32,
});

export type BodyResult =
  { ok: true; value: unknown } | { ok: false; status: number; error: string; retryAfterSeconds?: number };

const JSON_TYPE = /^application\/json\s*(?:;|$)/i;
/** Decodes a whole body at once (no streaming state): one decoder serves every request. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

/** Whether the request carries a body at all (a length above 0, or chunks). */
export function hasBody(req: IncomingMessage): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = req.headers['content-length'];
  return length !== undefined && length !== '0';
}

/** Whether JSON text nests objects and arrays deeper than `max` (strings are skipped over). */
export function exceedsDepth(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}

export class JsonBodyReader {
  private active = 0;
  readonly limits: JsonBodyLimits;

  constructor(limits: Partial<JsonBodyLimits> = {}) {
    this.limits = { ...DEFAULT_JSON_BODY_LIMITS, ...limits };
  }

  /** Bodies being read now. */
  get reading(): number {
    return this.active;
  }

  /**
   * The parsed body (undefined when the request has none, whatever its content type), or the
   * status and reason to answer with.
   */
  async read(
    req: IncomingMessage,
    limits: Partial<Pick<JsonBodyLimits, 'maxDepth'>> = {},
  ): Promise<BodyResult> {
    if (!hasBody(req)) return { ok: true, value: undefined };
    const type = req.headers['content-type'] ?? '';
    if (!JSON_TYPE.test(type))
      return { ok: false, status: 415, error: 'content-type must be application/json' };
    const charset = CHARSET.exec(type)?.[1]?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
      return { ok: false, status: 415, error: 'charset must be utf-8' };
    const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity' && encoding !== '')
      return { ok: false, status: 415, error: 'content-encoding must be identity (no compression)' };
    const { maxBytes, maxConcurrent, timeoutMs } = this.limits;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) return tooLarge(maxBytes);
    if (this.active >= maxConcurrent)
      return { ok: false, status: 503, error: 'server busy, try again', retryAfterSeconds: 1 };

    this.active++;
    let raw: Buffer | BodyResult;
    try {
      raw = await collect(req, maxBytes, timeoutMs);
    } finally {
      this.active--;
    }
    if (!Buffer.isBuffer(raw)) return raw;
    let text: string;
    try {
      text = UTF8.decode(raw);
    } catch {
      return { ok: false, status: 400, error: 'body is not valid UTF-8' };
    }
    if (exceedsDepth(text, limits.maxDepth ?? this.limits.maxDepth))
      return { ok: false, status: 400, error: 'body is nested too deeply' };
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch {
      return { ok: false, status: 400, error: 'body is not valid JSON' };
    }
  }
}

function tooLarge(maxBytes: number): BodyResult {
  return { ok: false, status: 413, error: `body larger than ${maxBytes} bytes` };
}

/** The body's bytes, stopping (without buffering more) past `maxBytes` or after `timeoutMs`. */
function collect(req: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<Buffer | BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | BodyResult) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      if (!Buffer.isBuffer(result)) req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return finish(tooLarge(maxBytes));
      chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks, size));
    const onError = () => finish({ ok: false, status: 400, error: 'the body could not be read' });
    const onAborted = onError;
    const timer = setTimeout(
      () => finish({ ok: false, status: 408, error: `body not received within ${timeoutMs} ms` }),
      timeoutMs,
    );
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

/**
 * Answers a refused body. Unless the whole body was read (400), the connection is closed after the
 * answer: the rest of the body is never read, and a keep-alive connection cannot go on mid-body.
 */
export function refuseBody(
  res: ServerResponse,
  problem: Extract<BodyResult, { ok: false }>,
  body: unknown = { error: problem.error },
): void {
  if (problem.retryAfterSeconds !== undefined)
    res.setHeader('retry-after', String(problem.retryAfterSeconds));
  if (problem.status !== 400) res.setHeader('connection', 'close');
  const json = JSON.stringify(body);
  res.writeHead(problem.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

// Per-client rate limits for the public endpoints (search, web chat): a token bucket per client
// address; over the limit the answer is 429 with Retry-After. Buckets are kept for a bounded number
// of clients, the least recently seen dropped first.
import type { Next, Request, Response } from 'restify';
import { lruRemember } from './lruRemember.js';

export interface RateLimitOptions {
  /** Requests allowed in a burst. */
  burst: number;
  /** Sustained requests per second. */
  perSecond: number;
  /** Clients remembered at most. */
  maxClients?: number;
  /** Behind a reverse proxy: take the client from the first X-Forwarded-For address. */
  trustProxy?: boolean;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Takes one token for `client`; returns 0 when allowed, or the seconds to wait. */
  take(client: string): number {
    const { burst, perSecond, maxClients = 10_000 } = this.options;
    const now = this.now();
    const bucket = lruRemember(this.buckets, client, () => ({ tokens: burst, at: now }), maxClients);
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
  }

  /** A restify handler that answers 429 with Retry-After when the client is over its limit. */
  middleware() {
    return (req: Request, res: Response, next: Next): void => {
      const wait = this.take(clientOf(req, this.options.trustProxy ?? false));
      if (wait === 0) return next();
      res.header('Retry-After', String(wait));
      res.status(429);
      res.json({ error: 'too many requests', retryAfterSeconds: wait });
      return next(false);
    };
  }
}

export function clientOf(req: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return req.socket?.remoteAddress ?? 'unknown';
}

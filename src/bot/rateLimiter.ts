// Per-client rate limits for the public endpoints (search, web chat): a token bucket per client
// address; over the limit the answer is 429 with Retry-After. Buckets are kept for a bounded number
// of clients, the least recently seen dropped first.
import type { Next, Request, Response } from 'restify';
import type { Config } from '../config.js';
import { lruRemember } from '../lruRemember.js';

export interface RateLimitOptions {
  /** Requests allowed in a burst. */
  burst: number;
  /** Sustained requests per second. */
  perSecond: number;
  /** Clients remembered at most. */
  maxClients?: number;
  /**
   * Behind reverse proxies of ours: the client is the address the nearest `trustProxy` proxies saw
   * (the X-Forwarded-For entry that many hops from the right); 0 or false: the socket's address.
   */
  trustProxy?: boolean | number;
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
      const wait = this.take(clientOf(req, this.options.trustProxy ?? 0));
      if (wait === 0) return next();
      res.header('Retry-After', String(wait));
      res.status(429);
      res.json({ error: 'too many requests', retryAfterSeconds: wait });
      return next(false);
    };
  }
}

/**
 * The client's address, as proxy-addr reads it: the socket's address, or behind `trustProxy` trusted
 * proxies (true: one) the X-Forwarded-For entry that many hops from the right. The left-most entries
 * are whatever the client wrote, so they are never taken while a trusted proxy's entry is there.
 */
export function clientOf(req: Request, trustProxy: boolean | number): string {
  const socket = req.socket?.remoteAddress ?? 'unknown';
  const hops = trustProxy === true ? 1 : trustProxy === false ? 0 : trustProxy;
  if (hops <= 0) return socket;
  const forwarded = req.header('x-forwarded-for');
  if (!forwarded) return socket;
  const entries = forwarded
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  // Right to left: the socket's peer is the nearest proxy; each trusted proxy vouches for one more.
  const chain = [socket, ...entries.reverse()];
  return chain[Math.min(hops, chain.length - 1)]!;
}

/** How many proxies' X-Forwarded-For entries to trust, from the configuration (0: none). */
export function trustedProxyHops(config: Pick<Config, 'TRUST_PROXY' | 'TRUST_PROXY_HOPS'>): number {
  return config.TRUST_PROXY ? config.TRUST_PROXY_HOPS : 0;
}

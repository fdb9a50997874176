// Direct Line tokens for the local endpoint: JWTs (HS256) that name one conversation (`conv`) and its
// user (`user`, which Web Chat reads), and expire (`exp`). The signing key lives only in this process,
// so the server keeps no token table and a restart invalidates every token. A token opens its own
// conversation and no other.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  conversationId: string;
  userId: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

export interface IssuedToken {
  token: string;
  /** Seconds, as Direct Line's `expires_in`. */
  expiresIn: number;
}

export interface TokenStoreOptions {
  /** How long a token is valid, in seconds (Azure Direct Line: 1800). */
  ttlSeconds: number;
  /** The clock (tests pass a fake one). */
  now?: () => number;
  /** The signing key; random per process unless given. */
  key?: Buffer;
}

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const HEADER = encode({ alg: 'HS256', typ: 'JWT' });

export class TokenStore {
  private readonly key: Buffer;
  private readonly now: () => number;

  constructor(private readonly options: TokenStoreOptions) {
    this.key = options.key ?? randomBytes(32);
    this.now = options.now ?? Date.now;
  }

  issue(conversationId: string, userId: string): IssuedToken {
    const issuedAt = Math.floor(this.now() / 1000);
    const payload = encode({
      conv: conversationId,
      user: userId,
      iat: issuedAt,
      exp: issuedAt + this.options.ttlSeconds,
      jti: randomBytes(9).toString('base64url'),
    });
    const signed = `${HEADER}.${payload}`;
    return { token: `${signed}.${this.sign(signed)}`, expiresIn: this.options.ttlSeconds };
  }

  /** The claims of a genuine, unexpired token; undefined for anything else. */
  verify(token: string | undefined): TokenClaims | undefined {
    if (!token || token.length > 2048) return undefined;
    const [header, payload, signature, extra] = token.split('.');
    if (header !== HEADER || !payload || !signature || extra !== undefined) return undefined;
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    let claims: unknown;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
    const { conv, user, exp } = (claims ?? {}) as { conv?: unknown; user?: unknown; exp?: unknown };
    if (typeof conv !== 'string' || typeof user !== 'string' || typeof exp !== 'number') return undefined;
    if (exp * 1000 <= this.now()) return undefined;
    return { conversationId: conv, userId: user, expiresAt: exp * 1000 };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

/** The token of an `Authorization: Bearer …` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1];
}

// The application's access_token (gettoken, developer.work.weixin.qq.com/document/path/91039),
// kept until shortly before it expires. Only one fetch runs at a time: callers that need a token
// while one is being fetched wait for that one. A token WeCom refuses is replaced once by
// `replace(stale)`, unless another caller has already replaced it.
import { TOKEN_EXPIRY_MARGIN_SECONDS } from './limits.js';

export interface TokenGrant {
  token: string;
  /** expires_in: seconds the token is valid for (7200 today). */
  expiresInSeconds: number;
}

export class AccessTokenCache {
  private current: { token: string; expiresAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly fetchToken: () => Promise<TokenGrant>,
    private readonly now: () => number = Date.now,
    private readonly marginSeconds = TOKEN_EXPIRY_MARGIN_SECONDS,
  ) {}

  /** A token believed valid: the cached one, or a fresh one. */
  get(): Promise<string> {
    const current = this.current;
    if (current && this.now() < current.expiresAt) return Promise.resolve(current.token);
    return this.fetchOnce();
  }

  /** A new token in place of `stale`, which WeCom refused (or the one another caller already got). */
  replace(stale: string): Promise<string> {
    const current = this.current;
    if (current && current.token !== stale && this.now() < current.expiresAt)
      return Promise.resolve(current.token);
    if (current?.token === stale) this.current = undefined;
    return this.fetchOnce();
  }

  private fetchOnce(): Promise<string> {
    this.pending ??= this.fetchToken()
      .then(({ token, expiresInSeconds }) => {
        // Refresh `marginSeconds` early, but never count on less than half the lifetime.
        const validFor = Math.max(expiresInSeconds - this.marginSeconds, expiresInSeconds / 2);
        this.current = { token, expiresAt: this.now() + validFor * 1000 };
        return token;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }
}

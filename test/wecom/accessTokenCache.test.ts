// The access_token cache: one fetch at a time, kept until shortly before it expires, replaced
// once when WeCom refuses it (and not again when another caller already replaced it).
import { describe, expect, it } from 'vitest';
import { AccessTokenCache, type TokenGrant } from '../../src/wecom/accessTokenCache.js';

function source(expiresInSeconds = 7200) {
  let n = 0;
  const pending: ((g: TokenGrant) => void)[] = [];
  return {
    get fetches() {
      return n;
    },
    /** Fetches resolve only when released, so concurrent callers can be seen waiting. */
    fetch: () =>
      new Promise<TokenGrant>((resolve) => {
        n++;
        pending.push(resolve);
      }),
    release: () => {
      for (const resolve of pending.splice(0)) resolve({ token: `t${n}`, expiresInSeconds });
    },
  };
}

describe('AccessTokenCache', () => {
  it('fetches once for callers that ask at the same time, then serves the cached token', async () => {
    const s = source();
    const cache = new AccessTokenCache(s.fetch);
    const asks = [cache.get(), cache.get(), cache.get()];
    s.release();
    expect(await Promise.all(asks)).toEqual(['t1', 't1', 't1']);
    expect(await cache.get()).toBe('t1');
    expect(s.fetches).toBe(1);
  });

  it('fetches again 5 minutes before expires_in runs out (never sooner than half of it)', async () => {
    let now = 0;
    const s = source(7200);
    const cache = new AccessTokenCache(s.fetch, () => now);
    const first = cache.get();
    s.release();
    await first;
    now = (7200 - 300) * 1000 - 1;
    expect(await cache.get()).toBe('t1');
    now += 1;
    const second = cache.get();
    s.release();
    expect(await second).toBe('t2');

    const short = source(60);
    const shortCache = new AccessTokenCache(short.fetch, () => now);
    const a = shortCache.get();
    short.release();
    await a;
    now += 29_999;
    expect(await shortCache.get()).toBe('t1');
    expect(short.fetches).toBe(1);
  });

  it('replaces a refused token once, even when several callers report it', async () => {
    const s = source();
    const cache = new AccessTokenCache(s.fetch);
    const first = cache.get();
    s.release();
    const stale = await first;
    const replaced = [cache.replace(stale), cache.replace(stale)];
    s.release();
    expect(await Promise.all(replaced)).toEqual(['t2', 't2']);
    // A caller that still holds the old token gets the new one without another fetch.
    expect(await cache.replace(stale)).toBe('t2');
    expect(s.fetches).toBe(2);
  });

  it('lets a failed fetch fail its callers, and tries again on the next call', async () => {
    let calls = 0;
    const cache = new AccessTokenCache(async () => {
      calls++;
      if (calls === 1) throw new Error('gettoken failed');
      return { token: 'ok', expiresInSeconds: 7200 };
    });
    await expect(Promise.all([cache.get(), cache.get()])).rejects.toThrow('gettoken failed');
    expect(await cache.get()).toBe('ok');
    expect(calls).toBe(2);
  });
});

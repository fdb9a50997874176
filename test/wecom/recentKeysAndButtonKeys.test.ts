// The bounded, time-limited memories of the WeCom channel: callbacks already taken (RecentKeys)
// and button values too large for a key (ButtonKeys).
import { describe, expect, it } from 'vitest';
import { ButtonKeys } from '../../src/wecom/buttonKeys.js';
import { RecentKeys } from '../../src/wecom/recentKeys.js';

describe('RecentKeys', () => {
  it('says a key is new once within its lifetime, and new again after it', () => {
    let now = 0;
    const keys = new RecentKeys(1000, 100, () => now);
    expect(keys.add('a')).toBe(true);
    expect(keys.add('a')).toBe(false);
    now = 999;
    expect(keys.add('a')).toBe(false);
    now = 1000;
    expect(keys.add('a')).toBe(true);
  });

  it('keeps at most maxEntries, forgetting the oldest first, and drops expired ones', () => {
    let now = 0;
    const keys = new RecentKeys(10_000, 3, () => now);
    for (const k of ['a', 'b', 'c', 'd']) keys.add(k);
    expect(keys.size).toBe(3);
    expect(keys.add('a')).toBe(true); // forgotten to make room
    expect(keys.add('d')).toBe(false);
    now = 20_000;
    keys.add('e');
    expect(keys.size).toBe(1);
  });
});

describe('ButtonKeys', () => {
  it('carries a value in the key itself when it fits 1024 bytes', () => {
    const keys = new ButtonKeys();
    const value = { action: 'answer', text: '是' };
    const key = keys.encode(value);
    expect(key).toBe('v:{"action":"answer","text":"是"}');
    // Another instance (a restart, another server) reads it too.
    expect(new ButtonKeys().decode(key)).toEqual({ found: true, value });
  });

  it('keeps a larger value under a short id for a while', () => {
    let now = 0;
    const keys = new ButtonKeys({ ttlMs: 1000, now: () => now });
    const value = { action: 'answer', text: '很'.repeat(400) };
    const key = keys.encode(value);
    expect(Buffer.byteLength(key)).toBeLessThanOrEqual(1024);
    expect(key).toMatch(/^k:[A-Za-z0-9_-]{16}$/);
    expect(keys.decode(key)).toEqual({ found: true, value });
    expect(new ButtonKeys().decode(key)).toMatchObject({ found: false });
    now = 1001;
    expect(keys.decode(key)).toMatchObject({ found: false, reason: 'expired or unknown' });
  });

  it('refuses keys it did not make', () => {
    const keys = new ButtonKeys();
    expect(keys.decode('v:{not json')).toMatchObject({ found: false, reason: 'not JSON' });
    expect(keys.decode('key111')).toMatchObject({ found: false, reason: 'not one of our keys' });
  });

  it('stores at most maxStored values', () => {
    const keys = new ButtonKeys({ maxStored: 2 });
    const big = (n: number) => ({ n, text: '很'.repeat(400) });
    const [a, b, c] = [keys.encode(big(1)), keys.encode(big(2)), keys.encode(big(3))];
    expect(keys.decode(a)).toMatchObject({ found: false });
    expect(keys.decode(b)).toMatchObject({ found: true });
    expect(keys.decode(c)).toMatchObject({ found: true });
  });
});

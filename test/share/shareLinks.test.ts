// Share links in a folder (the default store): tokens, expiry, revocation by their owner only,
// forgetting a user, the sweep of expired links, and what a tampered store cannot make happen.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { runCheckup, servicePackageDocument } from '../../src/eligibility/checkup.js';
import { shareOwner, TOKEN_PATTERN } from '../../src/share/shareLink.js';
import { ShareLinks } from '../../src/share/shareLinks.js';
import { FileShareStorage } from '../../src/share/shareStorage.js';
import { knowledge } from '../helpers/knowledge.js';

const DAY = 86_400_000;

function links(options: { ttlDays?: number; retentionDays?: number; now?: () => Date } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'yiqi-share-'));
  const storage = new FileShareStorage(dir);
  const made = new ShareLinks({
    storage,
    ttlDays: options.ttlDays ?? 30,
    retentionDays: options.retentionDays ?? 180,
    baseUrl: () => 'https://yiqi.example.org',
    ...(options.now ? { now: options.now } : {}),
  });
  return { dir, storage, links: made };
}

const document = () =>
  servicePackageDocument(
    runCheckup(knowledge().measures, {}, '2026-11-26', knowledge()),
    knowledge(),
    '2026-11-26',
  );
const share = (userId = 'u1', profileKey = 'p1') => ({
  userId,
  channelId: 'msteams',
  profileKey,
  enterpriseName: '上海某某科技有限公司',
  day: '2026-11-26',
  document: document(),
});

describe('ShareLinks', () => {
  it('makes a 128-bit base64url token and an absolute address under the public base', async () => {
    const { links: l } = links();
    const a = await l.create(share());
    const b = await l.create(share());
    expect(a.token).toMatch(TOKEN_PATTERN);
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(16);
    expect(a.token).not.toBe(b.token);
    expect(l.urlOf(a.token)).toBe(`https://yiqi.example.org/p/${a.token}`);
    expect((await l.get(a.token))?.document.title).toBe('企业政策服务包');
  });

  it('stores the snapshot without the user id: the owner is a hash', async () => {
    const { dir, links: l } = links();
    const s = await l.create(share('29:1AbCdEf-user-id'));
    const stored = readFileSync(join(dir, 'share-links', 'links', `${s.token}.json`), 'utf8');
    expect(stored).not.toContain('29:1AbCdEf-user-id');
    expect(JSON.parse(stored).owner).toBe(shareOwner('29:1AbCdEf-user-id', 'msteams'));
  });

  it('expires after SHARE_TTL_DAYS, never later than RETENTION_DAYS, and an expired link is removed when asked for', async () => {
    let now = new Date('2026-11-26T08:00:00Z');
    const { dir, links: l } = links({ ttlDays: 30, retentionDays: 10, now: () => now });
    const s = await l.create(share());
    expect(Date.parse(s.expiresAt) - now.getTime()).toBe(10 * DAY);
    now = new Date(now.getTime() + 10 * DAY - 1);
    expect(await l.get(s.token)).toBeDefined();
    now = new Date(now.getTime() + 1);
    expect(await l.get(s.token)).toBeUndefined();
    expect(readdirSync(join(dir, 'share-links', 'links'))).toEqual([]);
  });

  it('revokes a link only for its owner', async () => {
    const { links: l } = links();
    const s = await l.create(share('owner'));
    expect(await l.revoke(s.token, 'someone-else', 'msteams')).toBe(false);
    expect(await l.revoke(s.token, 'owner', 'emulator')).toBe(false); // same id, another channel
    expect(await l.get(s.token)).toBeDefined();
    expect(await l.revoke(s.token, 'owner', 'msteams')).toBe(true);
    expect(await l.get(s.token)).toBeUndefined();
    expect(await l.revoke(s.token, 'owner', 'msteams')).toBe(false);
  });

  it('revokes a user’s links for one enterprise, or all of them', async () => {
    const { links: l } = links();
    const a1 = await l.create(share('u', 'a'));
    const a2 = await l.create(share('u', 'a'));
    const b = await l.create(share('u', 'b'));
    const other = await l.create(share('v', 'a'));
    expect((await l.revokeOwned('u', 'msteams', 'a')).map((s) => s.token).sort()).toEqual(
      [a1.token, a2.token].sort(),
    );
    expect(await l.get(b.token)).toBeDefined();
    expect((await l.revokeOwned('u', 'msteams')).map((s) => s.token)).toEqual([b.token]);
    expect(await l.get(other.token)).toBeDefined();
    expect(await l.revokeOwned('u', 'msteams')).toEqual([]);
  });

  it('sweeps expired links', async () => {
    let now = new Date('2026-11-26T08:00:00Z');
    const { links: l } = links({ ttlDays: 1, now: () => now });
    const old = await l.create(share());
    now = new Date(now.getTime() + DAY / 2);
    const young = await l.create(share());
    now = new Date(now.getTime() + DAY / 2);
    expect(await l.purgeExpired()).toBe(1);
    expect(await l.get(old.token)).toBeUndefined();
    expect(await l.get(young.token)).toBeDefined();
    expect(await l.revokeOwned('u1', 'msteams')).toHaveLength(1); // the marker of the swept one is gone too
  });

  it('ignores what is not a token or not a valid snapshot', async () => {
    const { dir, links: l } = links();
    const s = await l.create(share());
    for (const token of ['../../etc/passwd', '', 'a'.repeat(21), `${s.token}/`, `${s.token}x`])
      expect(await l.get(token)).toBeUndefined();
    const file = join(dir, 'share-links', 'links', `${s.token}.json`);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...stored, expiresAt: 'never' }));
    expect(await l.get(s.token)).toBeUndefined();
    writeFileSync(file, '{not json');
    expect(await l.get(s.token)).toBeUndefined();
  });

  it('makes no address while the public base is unknown', () => {
    const l = new ShareLinks({
      storage: new FileShareStorage(mkdtempSync(join(tmpdir(), 'yiqi-share-'))),
      ttlDays: 30,
      retentionDays: 180,
      baseUrl: () => undefined,
    });
    expect(l.enabled).toBe(false);
    expect(l.urlOf('x')).toBeUndefined();
  });
});

describe('settings', () => {
  it('SHARE_TTL_DAYS 30 and RETENTION_DAYS 180 by default; PUBLIC_BASE_URL without its trailing slash', () => {
    const config = loadConfig({ PUBLIC_BASE_URL: 'https://yiqi.example.org/' });
    expect(config.SHARE_TTL_DAYS).toBe(30);
    expect(config.RETENTION_DAYS).toBe(180);
    expect(config.PUBLIC_BASE_URL).toBe('https://yiqi.example.org');
    expect(loadConfig({ PUBLIC_BASE_URL: '' }).PUBLIC_BASE_URL).toBeUndefined();
  });

  it('a bad value stops start-up naming the setting', () => {
    expect(() => loadConfig({ SHARE_TTL_DAYS: '0' })).toThrow(/SHARE_TTL_DAYS/);
    expect(() => loadConfig({ RETENTION_DAYS: 'forever' })).toThrow(/RETENTION_DAYS/);
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'yiqi.example.org' })).toThrow(
      /PUBLIC_BASE_URL: must be an http\(s\) URL/,
    );
  });
});

// Service requests on files (DATA_DIR): numbers unique however many writers share the folder, no
// update lost to a concurrent one, status rules, expiry after RETENTION_DAYS (on read and by the
// sweep), and erasing a user's personal fields.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileRequestStore } from '../../src/handoff/fileRequestStore.js';
import type { NewRequest } from '../../src/handoff/serviceRequest.js';
import { ServiceRequests } from '../../src/handoff/serviceRequests.js';
import { tempDir } from '../helpers/handoff.js';

const ROUTE = {
  district: '浦东新区',
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9/',
  conversationId: 'specialists',
};
const HERE = { channelId: 'emulator', conversationId: 'specialists' };
const WANG = { id: 'spec-1', name: '王专员' };

function draft(userId = 'user-1'): NewRequest {
  return {
    district: '浦东新区',
    enterprise: '上海某某科技有限公司',
    contact: { kind: 'mobile', mobile: '13800138000' },
    question: '研发投入奖励什么时候申报',
    transcript: [{ user: '研发投入奖励', bot: ['第5项 · 研发投入奖励'] }],
    profile: [{ label: '高新技术企业', value: '是' }],
    requester: {
      userId,
      channelId: 'emulator',
      address: {
        channelId: 'emulator',
        serviceUrl: 'http://127.0.0.1:9/',
        conversation: { id: `c-${userId}` },
      },
    },
    route: ROUTE,
  };
}

function requestsIn(dir: string, now?: () => Date) {
  return new ServiceRequests(new FileRequestStore(dir), { retentionDays: 180, ...(now ? { now } : {}) });
}

describe('service requests on files', () => {
  it('gives unique numbers to requests opened at once through two stores on one folder', async () => {
    const dir = tempDir();
    const a = requestsIn(dir);
    const b = requestsIn(dir);
    const opened = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).open(draft())));
    const numbers = opened.map((r) => r.number).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect((await a.list()).map((r) => r.number)).toEqual(numbers);
    // Whole files only: no temporary file or lock is left behind.
    expect(readdirSync(dir).filter((f) => !/^\d{8}\.json$/.test(f))).toEqual(['sequence.json']);
  });

  it('loses no update when two writers change the same request at once', async () => {
    const dir = tempDir();
    const a = requestsIn(dir);
    const b = requestsIn(dir);
    const { number } = await a.open(draft());
    await Promise.all([
      a.claim(number, WANG, HERE),
      b.markPosted(number, 'card-1'),
      a.reply(number, WANG, HERE),
      b.enterpriseReply(number, 'user-1', 'emulator'),
    ]);
    const r = (await a.get(number))!;
    expect(r.history.map((h) => h.type).sort()).toEqual(
      ['claimed', 'created', 'enterprise-replied', 'posted', 'replied'].sort(),
    );
    expect(r.route?.postedActivityId).toBe('card-1');
  });

  it('lets only the route’s conversation act on a request, and only its requester answer or rate it', async () => {
    const requests = requestsIn(tempDir());
    const { number } = await requests.open(draft());
    expect(
      await requests.claim(number, WANG, { channelId: 'emulator', conversationId: 'other' }),
    ).toMatchObject({
      ok: false,
      problem: 'not-found',
    });
    expect(await requests.claim(number, WANG, HERE)).toMatchObject({ ok: true });
    expect(await requests.claim(number, { id: 'spec-2' }, HERE)).toMatchObject({
      ok: false,
      problem: 'claimed-by-other',
    });
    expect(await requests.enterpriseReply(number, 'someone-else', 'emulator')).toMatchObject({
      problem: 'not-found',
    });
    expect(await requests.rate(number, 'user-1', 'emulator', 'satisfied')).toMatchObject({
      problem: 'not-closed',
    });
    expect(await requests.close(number, WANG, HERE)).toMatchObject({ ok: true });
    expect(await requests.close(number, WANG, HERE)).toMatchObject({ problem: 'closed' });
    expect(await requests.reply(number, WANG, HERE)).toMatchObject({ problem: 'closed' });
    expect(await requests.rate(number, 'user-1', 'emulator', 'satisfied')).toMatchObject({ ok: true });
    expect(await requests.rate(number, 'user-1', 'emulator', 'basic')).toMatchObject({
      problem: 'already-rated',
    });
    expect(await requests.claim(999, WANG, HERE)).toMatchObject({ problem: 'not-found' });
  });

  it('deletes a request RETENTION_DAYS after its last event: on read, and by the sweep', async () => {
    const dir = tempDir();
    let now = new Date('2026-01-01T00:00:00Z');
    const requests = requestsIn(dir, () => now);
    const first = await requests.open(draft());
    const second = await requests.open(draft());
    now = new Date('2026-03-01T00:00:00Z');
    await requests.claim(second.number, WANG, HERE); // moves its expiry to 180 days after March 1st
    expect((await requests.get(first.number))?.expiresAt).toBe('2026-06-30T00:00:00.000Z');

    now = new Date('2026-06-30T00:00:01Z');
    expect(await requests.get(first.number)).toBeUndefined();
    expect(readdirSync(dir)).not.toContain('00000001.json');
    expect((await requests.list()).map((r) => r.number)).toEqual([second.number]);

    now = new Date('2026-09-01T00:00:00Z');
    expect(await requests.sweep()).toBe(1);
    expect(await requests.list()).toEqual([]);
    // Numbers are never handed out twice, even after the requests are gone.
    expect((await requests.open(draft())).number).toBe(3);
  });

  it('erases a user’s personal fields, keeping the number, district, status and dates', async () => {
    const dir = tempDir();
    const requests = requestsIn(dir);
    const mine = await requests.open(draft('user-1'));
    const theirs = await requests.open(draft('user-2'));
    expect(await requests.forgetUser('user-1', 'emulator')).toEqual([mine.number]);
    expect(await requests.forgetUser('user-1', 'msteams')).toEqual([]);
    const file = readFileSync(join(dir, '00000001.json'), 'utf8');
    for (const gone of ['上海某某科技有限公司', '13800138000', '研发投入奖励', '高新技术企业', 'user-1'])
      expect(file).not.toContain(gone);
    const erased = (await requests.get(mine.number))!;
    expect(erased).toMatchObject({ number: mine.number, district: '浦东新区', status: 'new', erased: true });
    expect(erased.createdAt).toBe(mine.createdAt);
    expect((await requests.get(theirs.number))!.contact).toEqual({ kind: 'mobile', mobile: '13800138000' });
  });
});

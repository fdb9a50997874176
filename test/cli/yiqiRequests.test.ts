// `yiqi requests [--open] [--json]`: the service requests kept under DATA_DIR, for operators — the
// contact masked, expired requests deleted as they are read.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileRequestStore } from '../../src/handoff/fileRequestStore.js';
import type { NewRequest } from '../../src/handoff/serviceRequest.js';
import { ServiceRequests } from '../../src/handoff/serviceRequests.js';
import { tempDir } from '../helpers/handoff.js';
import { runYiqi } from '../helpers/runYiqi.js';

const dir = tempDir('yiqi-requests-cli-');
const store = new FileRequestStore(join(dir, 'service-requests'));
const HERE = { channelId: 'emulator', conversationId: 'specialists' };

function draft(enterprise: string): NewRequest {
  return {
    district: '徐汇区',
    enterprise,
    contact: { kind: 'mobile', mobile: '13800138000' },
    question: '想咨询政策',
    route: {
      district: '*',
      name: '市级服务专员',
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:9/',
      conversationId: 'specialists',
    },
  };
}

beforeAll(async () => {
  // #1 was filed long ago and has expired; #2 is open; #3 is closed.
  const old = new ServiceRequests(store, { retentionDays: 180, now: () => new Date('2020-01-01T00:00:00Z') });
  await old.open(draft('过期的公司'));
  const requests = new ServiceRequests(store, { retentionDays: 180 });
  await requests.open(draft('上海某某科技有限公司'));
  const closed = await requests.open(draft('上海另一家公司'));
  await requests.close(closed.number, { id: 'spec-1', name: '王专员' }, HERE);
});

describe('yiqi requests', () => {
  it('lists the requests kept, the contact masked, and deletes the expired one', () => {
    const result = runYiqi(['requests'], { env: { DATA_DIR: dir } });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^#2 {2}new {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}徐汇区 {2}上海某某科技有限公司 {2}138\*\*\*\*8000/m,
    );
    expect(result.stdout).toMatch(/^#3 {2}closed .* claimed by 王专员 {2}closed /m);
    expect(result.stdout).not.toContain('13800138000');
    expect(result.stdout).not.toContain('过期的公司');
    expect(result.stdout).toContain('2 service requests');
    expect(existsSync(join(dir, 'service-requests', '00000001.json'))).toBe(false);
  });

  it('--open --json: the open ones as JSON', () => {
    const result = runYiqi(['requests', '--open', '--json'], { env: { DATA_DIR: dir } });
    expect(result.status).toBe(0);
    const listed = JSON.parse(result.stdout) as {
      number: number;
      status: string;
      contact: string;
      route: string;
    }[];
    expect(listed.map((r) => [r.number, r.status, r.contact, r.route])).toEqual([
      [2, 'new', '138****8000', '市级服务专员'],
    ]);
  });

  it('rejects an unknown option', () => {
    const result = runYiqi(['requests', '--all'], { env: { DATA_DIR: dir } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: yiqi requests [--open] [--json]');
  });
});

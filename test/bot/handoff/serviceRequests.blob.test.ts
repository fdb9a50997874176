// Service requests in Azure Blob Storage (Azurite, started by the test): a request half filled in
// survives a restart of the server, and one filed survives the next; two instances share requests —
// numbers stay unique when both file at once, and either instance runs the specialists' commands.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobRequestStore } from '../../../src/handoff/blobRequestStore.js';
import { ServiceRequests } from '../../../src/handoff/serviceRequests.js';
import { startAzurite, type Azurite } from '../../helpers/azurite.js';
import { replyText, startBot, startCaptureServer, type CaptureServer } from '../../helpers/botServer.js';
import { Party, received, requestNumber, tempDir, writeRoutes } from '../../helpers/handoff.js';

let azurite: Azurite;
let enterprises: CaptureServer;
let specialists: CaptureServer;
let routes: string;
const SPECIALISTS = 'specialists-blob';
let containers = 0;

beforeAll(async () => {
  azurite = await startAzurite();
  enterprises = await startCaptureServer();
  specialists = await startCaptureServer();
  routes = writeRoutes(tempDir(), [
    { district: '*', conversationId: SPECIALISTS, serviceUrl: specialists.url },
  ]);
}, 60_000);
afterAll(async () => {
  await azurite.stop();
  await enterprises.close();
  await specialists.close();
});

/** The settings of instances sharing one fresh container (state and requests). */
function sharedEnv() {
  return {
    BLOB_CONNECTION_STRING: azurite.connectionString,
    BLOB_CONTAINER: `yiqi-requests-${++containers}`,
    HANDOFF_ROUTES_FILE: routes,
    DATA_DIR: tempDir(), // must stay empty: requests go to the blob container
  };
}

describe('service requests in blob storage (Azurite)', () => {
  it('loses nothing when the server restarts in the middle of a request and after it', async () => {
    const env = sharedEnv();
    let url = '';
    const e = new Party(() => url, 'blob-enterprise-1', enterprises.url, {
      id: 'blob-user-1',
      name: '企业用户',
    });
    const wang = new Party(() => url, SPECIALISTS, specialists.url, { id: 'spec-wang', name: '王专员' });

    const first = await startBot(env);
    url = first.url;
    await e.say('转人工');
    await e.say('同意');
    await e.say('上海某某科技有限公司');
    await first.close();

    const second = await startBot(env);
    url = second.url;
    await e.say('杨浦');
    await e.say('13800138000');
    const number = requestNumber(await e.text('研发投入奖励什么时候申报'));
    const [card] = await received(specialists, SPECIALISTS, 1);
    expect(replyText(card!)).toContain('杨浦区');
    expect(await wang.text(`认领 ${number}`)).toContain('已由王专员认领');
    await second.close();

    const third = await startBot(env);
    url = third.url;
    try {
      expect(await wang.text(`回复 ${number} 您好,申报通知发布后我第一时间告诉您。`)).toContain(
        '已把回复转给企业',
      );
      const [relayed] = await received(enterprises, e.conversationId, 1);
      expect(replyText(relayed!)).toContain('申报通知发布后');
      const stored = (await third.app.handoff.requests.get(number))!;
      expect(stored.history.map((h) => h.type)).toEqual(['created', 'posted', 'claimed', 'replied']);
      expect(stored).toMatchObject({
        enterprise: '上海某某科技有限公司',
        district: '杨浦区',
        status: 'claimed',
      });
      expect(readdirSync(env.DATA_DIR)).toEqual([]); // nothing on this machine's disk
    } finally {
      await third.close();
    }
  });

  it('shares requests between two instances: unique numbers when both file at once, commands on either', async () => {
    const env = sharedEnv();
    const a = await startBot(env);
    const b = await startBot(env);
    try {
      const file = async (i: number) => {
        const url = i % 2 ? a.url : b.url;
        const e = new Party(() => url, `blob-shared-${i}`, enterprises.url, {
          id: `blob-shared-user-${i}`,
          name: '企业',
        });
        await e.say('转人工');
        await e.say('同意');
        await e.say(`上海第${i}科技有限公司`);
        await e.say(String(1 + (i % 16)));
        await e.say('13800138000');
        return requestNumber(await e.text('想咨询政策'));
      };
      const numbers = await Promise.all(Array.from({ length: 8 }, (_, i) => file(i)));
      expect([...numbers].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

      // Filed on one instance, claimed on the other, closed on the first.
      const onA = numbers[1]!;
      const zhao = (url: string) =>
        new Party(() => url, SPECIALISTS, specialists.url, { id: 'spec-zhao', name: '赵专员' });
      expect(await zhao(b.url).text(`认领 ${onA}`)).toContain('已由赵专员认领');
      expect(await zhao(a.url).text(`关闭 ${onA}`)).toContain('已关闭');
      const open = await b.app.handoff.requests.openIn({
        channelId: 'emulator',
        conversationId: SPECIALISTS,
      });
      expect(open.map((r) => r.number)).not.toContain(onA);
      expect(open).toHaveLength(7);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('advances the number sequence with If-Match: two stores allocating at once never share a number', async () => {
    const container = `yiqi-sequence-${++containers}`;
    const one = new ServiceRequests(new BlobRequestStore(azurite.connectionString, container), {
      retentionDays: 180,
    });
    const two = new ServiceRequests(new BlobRequestStore(azurite.connectionString, container), {
      retentionDays: 180,
    });
    const numbers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).store.allocateNumber()),
    );
    expect(new Set(numbers).size).toBe(20);
    expect(Math.max(...numbers)).toBe(20);
  });
});

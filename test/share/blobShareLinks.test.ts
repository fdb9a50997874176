// Share links in Azure Blob Storage (Azurite, started by the test): made on one instance and served by
// another, kept across a restart, revoked and forgotten on any instance, and swept when expired.
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheckup, servicePackageDocument } from '../../src/eligibility/checkup.js';
import { BlobShareStorage } from '../../src/share/blobShareStorage.js';
import { ShareLinks } from '../../src/share/shareLinks.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import {
  answerCheckup,
  ask,
  buttons,
  checkupAnswers,
  message,
  replyText,
  startBot,
  startCaptureServer,
  type BotUnderTest,
  type CaptureServer,
} from '../helpers/botServer.js';
import { knowledge } from '../helpers/knowledge.js';

const CONTAINER = 'yiqi-share-test';
let azurite: Azurite;
let capture: CaptureServer;

beforeAll(async () => {
  azurite = await startAzurite();
  capture = await startCaptureServer();
}, 60_000);
afterAll(async () => {
  await azurite.stop();
  await capture.close();
});

const blobEnv = () => ({ BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: CONTAINER });

const ANSWERS = checkupAnswers({
  highTech: '否',
  firstSishang: '否',
  specialized: '都不是',
  situation: '小升规',
  industrial: '否',
  retrofit: '0',
  compute: '否',
  financing: '否',
  procurement: '否',
  techSme: '否',
});

function conversation(id: string) {
  const from = { id: `user-${id}`, name: '服务专员' };
  const send = (url: string, text: string) => ask(url, message(text, id, capture.url, { from }));
  const press = (url: string, value: Record<string, unknown>) =>
    ask(url, { ...message('', id, capture.url, { from }), text: undefined, value });
  return { send, press };
}

function shareToken(card: Partial<Activity>): string {
  const token = buttons(card).find((b) => b.data.action === 'revokeShare')?.data.token;
  if (typeof token !== 'string') throw new Error('the card has no share link');
  return token;
}

async function checkup(bot: BotUnderTest, c: ReturnType<typeof conversation>): Promise<Partial<Activity>> {
  const start = await c.send(bot.url, '为上海某某贸易有限公司做政策体检');
  return answerCheckup(start, ANSWERS, (text) => c.send(bot.url, text));
}

describe('share links in blob storage (Azurite)', () => {
  it('one instance makes a link, another serves it, a restart keeps it, any instance revokes it', async () => {
    const c = conversation('blob-share-1');
    let a = await startBot(blobEnv());
    const b = await startBot(blobEnv());
    try {
      const token = shareToken(await checkup(a, c));
      expect((await fetch(`${b.url}/p/${token}`)).status).toBe(200);
      await a.close();
      a = await startBot(blobEnv());
      const page = await (await fetch(`${a.url}/p/${token}`)).text();
      expect(page).toContain('上海某某贸易有限公司');
      expect(page).toContain('小升规');

      const [said] = await c.press(b.url, { action: 'revokeShare', token });
      expect(replyText(said!)).toContain('已撤销1个分享链接');
      expect((await fetch(`${a.url}/p/${token}`)).status).toBe(404);
    } finally {
      await a.close();
      await b.close();
    }
  }, 60_000);

  it('「删除我的数据」 on one instance removes the links and the profiles every instance sees', async () => {
    const c = conversation('blob-share-2');
    const a = await startBot(blobEnv());
    const b = await startBot(blobEnv());
    try {
      const token = shareToken(await checkup(a, c));
      await c.send(b.url, '删除我的数据');
      const [deleted] = await c.send(b.url, '是');
      expect(deleted!.text).toContain('· 企业档案“上海某某贸易有限公司”');
      expect(deleted!.text).toContain('· 服务包分享链接(上海某某贸易有限公司,');
      expect((await fetch(`${a.url}/p/${token}`)).status).toBe(404);
      const [list] = await c.send(a.url, '列出企业');
      expect(replyText(list!)).toContain('还没有保存任何企业');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('sweeps expired links from the container', async () => {
    const storage = new BlobShareStorage(azurite.connectionString, CONTAINER);
    const kb = knowledge();
    const document = servicePackageDocument(runCheckup(kb.measures, {}, '2026-11-26', kb), kb, '2026-11-26');
    let now = new Date('2026-11-26T08:00:00Z');
    const links = new ShareLinks({
      storage,
      ttlDays: 30,
      retentionDays: 180,
      baseUrl: () => 'https://x',
      now: () => now,
    });
    const s = await links.create({ userId: 'sweep', channelId: 'emulator', day: '2026-11-26', document });
    expect(await storage.list(`share-links/owners/${s.owner}/`)).toHaveLength(1);
    now = new Date(now.getTime() + 31 * 86_400_000);
    expect(await links.purgeExpired()).toBeGreaterThanOrEqual(1);
    expect(await storage.read(`share-links/links/${s.token}.json`)).toBeUndefined();
    expect(await storage.list(`share-links/owners/${s.owner}/`)).toEqual([]);
  });
});

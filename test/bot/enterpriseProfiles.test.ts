// Named enterprise profiles over HTTP on the real server: a specialist checks several enterprises in
// one conversation and no answer ever crosses between them; switching, listing and deleting; the
// check that is running ends when the enterprise changes; the single profile of earlier versions
// migrates; expired profiles are dropped when read.
import { MemoryStorage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import type { ProfileBook } from '../../src/profiles/profileBook.js';
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

const storage = new MemoryStorage();
let bot: BotUnderTest;
let capture: CaptureServer;
let n = 0;

beforeAll(async () => {
  capture = await startCaptureServer();
  bot = await startBot({}, { storage });
});
afterAll(async () => {
  await bot.close();
  await capture.close();
});

function conversation() {
  const id = `profiles-${++n}`;
  const userId = `user-profiles-${n}`;
  const from = { id: userId, name: '服务专员' };
  const send = (text: string) => ask(bot.url, message(text, id, capture.url, { from }));
  const say = async (text: string) => (await send(text)).map(replyText).join('\n');
  const last = async (text: string) => (await send(text)).at(-1)!;
  const book = async (): Promise<ProfileBook | undefined> => {
    const key = `emulator/users/${userId}/`;
    const item = (await storage.read([key]))[key] as { profile?: ProfileBook } | undefined;
    return item?.profile;
  };
  return { id, userId, send, say, last, book };
}

/** A high-tech enterprise, first time 四上, 600万 of R&D. */
const ENTERPRISE_A = checkupAnswers({
  highTech: '是',
  firstSishang: '是',
  rdSpending: '600万',
  specialized: '都不是',
  situation: '都不是',
  industrial: '否',
  retrofit: '0',
  compute: '否',
  financing: '否',
  procurement: '否',
  techSme: '否',
});

/** Not high-tech, a 小升规 industrial enterprise with a 1500万 retrofit. */
const ENTERPRISE_B = checkupAnswers({
  highTech: '否',
  firstSishang: '否',
  specialized: '小巨人',
  situation: '小升规',
  industrial: '是',
  retrofit: '1500万',
  computeContract: '300万',
  compute: '是',
  financing: '是',
  procurement: '否',
  techSme: '否',
});

describe('several enterprises in one conversation', () => {
  it('the issue’s example: after 600万, 「换一家企业，我能申请研发投入奖励吗」 asks again', async () => {
    const c = conversation();
    await c.say('我能申请研发投入奖励吗');
    await c.say('是');
    await c.say('是');
    const first = await c.say('600万');
    expect(first).toContain('600万元 × 5% = 30万元');
    expect(first).not.toContain('以下结果基于'); // one unnamed enterprise: as before

    const again = await c.say('换一家企业，我能申请研发投入奖励吗');
    expect(again).toContain('已换一家企业');
    expect(again).toContain('我来帮您测算“研发投入奖励”');
    expect(again).toContain('高新技术企业'); // the first question, asked again
    expect(again).not.toContain('30万元');
    await c.say('是');
    await c.say('是');
    const second = await c.say('2000万');
    expect(second).toContain('按50万元计');
    expect(second).toContain('以下结果基于:未命名企业的回答');

    // Back to the first enterprise: its own 600万, nothing asked.
    expect(await c.say('切换到第1家')).toContain('已切换到“未命名企业”');
    const back = await c.say('我能申请研发投入奖励吗');
    expect(back).toContain('600万元 × 5% = 30万元');
    expect(back).not.toContain('2000万');
  });

  it('two named enterprises checked up in one conversation never share an answer', async () => {
    const c = conversation();
    const startA = await c.send('为上海甲乙科技有限公司做政策体检');
    expect(startA.map(replyText).join('\n')).toContain('已为“上海甲乙科技有限公司”新建企业档案');
    const pkgA = replyText(await answerCheckup(startA, ENTERPRISE_A, c.send));
    expect(pkgA).toContain('以下结果基于:上海甲乙科技有限公司的回答');
    expect(pkgA).toContain('600万元 × 5% = 30万元');

    const startB = await c.send('为上海丙丁制造有限公司做政策体检');
    const startBText = startB.map(replyText).join('\n');
    expect(startBText).toContain('已为“上海丙丁制造有限公司”新建企业档案');
    expect(startBText).toContain('高新技术企业'); // asked again, not taken from 甲乙
    const pkgB = replyText(await answerCheckup(startB, ENTERPRISE_B, c.send));
    expect(pkgB).toContain('以下结果基于:上海丙丁制造有限公司的回答');
    expect(pkgB).not.toContain('600万');
    expect(pkgB).toContain('300万元 × 20% = 60万元');

    const book = (await c.book())!;
    expect(book.profiles.map((p) => p.name)).toEqual(['上海甲乙科技有限公司', '上海丙丁制造有限公司']);
    const [a, b] = book.profiles;
    expect(a!.answers['is-high-tech']).toBe(true);
    expect(a!.answers['rd-last-year']).toBe(6_000_000);
    expect(b!.answers['is-high-tech']).toBe(false);
    expect(b!.answers).not.toHaveProperty('rd-last-year');
    expect(a!.answers).not.toHaveProperty('compute-contract');
    expect(book.activeKey).toBe(b!.key);

    // Fuzzy names: 甲乙公司 is 上海甲乙科技有限公司; its own answers come back.
    expect(await c.say('切换到甲乙公司')).toContain('已切换到“上海甲乙科技有限公司”');
    expect(await c.say('现在是哪家企业')).toContain('当前企业:上海甲乙科技有限公司');
    const rd = await c.say('我能申请研发投入奖励吗');
    expect(rd).toContain('以下结果基于:上海甲乙科技有限公司的回答');
    expect(rd).toContain('600万元 × 5% = 30万元');
    // 上海丙丁制造 (no legal form) is the same enterprise as 上海丙丁制造有限公司.
    const redo = await c.say('为上海丙丁制造做政策体检');
    expect(redo).toContain('已切换到“上海丙丁制造有限公司”');
    expect(redo).toContain('以下结果基于:上海丙丁制造有限公司的回答'); // nothing left to ask
    expect(redo).not.toContain('600万');
  });

  it('lists, names the current one, asks on an ambiguous name, and deletes one with its answers', async () => {
    const c = conversation();
    expect(await c.say('列出企业')).toContain('还没有保存任何企业');
    await c.say('为上海某某科技有限公司做政策体检');
    await c.say('是');
    await c.say('为上海某某贸易有限公司做政策体检');
    await c.say('否');
    const list = await c.send('列出企业');
    const listText = replyText(list[0]!);
    expect(listText).toContain('您保存的企业(2家)');
    expect(listText).toContain('1. 上海某某科技有限公司(已回答1项)');
    expect(listText).toContain('2. 上海某某贸易有限公司(已回答1项)——当前');
    expect(buttons(list[0]!).map((b) => b.data.text)).toEqual(['切换到上海某某科技有限公司']);

    expect(await c.say('切换到某某公司')).toContain('有几家企业都符合“某某公司”');
    expect(await c.say('切换到华东某某')).toContain('没有找到名称里含“华东某某”的企业');
    expect(await c.say('删除某某科技')).toContain('已删除企业“上海某某科技有限公司”的档案和它的1项回答');
    const book = (await c.book())!;
    expect(book.profiles.map((p) => p.name)).toEqual(['上海某某贸易有限公司']);
    expect(await c.say('删除某某公司')).toContain('已删除当前企业“上海某某贸易有限公司”');
    expect(await c.say('现在是哪家企业')).toContain('当前企业还没有名称');
  });

  it('switching in the middle of a check ends it with a note; the answers given stay with their enterprise', async () => {
    const c = conversation();
    await c.say('为上海甲公司做政策体检');
    await c.say('是'); // 高新技术企业
    await c.say('为上海乙公司做政策体检');
    await c.say('否');
    const switched = await c.say('切换到甲公司');
    expect(switched).toContain('刚才的测算已结束');
    expect(switched).toContain('已切换到“上海甲公司”');
    // No check is running now: 列出企业 is answered, and nothing is asked after it.
    const list = await c.say('列出企业');
    expect(list).toContain('1. 上海甲公司(已回答1项)——当前');
    expect(list).toContain('2. 上海乙公司(已回答1项)');

    // 换一家企业 with a question in the middle of a check: the check ends, the question starts fresh.
    await c.say('我能申请研发投入奖励吗');
    const fresh = await c.say('换一家企业，我能申请AI算力券吗');
    expect(fresh).toContain('刚才的测算已结束');
    expect(fresh).toContain('已换一家企业');
    expect(fresh).toContain('我来帮您测算“AI算力券”');
    // A list or a question about the current enterprise does not end a check: it is asked again.
    const inPlace = await c.say('现在是哪家企业');
    expect(inPlace).toContain('当前企业还没有名称');
    expect(inPlace).toContain('算力');
  });

  it('a user who never names an enterprise keeps one unnamed profile', async () => {
    const c = conversation();
    await c.say('我能申请研发投入奖励吗');
    await c.say('是');
    await c.say('否');
    const book = (await c.book())!;
    expect(book.profiles).toHaveLength(1);
    expect(book.profiles[0]!.name).toBeUndefined();
    expect(book.profiles[0]!.answers).toEqual({ 'is-high-tech': true, 'first-time-sishang': false });
  });
});

describe('state written before named profiles, and retention', () => {
  async function seed(userId: string, profile: unknown): Promise<void> {
    await storage.write({ [`emulator/users/${userId}/`]: { profile, eTag: '*' } });
  }

  it('migrates an old {answers} user state to one unnamed profile, answers kept', async () => {
    const c = conversation();
    await seed(c.userId, {
      answers: { 'is-high-tech': true, 'first-time-sishang': true, 'rd-last-year': 6_000_000 },
    });
    const replies = await c.say('我能申请研发投入奖励吗');
    expect(replies).toContain('用到了您之前回答过的企业情况');
    expect(replies).toContain('600万元 × 5% = 30万元');
    expect(replies).not.toContain('以下结果基于');
    const book = (await c.book())!;
    expect(book.version).toBe(2);
    expect(book.profiles).toHaveLength(1);
    expect(book.profiles[0]!.answers['rd-last-year']).toBe(6_000_000);
    expect(book.activeKey).toBe(book.profiles[0]!.key);
  });

  it('drops a profile unused for longer than RETENTION_DAYS when it is read', async () => {
    const c = conversation();
    const longAgo = new Date(Date.now() - 181 * 86_400_000).toISOString();
    const recent = new Date(Date.now() - 10 * 86_400_000).toISOString();
    await seed(c.userId, {
      version: 2,
      activeKey: 'old',
      profiles: [
        {
          key: 'old',
          name: '上海旧企业有限公司',
          answers: { 'is-high-tech': true },
          createdAt: longAgo,
          updatedAt: longAgo,
        },
        { key: 'new', name: '上海新企业有限公司', answers: {}, createdAt: recent, updatedAt: recent },
      ],
    });
    const list = await c.say('列出企业');
    expect(list).toContain('您保存的企业(1家)');
    expect(list).toContain('上海新企业有限公司');
    expect(list).not.toContain('上海旧企业有限公司');
    expect((await c.book())!.profiles.map((p) => p.key)).toEqual(['new']);
  });
});

describe('logs', () => {
  it('carry profile keys, never an enterprise name or the message text', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
    const logged = await startBot({}, { storage: new MemoryStorage(), logger });
    try {
      const from = { id: 'user-logs', name: '服务专员' };
      const say = (text: string) => ask(logged.url, message(text, 'logs-1', capture.url, { from }));
      await say('为上海机密名称科技有限公司做政策体检');
      await say('是');
      await say('为上海另一机密贸易有限公司做政策体检');
      await say('切换到机密名称');
      await say('删除另一机密');
      await say('删除我的数据');
      await say('是');
    } finally {
      await logged.close();
    }
    const all = lines.join('\n');
    expect(all).not.toContain('机密');
    const keys = lines
      .map((l) => JSON.parse(l) as { msg: string; profileKey?: string })
      .filter((l) => l.msg === 'enterprise profile')
      .map((l) => l.profileKey);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    expect(keys.every((k) => typeof k === 'string' && /^[\w-]{8}$/.test(k))).toBe(true);
    expect(all).toContain('"msg":"personal data deleted"');
  });
});

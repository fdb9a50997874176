// Personal data on the real server: the maintainers' records keep at most what the matcher reads of a
// question, with mobile numbers, ID numbers and amounts masked; never an answer to a profile
// question; feedback only for real measures; days past RETENTION_DAYS are deleted. A channel's
// deleteUserData activity deletes the user's state and asks every personal-data holder to forget.
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/feedback/maskPersonalData.js';
import { ask, message, post, replyText, startBot, useBotServer } from '../helpers/botServer.js';

const server = useBotServer();
let n = 0;
const conv = () => `pd-${++n}`;
const unanswered = () => server.bot.maintainerLog.records.filter((r) => r.type === 'unanswered');

describe('the maintainers’ records', () => {
  it('keep the first 300 characters of a question, with mobile, ID numbers and amounts masked', async () => {
    const personal =
      '我叫王小明,身份证号310101199001011234,手机13812345678,去年营收600万元,请问外滩哪家餐厅好吃';
    await ask(server.bot.url, message(personal + '啊'.repeat(80_000), conv(), server.capture.url));
    const record = unanswered().at(-1)!;
    expect(record.type === 'unanswered' && record.q.length).toBeLessThanOrEqual(300);
    const q = record.type === 'unanswered' ? record.q : '';
    expect(q).not.toContain('310101199001011234');
    expect(q).not.toContain('13812345678');
    expect(q).not.toContain('600万');
    expect(q).toContain('[身份证号]');
    expect(q).toContain('[手机号]');
    expect(q).toContain('[金额]');
    expect(q).toContain('外滩');
  });

  it('never record an answer to a profile question as an unanswered question', async () => {
    const before = unanswered().length;
    for (const answer of ['600万', '大约1.5亿元', '是', '不是', '都不是', '跳过']) {
      await ask(server.bot.url, message(answer, conv(), server.capture.url));
    }
    expect(unanswered().slice(before)).toEqual([]);
    // A real question with an amount in it is still recorded (masked).
    await ask(server.bot.url, message('买一辆600万的游艇有补贴吗去外滩玩', conv(), server.capture.url));
    expect(
      unanswered()
        .slice(before)
        .map((r) => r.type === 'unanswered' && r.q),
    ).toEqual(['买一辆[金额]的游艇有补贴吗去外滩玩']);
  });

  it('count feedback only for measures that exist', async () => {
    const id = conv();
    const press = (value: object) =>
      ask(server.bot.url, { ...message('', id, server.capture.url), text: undefined, value });
    await press({ action: 'feedback', id: 'no-such-measure', useful: false });
    await press({ action: 'feedback', id: 'seamless-renewal', useful: true });
    const feedback = server.bot.maintainerLog.records.filter((r) => r.type === 'feedback');
    expect(feedback.some((r) => r.type === 'feedback' && r.measureId === 'no-such-measure')).toBe(false);
    expect(feedback.some((r) => r.type === 'feedback' && r.measureId === 'seamless-renewal')).toBe(true);
  });

  it('are kept in one file per day, and days older than RETENTION_DAYS are deleted', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'yiqi-retention-'));
    const dir = join(dataDir, 'maintainer-log');
    mkdirSync(dir);
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    for (const d of [day(400), day(31), day(29), day(0)]) writeFileSync(join(dir, `${d}.jsonl`), '');
    const bot = await startBot({ DATA_DIR: dataDir, RETENTION_DAYS: '30' }, { maintainerLog: undefined });
    try {
      await ask(bot.url, message('明天去外滩吃什么好', 'retention-1', server.capture.url));
      await new Promise((r) => setTimeout(r, 300));
      expect(readdirSync(dir).sort()).toEqual([`${day(29)}.jsonl`, `${day(0)}.jsonl`]);
    } finally {
      await bot.close();
    }
  });
});

describe('masking', () => {
  it('masks mobiles (also spaced or with +86), 18-digit IDs, long digit runs, e-mails and amounts', () => {
    expect(maskPersonalData('电话 138 1234 5678 或 +86-139-1234-5678')).toBe('电话 [手机号] 或 [手机号]');
    expect(maskPersonalData('31010119900101123X 卡号6222020200112233445')).toBe('[身份证号] 卡号[数字]');
    expect(maskPersonalData('zhang@example.com')).toBe('[邮箱]');
    expect(maskPersonalData('六百万元 1.5亿 6,000,000 ¥5000 300w 两千万')).toBe(
      '[金额] [金额] [金额] [金额] [金额] [金额]',
    );
    expect(maskPersonalData('第8项 2023年 5% 28条')).toBe('第8项 2023年 5% 28条');
  });
});

describe('deleteUserData', () => {
  it('deletes the user’s answers and asks every personal-data holder to forget the user', async () => {
    const from = { id: 'user-pd-delete', name: '企业用户' };
    const id = conv();
    const say = async (text: string) =>
      (await ask(server.bot.url, message(text, id, server.capture.url, { from }))).map(replyText);
    const forgotten: [string, string][] = [];
    server.bot.app.services.personalData.register({
      name: 'test holder',
      forgetUser: (userId, channelId) => {
        forgotten.push([userId, channelId]);
        return Promise.resolve([]);
      },
    });
    const first = await say('我能申请研发投入奖励吗');
    await say('是');
    await say('取消');
    // The answer is kept: the check does not ask it again.
    const resumed = await say('我能申请研发投入奖励吗');
    expect(resumed.join('\n')).not.toEqual(first.join('\n'));

    const res = await post(server.bot.url, {
      ...message('', id, server.capture.url, { from }),
      type: 'deleteUserData',
      text: undefined,
    });
    expect(res.status).toBe(200);
    expect(forgotten).toEqual([['user-pd-delete', 'emulator']]);
    // Asked from the start again, in a new conversation of the same user.
    const again = (
      await ask(server.bot.url, message('我能申请研发投入奖励吗', conv(), server.capture.url, { from }))
    ).map(replyText);
    expect(again.join('\n')).toEqual(first.join('\n'));
  });
});

// The eligibility flows end to end over HTTP on the real server, by typing and by buttons.
import { describe, expect, it } from 'vitest';
import {
  answerCheckup,
  ask,
  buttons,
  checkupAnswers,
  message,
  replyText,
  useBotServer,
} from '../helpers/botServer.js';

const server = useBotServer();
let n = 0;

function conversation() {
  const id = `elig-${++n}`;
  // Each conversation is a different user: the profile is kept per user.
  const from = { id: `user-${id}`, name: '企业用户' };
  const askAs = (text: string) => ask(server.bot.url, message(text, id, server.capture.url, { from }));
  const say = async (text: string) => (await askAs(text)).map(replyText);
  const press = async (data: Record<string, unknown>) =>
    ask(server.bot.url, { ...message('', id, server.capture.url, { from }), text: undefined, value: data });
  return { id, say, press, ask: askAs };
}

describe('eligibility over HTTP', () => {
  it('“我能申请研发投入奖励吗” → questions → the estimate with its arithmetic', async () => {
    const c = conversation();
    const start = await c.say('我能申请研发投入奖励吗');
    expect(start.join('\n')).toContain('我来帮您测算“研发投入奖励”');
    await c.say('是');
    await c.say('是');
    const [result] = await c.say('2000万');
    expect(result).toContain('符合条件');
    expect(result).toContain('2000万元 × 5% = 100万元');
    expect(result).toContain('按50万元计');
  });

  it('runs by buttons: 我能申请吗? on a measure card, then 是/否 buttons', async () => {
    const c = conversation();
    const [card] = await ask(
      server.bot.url,
      message('AI算力券', c.id, server.capture.url, { from: { id: `user-${c.id}`, name: '企业用户' } }),
    );
    const canIApply = buttons(card!).find((b) => b.data.action === 'eligibility')!;
    const [, question] = await c.press(canIApply.data);
    const yes = buttons(question!).find((b) => b.title === '是')!;
    const [amountQuestion] = await c.press(yes.data);
    expect(replyText(amountQuestion!)).toContain('合同');
    const [result] = await c.say('300万');
    expect(result).toContain('300万元 × 20% = 60万元');
  });

  it('the check-up from the welcome button ends in a 服务包, and its text version is one button away', async () => {
    const c = conversation();
    const replies = await c.press({ action: 'checkup', text: '开始政策体检' });
    const answers = checkupAnswers({
      highTech: '否',
      firstSishang: '否',
      specialized: '都不是',
      situation: '小升规',
      industrial: '否',
      retrofit: '0',
      compute: '否',
      financing: '否',
      procurement: '否',
      techSme: '是',
      achievements: '否',
    });
    const last = await answerCheckup(replies, answers, (text) => c.ask(text));
    expect(replyText(last)).toContain('普惠性政策');
    const copy = buttons(last).find((b) => b.data.action === 'servicePackageText')!;
    const [text] = await c.press(copy.data);
    expect(text!.text).toContain('企业政策服务包');
    expect(text!.text).toContain('申请渠道');
  });

  it('remembers the enterprise’s answers across checks for the same user, and says so', async () => {
    const c = conversation();
    await c.say('我能申请研发投入奖励吗');
    await c.say('是');
    await c.say('是');
    await c.say('600万');
    const again = await c.say('我能申请研发投入奖励吗');
    expect(again.join('\n')).toContain('之前回答过的企业情况');
    expect(again.at(-1)).toContain('上一年度研发投入');
    expect(again.at(-1)).toContain('600万元 × 5% = 30万元');
  });

  it('answers a measure question in the middle of a check, then resumes', async () => {
    const c = conversation();
    await c.say('我能申请研发投入奖励吗');
    await c.say('是');
    const interrupted = await c.say('无缝续贷是什么');
    expect(interrupted.join('\n')).toContain('要继续刚才的测算吗');
    await c.say('是');
    const [result] = await c.say('六百万元');
    expect(result).toContain('= 30万元');
  });
});

// Fifty conversations run a check-up at the same time, each with its own profile: every 服务包 must
// be the one its answers call for (no state crosses between conversations).
import { describe, expect, it } from 'vitest';
import {
  answerCheckup,
  ask,
  checkupAnswers,
  message,
  replyText,
  useBotServer,
} from '../helpers/botServer.js';

const server = useBotServer();

async function checkup(i: number): Promise<string> {
  const id = `concurrent-${i}`;
  const from = { id: `user-concurrent-${i}`, name: '企业用户' };
  // Each conversation's R&D spending differs, so each 服务包 has its own amount.
  const rd = `${100 + i * 10}万`;
  const answers = checkupAnswers({
    highTech: '是',
    firstSishang: '是',
    rdSpending: rd,
    specialized: '都不是',
    situation: '都不是',
    industrial: '否',
    retrofit: '0',
    compute: '否',
    financing: '否',
    procurement: '否',
    techSme: '是',
    achievements: '否',
  });
  const say = (text: string) => ask(server.bot.url, message(text, id, server.capture.url, { from }));
  return replyText(await answerCheckup(await say('政策体检'), answers, say));
}

describe('50 concurrent check-ups', () => {
  it('all finish with the right 服务包', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => checkup(i)));
    results.forEach((pkg, i) => {
      const rdWan = 100 + i * 10;
      const reward = Math.min(rdWan * 0.05, 50);
      expect(pkg, `conversation ${i}`).toContain(`${rdWan}万元 × 5% = `);
      expect(pkg, `conversation ${i}`).toContain(`${Number(reward.toFixed(4))}万元`);
    });
  }, 60_000);
});

// State is written with the eTag it was read with. Two instances share one store (as several
// instances share blob storage); a turn on one instance reads the state, is slow to reply, and
// meanwhile the same conversation's next turn on the other instance reads, answers and saves. The
// slow turn's save then loses: the user is asked to send again, and the state is the other turn's
// (last writer does not silently win).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../src/state/BoundedMemoryStorage.js';
import { ask, message, post, replyText, startBot } from '../helpers/botServer.js';
import { knowledge } from '../helpers/knowledge.js';

/** A connector that answers messages after `delayMs`, keeping what it got. */
async function slowConnector(delayMs: number) {
  const received: Partial<Activity>[] = [];
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      const activity = JSON.parse(text || '{}') as Partial<Activity>;
      received.push(activity);
      setTimeout(
        () => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"id":"x"}');
        },
        activity.type === 'message' ? delayMs : 0,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('optimistic concurrency on state', () => {
  it('a turn whose state changed meanwhile does not overwrite it: the user is asked to resend', async () => {
    const storage = new BoundedMemoryStorage(1000);
    const a = await startBot({}, { storage });
    const b = await startBot({}, { storage });
    const slow = await slowConnector(1500);
    try {
      const id = 'optimistic-1';
      const from = { id: 'user-optimistic-1', name: '企业用户' };
      const say = async (url: string, text: string) =>
        (await ask(url, message(text, id, slow.url, { from }))).map(replyText);
      await say(a.url, '我能申请研发投入奖励吗');
      await say(b.url, '是');
      await say(a.url, '是');
      // A reads the pending amount question and answers slowly; B takes the next message meanwhile.
      const onA = post(a.url, message('100万', id, slow.url, { from }));
      await new Promise((r) => setTimeout(r, 400));
      const onB = await say(b.url, '900万');
      expect(onB.join('\n')).toContain('900万元 × 5% = 45万元');
      expect((await onA).status).toBe(200);
      const toUser = slow.received.filter((x) => x.type === 'message').map((x) => x.text ?? '');
      expect(toUser).toContain(knowledge().replies.errors.conflict);
      // The state is B's: the check is over, and the profile holds 900万.
      const after = await say(a.url, '我能申请研发投入奖励吗');
      expect(after.join('\n')).toContain('900万元');
    } finally {
      await a.close();
      await b.close();
      await slow.close();
    }
  }, 30_000);
});

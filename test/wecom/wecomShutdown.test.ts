// A graceful stop waits for WeCom turns too: they run after their callback was answered, so the
// server closing must not cut off the reply still on its way to WeCom's API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotUnderTest } from '../helpers/botServer.js';
import { startFakeWeComApi, type FakeWeComApi } from './helpers/fakeWeComApi.js';
import { postCallback, signedCallback, testApp, textXml, wecomEnv } from './helpers/wecomCallbacks.js';

const app = testApp();
let fake: FakeWeComApi;
let bot: BotUnderTest;

beforeAll(async () => {
  fake = await startFakeWeComApi({ corpId: app.corpId, secret: app.secret, agentId: app.agentId });
  bot = await startBot(wecomEnv(app, fake.url));
});
afterAll(() => fake.close());

describe('graceful stop with WeCom', () => {
  it('finishes a turn whose callback was already answered before it resolves', async () => {
    fake.hold();
    const res = await postCallback(bot.url, signedCallback(app, textXml(app, 'ZhaoLiu', 'AI算力券')));
    expect(res.status).toBe(200);
    let closed = false;
    const closing = bot.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(false);
    fake.release();
    await closing;
    expect(fake.sent.some((m) => m.touser === 'ZhaoLiu' && (m.markdown?.content ?? '').includes('20%'))).toBe(
      true,
    );
  });
});

// The WeCom API client against a local fake of WeCom's API: the token is fetched once and reused,
// fetched again once when WeCom says it expired or is invalid (and the send retried once), every
// call has a deadline, and no error carries the token or the secret.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WeComApi, WeComApiError } from '../../src/wecom/wecomApi.js';
import { startFakeWeComApi, type FakeWeComApi } from './helpers/fakeWeComApi.js';

const corpId = 'ww-test-corp';
const secret = 'top-secret-value';
const agentId = 1000002;
let fake: FakeWeComApi;

beforeAll(async () => {
  fake = await startFakeWeComApi({ corpId, secret, agentId });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.sent.length = 0;
  fake.calls.length = 0;
});

const text = (content: string) => ({
  msgtype: 'text' as const,
  text: { content },
  touser: 'ZhangSan',
  agentid: agentId,
});
const api = (options: Partial<ConstructorParameters<typeof WeComApi>[0]> = {}) =>
  new WeComApi({ apiBase: fake.url, corpId, secret, ...options });

describe('WeComApi', () => {
  it('fetches one token for many sends, concurrent ones included', async () => {
    const client = api();
    const before = fake.tokensIssued;
    await Promise.all([client.sendMessage(text('一')), client.sendMessage(text('二'))]);
    await client.sendMessage(text('三'));
    expect(fake.tokensIssued - before).toBe(1);
    expect(fake.sent.map((m) => m.text?.content).sort()).toEqual(['一', '三', '二'].sort());
  });

  it('answers with the msgid and, for template cards, the response_code', async () => {
    const client = api();
    expect(await client.sendMessage(text('你好'))).toMatchObject({ msgid: expect.stringMatching(/^msg-/) });
    const card = await client.sendMessage({
      msgtype: 'template_card',
      touser: 'ZhangSan',
      agentid: agentId,
      template_card: {
        card_type: 'button_interaction',
        task_id: `task-${Date.now()}`,
        main_title: { title: '标题' },
        button_list: [{ text: '是', key: 'v:1' }],
      },
    });
    expect(card.responseCode).toMatch(/^rc-/);
  });

  it.each([
    ['expired (42001)', () => fake.expireTokens()],
    ['unknown (40014)', () => fake.revokeTokens()],
  ])('a token WeCom calls %s is fetched again once and the send retried once', async (_name, spoil) => {
    const client = api();
    await client.sendMessage(text('先'));
    spoil();
    const before = fake.tokensIssued;
    await client.sendMessage(text('后'));
    expect(fake.tokensIssued - before).toBe(1);
    expect(fake.sent.at(-1)!.text!.content).toBe('后');
    expect(fake.calls.slice(-3).map((c) => `${c.api}:${c.errcode}`)).toEqual([
      expect.stringMatching(/^message\/send:4(2001|0014)$/),
      'gettoken:0',
      'message/send:0',
    ]);
  });

  it('several sends refused at once fetch one new token between them', async () => {
    const client = api();
    await client.sendMessage(text('先'));
    fake.expireTokens();
    const before = fake.tokensIssued;
    await Promise.all(['一', '二', '三'].map((t) => client.sendMessage(text(t))));
    expect(fake.tokensIssued - before).toBe(1);
  });

  it('retries only once: a second refusal is an error with the errcode', async () => {
    const client = api();
    await client.sendMessage(text('先'));
    fake.failNext(
      'message/send',
      { errcode: 42001, errmsg: 'expired' },
      { errcode: 42001, errmsg: 'expired' },
    );
    const error = await client.sendMessage(text('后')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WeComApiError);
    expect(error).toMatchObject({ operation: 'message/send', errcode: 42001 });
  });

  it('other errcodes are errors at once, without another token', async () => {
    const client = api();
    await client.sendMessage(text('先'));
    const before = fake.tokensIssued;
    fake.failNext('message/send', { errcode: 81013, errmsg: 'user & party & tag all invalid' });
    await expect(client.sendMessage(text('后'))).rejects.toMatchObject({ errcode: 81013 });
    expect(fake.tokensIssued).toBe(before);
  });

  it('a wrong secret, an HTTP failure and an unreachable host are errors that carry neither secret nor token', async () => {
    const wrong = await api({ secret: 'wrong-secret' })
      .sendMessage(text('x'))
      .catch((e: unknown) => e as Error);
    expect(wrong).toMatchObject({ operation: 'gettoken', errcode: 40001 });

    const client = api();
    await client.sendMessage(text('先'));
    fake.failNext('message/send', { httpStatus: 502 });
    const http = await client.sendMessage(text('x')).catch((e: unknown) => e as Error);
    expect(http).toMatchObject({ operation: 'message/send', detail: 'HTTP 502' });

    const down = await api({ apiBase: 'http://127.0.0.1:9' })
      .sendMessage(text('x'))
      .catch((e: unknown) => e as Error);
    expect(down).toBeInstanceOf(WeComApiError);
    for (const e of [wrong, http, down]) {
      if (!(e instanceof WeComApiError)) throw new Error('expected a WeComApiError');
      expect(e.message).not.toContain(secret);
      expect(e.message).not.toContain('wrong-secret');
      expect(e.message).not.toMatch(/fake-token/);
    }
  });

  it('gives up on a call WeCom does not answer, at its deadline', async () => {
    const client = api({ timeoutMs: 300 });
    await client.sendMessage(text('先'));
    fake.failNext('message/send', 'hang');
    await expect(client.sendMessage(text('x'))).rejects.toMatchObject({ detail: 'no answer within 300 ms' });
  });
});

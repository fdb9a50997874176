// The real server on an ephemeral loopback port, talked to as the Bot Framework Emulator does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../src/config.js';
import {
  ask,
  buttons,
  message,
  post,
  replyText,
  startBot,
  useBotServer,
  waitFor,
  type BotUnderTest,
} from '../helpers/botServer.js';

const server = useBotServer();
let n = 0;
const conv = () => `conv-${++n}`;

describe('conversation over /api/messages', () => {
  it('welcomes a new member with the six areas as buttons and the check-up', async () => {
    const id = conv();
    const replies = await ask(server.bot.url, {
      ...message('', id, server.capture.url),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: 'user-1', name: '企业用户' }],
    });
    expect(replies).toHaveLength(1);
    const b = buttons(replies[0]!);
    expect(b.filter((x) => x.data.action === 'area')).toHaveLength(6);
    expect(b.some((x) => x.data.action === 'checkup')).toBe(true);
    expect(replyText(replies[0]!)).toContain('28项措施');
  });

  it('does not welcome the bot itself', async () => {
    const replies = await ask(server.bot.url, {
      ...message('', conv(), server.capture.url),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: 'bot-1', name: '益企问' }],
    });
    expect(replies).toHaveLength(0);
  });

  it('answers a direct question with one measure card: our number, figures, source, buttons', async () => {
    const replies = await ask(server.bot.url, message('研发投入奖励最多多少', conv(), server.capture.url));
    expect(replies).toHaveLength(1);
    const text = replyText(replies[0]!);
    expect(text).toContain('第3项');
    expect(text).toContain('官方通知第(二)条');
    expect(text).toContain('最高50万元');
    expect(text).toContain('沪企服办〔2023〕1号');
    expect(text).toContain('不是官方条款序号');
    const b = buttons(replies[0]!);
    expect(b.map((x) => x.data.action)).toEqual(expect.arrayContaining(['measure', 'feedback']));
  });

  it('says clearly that a 2023 stage has ended', async () => {
    const [reply] = await ask(server.bot.url, message('政府采购预留份额40%', conv(), server.capture.url));
    const text = replyText(reply!);
    expect(text).toContain('已结束');
    expect(text).toContain('2023年12月31日');
    expect(text).toContain('2026年11月26日');
  });

  it('understands Traditional characters and typos', async () => {
    expect(
      replyText((await ask(server.bot.url, message('無縫續貸怎麼辦', conv(), server.capture.url)))[0]!),
    ).toContain('第18项');
    expect(
      replyText((await ask(server.bot.url, message('算力卷', conv(), server.capture.url)))[0]!),
    ).toContain('AI算力券');
  });

  it('offers the candidates of an ambiguous question as buttons', async () => {
    const [reply] = await ask(
      server.bot.url,
      message('专精特新和小升规有啥支持', conv(), server.capture.url),
    );
    const ids = buttons(reply!).map((b) => b.data.id);
    expect(ids).toEqual(expect.arrayContaining(['specialized-sme', 'scale-up']));
  });

  it('answers an out-of-scope question honestly, says where to ask, and logs it', async () => {
    const [reply] = await ask(server.bot.url, message('明天去外滩吃什么好', conv(), server.capture.url));
    const text = replyText(reply!);
    expect(text).toContain('不在我掌握的范围内');
    expect(text).toContain('企业服务云');
    expect(text).toContain('中小企业服务专员');
    expect(server.bot.maintainerLog.records).toContainEqual(
      expect.objectContaining({ type: 'unanswered', q: '明天去外滩吃什么好', reason: 'low-confidence' }),
    );
  });

  it('names the topic when a question is about something the measures do not cover', async () => {
    const [reply] = await ask(server.bot.url, message('社保卡丢了怎么补办', conv(), server.capture.url));
    const text = replyText(reply!);
    expect(text).toContain('社保卡、缴费基数和社保待遇不在上海《若干措施》');
    expect(text).toContain('企业服务云');
    expect(server.bot.maintainerLog.records).toContainEqual(
      expect.objectContaining({ type: 'unanswered', q: '社保卡丢了怎么补办', reason: 'not-covered' }),
    );
  });

  it('keeps context: a follow-up is about the last measure', async () => {
    const id = conv();
    await ask(server.bot.url, message('AI算力券', id, server.capture.url));
    const apply = replyText((await ask(server.bot.url, message('怎么申请', id, server.capture.url)))[0]!);
    expect(apply).toContain('关于“AI算力券”如何申请');
    const amount = replyText((await ask(server.bot.url, message('最多补多少', id, server.capture.url)))[0]!);
    expect(amount).toContain('关于“AI算力券”的金额和比例');
    expect(amount).toContain('最高20%');
    const deadline = replyText(
      (await ask(server.bot.url, message('截止到什么时候', id, server.capture.url)))[0]!,
    );
    expect(deadline).toContain('关于“AI算力券”的时间');
  });

  it('lists an area and the overview as buttons', async () => {
    const [area] = await ask(server.bot.url, message('金融方面有哪些措施', conv(), server.capture.url));
    expect(buttons(area!).filter((b) => b.data.action === 'measure')).toHaveLength(5);
    const [overview] = await ask(server.bot.url, message('28条是什么', conv(), server.capture.url));
    expect(buttons(overview!).filter((b) => b.data.action === 'measure')).toHaveLength(28);
  });

  it('treats greetings, thanks, help and “你是谁” as such', async () => {
    const kb = server.bot.app.services.kb;
    for (const [q, expected] of [
      ['你好', kb.replies.greeting],
      ['谢谢', kb.replies.thanks],
      ['帮助', kb.replies.help],
      ['你是谁', kb.replies.identity],
    ] as const) {
      const replies = await ask(server.bot.url, message(q, conv(), server.capture.url));
      expect(replies).toHaveLength(1);
      expect(replies[0]!.text).toBe(expected);
    }
  });

  it('records 有用/没用 feedback from the card buttons', async () => {
    const id = conv();
    const [card] = await ask(server.bot.url, message('无缝续贷', id, server.capture.url));
    const notUseful = buttons(card!).find((b) => b.data.action === 'feedback' && b.data.useful === false)!;
    const replies = await ask(server.bot.url, {
      ...message('', id, server.capture.url),
      text: undefined,
      value: notUseful.data,
    });
    expect(replies[0]!.text).toBe(server.bot.app.services.kb.replies.feedback.notUseful);
    expect(server.bot.maintainerLog.records).toContainEqual({
      type: 'feedback',
      measureId: 'seamless-renewal',
      useful: false,
    });
  });

  it('follows a related-measure button', async () => {
    const id = conv();
    const [card] = await ask(server.bot.url, message('研发投入奖励', id, server.capture.url));
    const related = buttons(card!).find((b) => b.data.action === 'measure')!;
    const [next] = await ask(server.bot.url, {
      ...message('', id, server.capture.url),
      text: undefined,
      value: related.data,
    });
    expect(replyText(next!)).toContain(related.title.split(' ')[1]!);
  });

  it('posts replies to the serviceUrl when the caller does not expect replies in the response', async () => {
    const id = conv();
    const res = await post(server.bot.url, message('无缝续贷', id, server.capture.url));
    expect(res.status).toBe(200);
    const got = await waitFor(() => server.capture.received.get(id)?.filter((a) => a.type === 'message'));
    expect(got).toHaveLength(1);
    expect(replyText(got[0]!)).toContain('第18项');
  });
});

describe('Teams', () => {
  const teamsActivity = (text: string, id: string, mentioned: boolean) => ({
    ...message(text, id, server.capture.url),
    channelId: 'msteams',
    from: { id: '29:1abc', name: '张经理', aadObjectId: '00000000-0000-0000-0000-000000000001' },
    recipient: { id: '28:bot-app-id', name: '益企问' },
    conversation: {
      id: `19:${id}@thread.tacv2;messageid=1`,
      name: '',
      conversationType: 'channel',
      isGroup: true,
      tenantId: 't1',
    },
    channelData: {
      tenant: { id: 't1' },
      team: { id: '19:team@thread.tacv2' },
      channel: { id: '19:chan@thread.tacv2' },
    },
    entities: mentioned
      ? [{ type: 'mention', text: '<at>益企问</at>', mentioned: { id: '28:bot-app-id', name: '益企问' } }]
      : [],
  });

  it('answers in a channel when @mentioned, reading the message without the mention', async () => {
    const replies = await ask(server.bot.url, teamsActivity('<at>益企问</at> 无缝续贷是啥', conv(), true));
    expect(replies).toHaveLength(1);
    expect(replyText(replies[0]!)).toContain('续贷');
  });

  it('stays quiet in a channel when not mentioned', async () => {
    const replies = await ask(server.bot.url, teamsActivity('无缝续贷', conv(), false));
    expect(replies).toHaveLength(0);
  });
});

describe('other endpoints', () => {
  it('GET /healthz reports status, measures and knowledge version', async () => {
    const res = await fetch(`${server.bot.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      measures: 28,
      knowledgeVersion: 'sh-sme-2023/r1',
      mode: 'local',
    });
  });

  it('GET /api/search returns the yiqi search JSON', async () => {
    const res = await fetch(`${server.bot.url}/api/search?q=${encodeURIComponent('无逢续贷')}`);
    const json = (await res.json()) as {
      q: string;
      answered: boolean;
      kind: string;
      matches: { id: string }[];
    };
    expect(json).toMatchObject({ q: '无逢续贷', answered: true, kind: 'measure' });
    expect(json.matches[0]!.id).toBe('seamless-renewal');
    expect((await fetch(`${server.bot.url}/api/search`)).status).toBe(400);
  });

  it('rejects bodies that are not Bot Framework activities with a 4xx and a short reason', async () => {
    expect((await post(server.bot.url, '{not json')).status).toBe(400);
    expect((await post(server.bot.url, { type: 'message' })).status).toBe(400);
    const unknown = await post(server.bot.url, {
      ...message('hi', conv(), server.capture.url),
      type: 'frobnicate',
    });
    expect(unknown).toMatchObject({ status: 400, json: { error: 'type: unknown activity type' } });
    const text = await fetch(`${server.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect(text.status).toBe(415);
    const huge = await post(server.bot.url, { ...message('a'.repeat(400_000), conv(), server.capture.url) });
    expect(huge.status).toBe(413);
    expect(huge.text).not.toContain(' at ');
  });
});

describe('configuration', () => {
  it('stops on a bad value and names the variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ MicrosoftAppType: 'Foo' })).toThrow(/MicrosoftAppType/);
    expect(() => loadConfig({ MicrosoftAppId: 'id' })).toThrow(/MicrosoftAppPassword: is required/);
    expect(() =>
      loadConfig({ MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'a', MicrosoftAppPassword: 'b' }),
    ).toThrow(/MicrosoftAppTenantId/);
    expect(() =>
      loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 's3cret', YIQI_TODAY: 'tomorrow' }),
    ).toThrow(/YIQI_TODAY/);
  });

  it('never prints a secret in a configuration error', () => {
    try {
      loadConfig({ MicrosoftAppPassword: 'p@ssw0rd-value' });
    } catch (err) {
      expect(String(err)).not.toContain('p@ssw0rd-value');
    }
  });

  it('runs in local mode on loopback without credentials, and binds per HOST with them', () => {
    expect(loadConfig({})).toMatchObject({ localMode: true, bindHost: '127.0.0.1', PORT: 3978 });
    expect(loadConfig({ HOST: '0.0.0.0' })).toMatchObject({ localMode: true, bindHost: '127.0.0.1' });
    expect(loadConfig({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'b', HOST: '127.0.0.2' })).toMatchObject({
      localMode: false,
      bindHost: '127.0.0.2',
    });
  });
});

describe('authenticated mode', () => {
  let secured: BotUnderTest;
  beforeAll(async () => {
    secured = await startBot({
      MicrosoftAppId: '00000000-0000-0000-0000-00000000b07f',
      MicrosoftAppPassword: 'test-secret',
      HOST: '127.0.0.1',
    });
  });
  afterAll(() => secured.close());

  it('refuses a request without a token with 401', async () => {
    const res = await post(secured.url, message('无缝续贷', conv(), server.capture.url));
    expect(res.status).toBe(401);
  });

  it('refuses a forged token with 401, not 500, even though the signing keys are out of reach', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'forged', typ: 'JWT' })).toString(
      'base64url',
    );
    const payload = Buffer.from(
      JSON.stringify({
        iss: 'https://api.botframework.com',
        aud: '00000000-0000-0000-0000-00000000b07f',
        exp: Math.floor(Date.now() / 1000) + 600,
      }),
    ).toString('base64url');
    const res = await post(secured.url, message('无缝续贷', conv(), server.capture.url), {
      authorization: `Bearer ${header}.${payload}.c2lnbmF0dXJl`,
    });
    expect(res.status).toBe(401);
    expect(res.text).not.toContain(' at ');
    // Alive, and nothing more for an anonymous caller: no version, mode or uptime.
    expect(await fetch(`${secured.url}/healthz`).then((r) => r.json())).toEqual({ status: 'ok' });
  });
});

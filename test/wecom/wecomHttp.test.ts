// 企业微信 end to end: the real server with the WECOM_* settings, WeCom's side played by signed,
// encrypted callbacks to /api/wecom, and WeCom's API by a local fake that records what the bot
// sends. URL verification, questions and follow-ups, an eligibility check by template card
// clicks, retried callbacks, token expiry, proactive messages, and every kind of bad input.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TurnContext } from 'botbuilder';
import { createLogger } from '../../src/log/logger.js';
import { WeComCrypto } from '../../src/wecom/wecomCrypto.js';
import {
  ask,
  checkupAnswers,
  message,
  startBot,
  startCaptureServer,
  type BotUnderTest,
} from '../helpers/botServer.js';
import { startFakeWeComApi, type FakeWeComApi, type SentMessage } from './helpers/fakeWeComApi.js';
import {
  cardClickXml,
  eventXml,
  imageXml,
  postCallback,
  signedCallback,
  testApp,
  textXml,
  wecomEnv,
  type SignedRequest,
} from './helpers/wecomCallbacks.js';

const app = testApp();
let fake: FakeWeComApi;
let bot: BotUnderTest;
const logLines: string[] = [];

beforeAll(async () => {
  fake = await startFakeWeComApi({ corpId: app.corpId, secret: app.secret, agentId: app.agentId });
  bot = await startBot(wecomEnv(app, fake.url), {
    logger: createLogger({ level: 'debug', write: (line) => logLines.push(line) }),
  });
});
afterAll(async () => {
  await bot.close();
  await fake.close();
});

let userSeq = 0;
const newUser = () => `User${++userSeq}-${randomBytes(3).toString('hex')}`;
const kb = () => bot.app.services.kb;

/** Posts a callback, expects WeCom's empty 200, waits for the turn; returns what was sent to `user`. */
async function callback(user: string, request: SignedRequest): Promise<SentMessage[]> {
  const before = fake.sent.length;
  expect(await postCallback(bot.url, request)).toEqual({ status: 200, text: '' });
  await bot.app.wecom!.idle();
  return fake.sent.slice(before).filter((m) => m.touser === user);
}

const say = (user: string, text: string) => callback(user, signedCallback(app, textXml(app, user, text)));

/** Clicks the button labelled `text` on the last template card in `replies`. */
function click(user: string, replies: SentMessage[], text: string): Promise<SentMessage[]> {
  // The newest card that has the button (a rating card may follow the 服务包's).
  const card = replies
    .filter((m) => m.template_card?.button_list?.some((b) => b.text === text))
    .at(-1)?.template_card;
  const button = card?.button_list?.find((b) => b.text === text);
  if (!card || !button) throw new Error(`no button “${text}” in ${JSON.stringify(replies)}`);
  return callback(user, signedCallback(app, cardClickXml(app, user, card.task_id, button.key)));
}

/** Everything a user would read in the replies: text, markdown, card titles and buttons. */
const readable = (replies: SentMessage[]) =>
  replies
    .map((m) =>
      [
        m.text?.content,
        m.markdown?.content,
        m.template_card?.main_title?.title,
        m.template_card?.sub_title_text,
        ...(m.template_card?.button_list ?? []).map((b) => b.text),
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');

async function get(query: string) {
  const res = await fetch(`${bot.url}/api/wecom?${query}`);
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') };
}

describe('URL verification (GET /api/wecom)', () => {
  const crypto = () => new WeComCrypto(app.token, app.aesKey, app.corpId);
  const verification = (plain: string, timestamp = Math.floor(Date.now() / 1000)) => {
    const echostr = crypto().encrypt(plain);
    const signature = crypto().signature(String(timestamp), '263014780', echostr);
    return { echostr, signature, timestamp };
  };

  it('answers the decrypted echostr exactly: no quotes, no newline', async () => {
    const v = verification('1616140317555161061');
    const res = await get(
      `msg_signature=${v.signature}&timestamp=${v.timestamp}&nonce=263014780&echostr=${encodeURIComponent(v.echostr)}`,
    );
    expect(res).toEqual({ status: 200, text: '1616140317555161061', type: 'text/plain; charset=utf-8' });
  });

  it('reads an echostr whose base64 arrives unencoded (a "+" read as a space)', async () => {
    let v = verification('1616140317555161061');
    while (!v.echostr.includes('+')) v = verification('1616140317555161061');
    const res = await get(
      `msg_signature=${v.signature}&timestamp=${v.timestamp}&nonce=263014780&echostr=${v.echostr}`,
    );
    expect(res.status).toBe(200);
    expect(res.text).toBe('1616140317555161061');
  });

  it('refuses a wrong signature (401), a stale timestamp (403) and missing parameters (400)', async () => {
    const v = verification('1616140317555161061');
    const echostr = encodeURIComponent(v.echostr);
    const wrong = await get(
      `msg_signature=${'0'.repeat(40)}&timestamp=${v.timestamp}&nonce=263014780&echostr=${echostr}`,
    );
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toContain('1616140317555161061');
    const old = verification('1616140317555161061', Math.floor(Date.now() / 1000) - 301);
    const stale = await get(
      `msg_signature=${old.signature}&timestamp=${old.timestamp}&nonce=263014780&echostr=${encodeURIComponent(old.echostr)}`,
    );
    expect(stale.status).toBe(403);
    expect((await get(`timestamp=${v.timestamp}&nonce=1&echostr=${echostr}`)).status).toBe(400);
  });
});

describe('conversations', () => {
  it('welcomes a user who enters the application, once', async () => {
    const user = newUser();
    const welcome = await callback(user, signedCallback(app, eventXml(app, user, 'enter_agent')));
    expect(readable(welcome)).toContain(kb().replies.welcome.title);
    expect(welcome.at(-1)!.template_card!.button_list!.map((b) => b.text)).toContain(
      kb().replies.welcome.checkupButton,
    );
    const again = await callback(
      user,
      signedCallback(app, eventXml(app, user, 'enter_agent', Math.floor(Date.now() / 1000) + 1)),
    );
    expect(again).toEqual([]);
  });

  it('answers the callback at once, then sends the answer: AI算力券 → 20%', async () => {
    const user = newUser();
    fake.hold();
    const before = fake.sent.length;
    try {
      // The 200 arrives while the answer is still waiting at WeCom's API.
      const res = await postCallback(bot.url, signedCallback(app, textXml(app, user, 'AI算力券')));
      expect(res).toEqual({ status: 200, text: '' });
      expect(fake.sent.length).toBe(before);
    } finally {
      fake.release();
    }
    await bot.app.wecom!.idle();
    const replies = fake.sent.slice(before).filter((m) => m.touser === user);
    expect(replies[0]!.msgtype).toBe('markdown');
    expect(readable(replies)).toContain('AI算力券');
    expect(readable(replies)).toContain('20%');
    expect(replies.at(-1)!.template_card!.button_list!.map((b) => b.text)).toContain(
      kb().replies.measure.canIApply,
    );
    for (const m of replies) expect(m.agentid).toBe(app.agentId);
  });

  it('keeps the context for a follow-up: 怎么申请 after AI算力券', async () => {
    const user = newUser();
    await say(user, 'AI算力券');
    const followUp = await say(user, '怎么申请');
    expect(readable(followUp)).toContain('关于“AI算力券”如何申请');
  });

  it('runs an eligibility check by template card clicks and a typed amount: 600万元 × 5% = 30万元', async () => {
    const user = newUser();
    const start = await say(user, '我能申请研发投入奖励吗');
    expect(readable(start)).toContain('我来帮您测算“研发投入奖励”');
    const highTech = start.at(-1)!.template_card!;
    expect(highTech.main_title!.title).toBe(kb().questionById.get('is-high-tech')!.text);
    const second = await click(user, start, '是');
    expect(second.at(-1)!.template_card!.main_title!.title).toBe(
      kb().questionById.get('first-time-sishang')!.text,
    );
    const amountQuestion = await click(user, second, '是');
    expect(amountQuestion).toHaveLength(1);
    expect(amountQuestion[0]!.markdown!.content).toContain('上一年度的研发投入');
    const result = await say(user, '600万');
    expect(readable(result)).toContain('600万元 × 5% = 30万元');
    expect(readable(result)).toContain(kb().replies.eligibility.outcome.eligible);
    // The result's buttons work too: “查看措施详情” shows the measure.
    const measure = await click(user, result, kb().replies.eligibility.viewMeasure);
    expect(readable(measure)).toContain('## 研发投入奖励');
  });

  it('runs the check-up from the welcome button to the 服务包, and its text version', async () => {
    const user = newUser();
    const welcome = await callback(user, signedCallback(app, eventXml(app, user, 'enter_agent')));
    let replies = await click(user, welcome, kb().replies.welcome.checkupButton);
    const answers = checkupAnswers({
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
      techSme: '是',
      achievements: '否',
    });
    let clicked = 0;
    for (
      let turn = 0;
      turn < 15 && !readable(replies).includes(kb().replies.eligibility.checkupTitle);
      turn++
    ) {
      const last = replies.at(-1)!;
      const question =
        last.template_card?.main_title?.title ?? last.markdown?.content ?? last.text?.content ?? '';
      const answer = answers.find(([pattern]) => pattern.test(question));
      if (!answer) throw new Error(`no answer for: ${question}`);
      const button = last.template_card?.button_list?.find((b) => b.text === answer[1]);
      replies = button ? (clicked++, await click(user, replies, answer[1])) : await say(user, answer[1]);
    }
    expect(clicked).toBeGreaterThan(3);
    const pkg = readable(replies);
    expect(pkg).toContain(kb().replies.eligibility.universalHeading);
    expect(pkg).toContain('600万元 × 5% = 30万元');
    const copy = await click(user, replies, kb().replies.eligibility.copyText);
    expect(copy.every((m) => m.msgtype === 'text')).toBe(true);
    expect(readable(copy)).toContain(kb().replies.eligibility.checkupTitle);
  });

  it('typed answers still work where buttons are offered', async () => {
    const user = newUser();
    await say(user, '我能申请研发投入奖励吗');
    const second = await say(user, '是');
    expect(second.at(-1)!.template_card!.main_title!.title).toBe(
      kb().questionById.get('first-time-sishang')!.text,
    );
  });

  it('answers an image with the text-only reply', async () => {
    const user = newUser();
    const replies = await callback(user, signedCallback(app, imageXml(app, user)));
    expect(replies).toEqual([
      expect.objectContaining({ msgtype: 'text', text: { content: kb().replies.errors.attachmentOnly } }),
    ]);
  });
});

describe('retries and tokens', () => {
  it('answers a retried callback once: the same request again, or the same MsgId signed anew', async () => {
    const user = newUser();
    const xml = textXml(app, user, '无缝续贷', '8123456789012345678');
    const request = signedCallback(app, xml);
    const first = await callback(user, request);
    expect(first.length).toBeGreaterThan(0);
    expect(await callback(user, request)).toEqual([]);
    expect(await callback(user, signedCallback(app, xml))).toEqual([]);
  });

  it('answers a repeated card click once', async () => {
    const user = newUser();
    const start = await say(user, '我能申请研发投入奖励吗');
    const card = start.at(-1)!.template_card!;
    const yes = card.button_list!.find((b) => b.text === '是')!;
    const xml = cardClickXml(app, user, card.task_id, yes.key, Math.floor(Date.now() / 1000));
    expect((await callback(user, signedCallback(app, xml))).length).toBeGreaterThan(0);
    expect(await callback(user, signedCallback(app, xml))).toEqual([]);
  });

  it('fetches a new token when WeCom says the cached one expired, and delivers', async () => {
    const user = newUser();
    await say(user, '无缝续贷');
    fake.expireTokens();
    const tokensBefore = fake.tokensIssued;
    const replies = await say(user, 'AI算力券');
    expect(readable(replies)).toContain('20%');
    expect(fake.tokensIssued - tokensBefore).toBe(1);
  });

  it('survives WeCom refusing to deliver (e.g. 60020, an address not in 企业可信IP): logged, next turn fine', async () => {
    const user = newUser();
    fake.failNext(
      'message/send',
      { errcode: 60020, errmsg: 'not allow to access from your ip' },
      { errcode: 60020, errmsg: 'not allow to access from your ip' },
    );
    expect(await say(user, 'AI算力券')).toEqual([]);
    expect(
      logLines.some((l) => l.includes('could not tell the user about a turn error') && l.includes('60020')),
    ).toBe(true);
    expect(readable(await say(user, 'AI算力券'))).toContain('20%');
  });

  it('sends proactively: continueConversationAsync on the adapter, with a reference from an earlier turn', async () => {
    const user = newUser();
    const adapter = bot.app.wecom!.adapter;
    const reference = TurnContext.getConversationReference(
      adapter.toActivity({ kind: 'text', from: user, createTime: 1, msgId: 'm1', content: 'x' })!,
    );
    const before = fake.sent.length;
    await adapter.continueConversationAsync('', reference, async (context) => {
      await context.sendActivity('服务专员已回复您的申请。');
    });
    expect(fake.sent.slice(before)).toEqual([
      { touser: user, agentid: app.agentId, msgtype: 'text', text: { content: '服务专员已回复您的申请。' } },
    ]);
    await expect(
      adapter.continueConversationAsync(
        '',
        { ...reference, conversation: { id: 'other' } as never },
        async () => {},
      ),
    ).rejects.toThrow(/not a conversation/);
  });
});

describe('bad input', () => {
  async function refused(request: SignedRequest, contentType = 'text/xml') {
    const before = fake.sent.length;
    const res = await postCallback(bot.url, request, contentType);
    await bot.app.wecom!.idle();
    expect(fake.sent.length).toBe(before);
    expect(res.text).not.toMatch(/\bat [\w.<>]+ \(|node:internal/);
    return res.status;
  }
  const user = 'Intruder';
  const good = () => signedCallback(app, textXml(app, user, 'AI算力券'));
  const withBody = (body: string): SignedRequest => {
    const r = good();
    return { ...r, body };
  };
  const signedEnvelope = (body: string, encrypt: string): SignedRequest => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = new WeComCrypto(app.token, app.aesKey, app.corpId).signature(timestamp, '1', encrypt);
    return { query: `msg_signature=${signature}&timestamp=${timestamp}&nonce=1`, body };
  };

  it('a wrong signature: 401', async () => {
    const r = good();
    expect(
      await refused({
        ...r,
        query: r.query.replace(/msg_signature=[0-9a-f]+/, `msg_signature=${'a'.repeat(40)}`),
      }),
    ).toBe(401);
    // The right signature for another body.
    expect(await refused({ ...r, body: signedCallback(app, textXml(app, user, '别的')).body })).toBe(401);
  });

  it('a stale or replayed timestamp, older or newer than 5 minutes: 403', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(await refused(signedCallback(app, textXml(app, user, 'AI算力券'), { timestamp: now - 301 }))).toBe(
      403,
    );
    expect(await refused(signedCallback(app, textXml(app, user, 'AI算力券'), { timestamp: now + 600 }))).toBe(
      403,
    );
  });

  it('a ciphertext for another corp id: 403', async () => {
    expect(
      await refused(signedCallback(app, textXml(app, user, 'AI算力券'), { receiveId: 'ww-another-corp' })),
    ).toBe(403);
  });

  it('malformed XML, an XML bomb, an external entity: 400', async () => {
    expect(await refused(withBody('<xml><Encrypt>abc'))).toBe(400);
    expect(await refused(withBody('{"Encrypt":"abc"}'))).toBe(400);
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join(
        '',
      ) +
      ']><xml><Encrypt>&lol9;</Encrypt></xml>';
    expect(await refused(withBody(bomb))).toBe(400);
    expect(
      await refused(
        withBody('<!DOCTYPE xml [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><Encrypt>&e;</Encrypt></xml>'),
      ),
    ).toBe(400);
  });

  it('a ciphertext that does not decrypt (signed, so it gets that far): 400', async () => {
    expect(
      await refused(
        signedEnvelope('<xml><Encrypt>bm90IGEgY2lwaGVydGV4dA==</Encrypt></xml>', 'bm90IGEgY2lwaGVydGV4dA=='),
      ),
    ).toBe(400);
    expect(await refused(signedEnvelope('<xml><Encrypt>%%%</Encrypt></xml>', '%%%'))).toBe(400);
  });

  it('a huge body: 413; a body that is not XML: 415; missing parameters: 400', async () => {
    expect(await refused(withBody(`<xml><Encrypt>${'A'.repeat(100_000)}</Encrypt></xml>`))).toBe(413);
    expect(await refused(good(), 'application/json')).toBe(415);
    expect(await refused({ ...good(), query: '' })).toBe(400);
    expect(await refused({ ...good(), query: 'msg_signature=x&timestamp=soon&nonce=1' })).toBe(400);
  });

  it('a correctly signed message whose inner XML is a bomb, or a click on a key that is not ours: 200, ignored', async () => {
    const inner =
      '<!DOCTYPE xml [<!ENTITY a "aaaa">]><xml><FromUserName>u</FromUserName><Content>&a;</Content></xml>';
    expect(await refused(signedCallback(app, inner))).toBe(200);
    expect(await refused(signedCallback(app, cardClickXml(app, user, 'task-1', 'key111')))).toBe(200);
    expect(logLines.some((l) => l.includes('its message cannot be read'))).toBe(true);
  });

  it('stays up and keeps answering, and /api/messages is unaffected', async () => {
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    const capture = await startCaptureServer();
    try {
      const replies = await ask(bot.url, message('AI算力券', 'emulator-after-wecom', capture.url));
      expect(replies.length).toBeGreaterThan(0);
    } finally {
      await capture.close();
    }
    const replies = await say(newUser(), 'AI算力券');
    expect(readable(replies)).toContain('20%');
  });
});

describe('logs', () => {
  it('carry no message text, secret or token', () => {
    const all = logLines.join('\n');
    expect(all).toContain('wecom callback');
    expect(all).toContain('wecom callback refused');
    for (const text of ['AI算力券', '无缝续贷', '我能申请研发投入奖励吗', '600万', '别的'])
      expect(all).not.toContain(text);
    expect(all).not.toContain(app.secret);
    expect(all).not.toContain(app.aesKey);
    expect(all).not.toMatch(/fake-token-\d/);
  });
});

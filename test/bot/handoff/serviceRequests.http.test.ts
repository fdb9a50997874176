// Service requests end to end on the real server: the enterprise's channel and the specialists'
// channel are two capture servers; the routes file sends 浦东新区 to one specialists' conversation
// and every other district ("*") to another. Opened by 转人工 and by the declines button, consented,
// posted to the right route, claimed, replied to (relayed to the enterprise), answered back, closed
// and rated; a refusal, a cancel or three bad answers store nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerCheckup,
  buttons,
  checkupAnswers,
  replyText,
  startBot,
  startCaptureServer,
  type BotUnderTest,
  type CaptureServer,
} from '../../helpers/botServer.js';
import {
  button,
  messagesIn,
  Party,
  received,
  requestNumber,
  tempDir,
  writeRoutes,
} from '../../helpers/handoff.js';
import { knowledge } from '../../helpers/knowledge.js';
import { createLogger } from '../../../src/log/logger.js';

let enterprises: CaptureServer;
let specialists: CaptureServer;
let bot: BotUnderTest;
const PUDONG = 'specialists-pudong';
const ELSEWHERE = 'specialists-all';
const t = knowledge().handoff;
let n = 0;

beforeAll(async () => {
  enterprises = await startCaptureServer();
  specialists = await startCaptureServer();
  const dir = tempDir();
  const routes = writeRoutes(dir, [
    { district: '浦东新区', conversationId: PUDONG, serviceUrl: specialists.url, name: '浦东新区服务专员' },
    { district: '*', conversationId: ELSEWHERE, serviceUrl: specialists.url, name: '市级服务专员' },
  ]);
  bot = await startBot({ HANDOFF_ROUTES_FILE: routes, DATA_DIR: dir });
});
afterAll(async () => {
  await bot.close();
  await enterprises.close();
  await specialists.close();
});

function enterprise(extra = {}) {
  const id = `enterprise-${++n}`;
  return new Party(() => bot.url, id, enterprises.url, { id: `user-${id}`, name: '企业用户' }, extra);
}

function specialist(conversationId: string, name = '王专员') {
  return new Party(() => bot.url, conversationId, specialists.url, { id: `spec-${name}`, name });
}

/** Goes through the request flow from a consent prompt already shown; returns the submit turn's text. */
async function fillIn(e: Party, answers: { district: string; mobile?: string; question?: string }) {
  expect(await e.text('同意')).toContain(t.request.enterprise);
  expect(await e.text('上海某某科技有限公司')).toContain(t.request.district);
  expect(await e.text(answers.district)).toContain(t.request.contact);
  await e.say(answers.mobile ?? '13800138000');
  return e.text(answers.question ?? '想了解研发投入奖励的申报时间');
}

describe('a service request over HTTP', () => {
  it('opened by 转人工: consent, name, district (a sound-alike), mobile, the last unanswered question; posted to the district’s route; claimed, replied, answered back, closed, rated', async () => {
    const e = enterprise();
    await e.say('社保卡怎么补办'); // declined: becomes the question offered
    await e.say('AI算力券');
    const start = await e.say('转人工');
    const startText = start.map(replyText).join('\n');
    expect(startText).toContain(t.request.intro.asked);
    expect(startText).toContain('保存180天');
    expect(buttons(start.at(-1)!).map((b) => b.title)).toEqual([t.request.consentYes, t.request.consentNo]);

    await e.press(button(start, t.request.consentYes));
    const districts = await e.say('上海某某科技有限公司');
    expect(buttons(districts.at(-1)!).map((b) => b.title)).toHaveLength(16);
    expect(await e.text('蒲东')).toContain(t.request.contact); // 浦东 typed as it sounds
    expect(await e.text('1380013800')).toContain(t.request.contactRetry); // ten digits
    const offer = await e.say('+86 138-0013-8000');
    expect(replyText(offer.at(-1)!)).toContain('“社保卡怎么补办”');
    const done = (await e.press(button(offer, t.request.questionUseLast))).map(replyText).join('\n');
    const number = requestNumber(done);
    expect(done).toContain('浦东新区');
    expect(done).toContain('接下来');

    // The card in the 浦东 specialists' conversation, nothing in the other one.
    const [card] = await received(specialists, PUDONG, 1);
    const cardText = replyText(card!);
    expect(cardText).toContain(`服务请求 #${number}`);
    for (const part of [
      '浦东新区',
      '上海某某科技有限公司',
      '13800138000',
      '社保卡怎么补办',
      '企业:AI算力券',
      '待认领',
    ])
      expect(cardText).toContain(part);
    expect(cardText).toMatch(/益企问:.*AI算力券/);
    expect(buttons(card!).map((b) => b.title)).toEqual(['认领', '回复', '关闭']);
    expect(messagesIn(specialists, ELSEWHERE)).toEqual([]);

    // Claimed by typing, replied to by the card's button and its input.
    const wang = specialist(PUDONG);
    expect(await wang.text(`认领 ${number}`)).toBe(`#${number} 已由王专员认领。`);
    expect(await specialist(PUDONG, '李专员').text(`认领 ${number}`)).toBe(`#${number} 已由王专员认领。`);
    const replied = await wang.press({
      ...button([card!], '回复'),
      replyText: '您好,社保卡补办不在28条措施内,我下午电话联系您。',
    });
    expect(replied.map(replyText).join()).toContain(`已把回复转给企业(#${number})`);
    const [relayed] = await received(enterprises, e.conversationId, 1);
    expect(replyText(relayed!)).toContain(`服务专员回复(服务请求 #${number})`);
    expect(replyText(relayed!)).toContain('我下午电话联系您');

    // The enterprise answers back from the relayed message.
    expect(
      await e.press(button([relayed!], t.relay.replyButton)).then((r) => r.map(replyText).join()),
    ).toContain(`服务请求 #${number}`);
    expect(await e.text('好的,谢谢,下午都在。')).toContain(`已转给服务专员(服务请求 #${number})`);
    const [, back] = await received(specialists, PUDONG, 2);
    expect(back!.text).toBe(`企业回复 #${number}:好的,谢谢,下午都在。`);

    // Closed by typing with full-width digits and #: the enterprise is told and asked to rate.
    const fullWidth = String(number).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(await wang.text(`关闭 ＃${fullWidth}`)).toContain(`#${number} 已关闭`);
    const [, closed, rating] = await received(enterprises, e.conversationId, 3);
    expect(closed!.text).toBe(`服务请求 #${number} 已办结。`);
    expect(buttons(rating!).map((b) => b.title)).toEqual([
      '非常满意',
      '满意',
      '基本满意',
      '不满意',
      '非常不满意',
    ]);
    expect(await e.press(button([rating!], '满意')).then((r) => r.map(replyText).join())).toContain('跳过');
    expect(await e.text('回复很及时,电话13912345678')).toBe(knowledge().satisfaction.commentThanks);
    expect(bot.maintainerLog.records).toContainEqual({ type: 'rating', subject: number, level: 'satisfied' });
    expect(bot.maintainerLog.records).toContainEqual({
      type: 'rating-comment',
      subject: number,
      level: 'satisfied',
      comment: '回复很及时,电话139****5678',
    });
    expect(await e.press(button([rating!], '满意')).then((r) => r.map(replyText).join())).toContain(
      '已经评价过了',
    );

    const stored = (await bot.app.handoff.requests.get(number))!;
    expect(stored.status).toBe('closed');
    expect(stored.claimedBy).toEqual({ id: 'spec-王专员', name: '王专员' });
    expect(stored.rating).toBe('satisfied');
    expect(stored.history.map((h) => h.type)).toEqual([
      'created',
      'posted',
      'claimed',
      'replied',
      'enterprise-replied',
      'closed',
      'rated',
    ]);
    expect(stored.contact).toEqual({ kind: 'mobile', mobile: '13800138000' });
    // A closed request takes no more replies.
    expect(await wang.text(`回复 ${number} 还有一件事`)).toBe(`#${number} 已经关闭。`);
  });

  it('opened by the declines button: posted to the "*" route for a district without its own', async () => {
    const e = enterprise();
    const start = await e.press({ action: 'handoff', text: '找人帮忙' });
    expect(start.map(replyText).join('\n')).toContain(t.request.intro.declines);
    const done = await fillIn(e, { district: 'xuhui' });
    const number = requestNumber(done);
    expect(done).toContain('徐汇区');
    const cards = await received(specialists, ELSEWHERE, 1);
    expect(cards.map(replyText).join('\n')).toContain(`服务请求 #${number}`);
    expect(cards.map(replyText).join('\n')).toContain('徐汇区');
    expect(messagesIn(specialists, PUDONG).map(replyText).join('\n')).not.toContain(`服务请求 #${number}`);
  });

  it('in a route’s conversation, messages are commands: a question gets the list of commands, another route’s request is not found', async () => {
    const e = enterprise();
    await e.say('转人工');
    const number = requestNumber(await fillIn(e, { district: '奉贤' }));
    const pudong = specialist(PUDONG);
    expect(await pudong.text('AI算力券怎么申请')).toBe(t.desk.help);
    expect(await pudong.text(`认领 ${number}`)).toBe(`本频道没有服务请求 #${number}。`);
    const elsewhere = specialist(ELSEWHERE, '赵专员');
    expect(await elsewhere.text('列表')).toContain(`#${number} 奉贤区 上海某某科技有限公司(待认领)`);
    expect(await elsewhere.text(`回复#${number}`)).toContain('请写上回复内容');
    // A reply claims the request for whoever replies first.
    expect(await elsewhere.text(`回复 #${number}:请问贵企业主要想咨询哪一项?`)).toContain('已把回复转给企业');
    expect((await bot.app.handoff.requests.get(number))!.claimedBy?.name).toBe('赵专员');
  });

  it('checks the mobile number: re-prompts on bad ones and gives up after three, storing nothing', async () => {
    const before = (await bot.app.handoff.requests.list()).length;
    const e = enterprise();
    await e.say('人工客服');
    await e.say('同意');
    await e.say('上海某某科技有限公司');
    await e.say('3');
    expect(await e.text('12345678901')).toContain(t.request.contactRetry); // 12… is not a mobile prefix
    expect(await e.text('138 0013 80001')).toContain(t.request.contactRetry); // twelve digits
    expect(await e.text('电话')).toContain(t.request.gaveUp);
    expect((await bot.app.handoff.requests.list()).length).toBe(before);
    // The conversation goes on as usual.
    expect(await e.text('AI算力券')).toContain('第8项');
  });

  it('consent refused stores and sends nothing; 取消 at any step neither', async () => {
    const before = (await bot.app.handoff.requests.list()).length;
    const posted = messagesIn(specialists, PUDONG).length;
    const refused = enterprise();
    await refused.say('转人工');
    const answer = await refused.text('不同意');
    expect(answer).toContain(t.request.refused);
    expect(answer).toContain('所在区的中小企业服务专员');

    const cancelled = enterprise();
    await cancelled.say('转人工');
    await cancelled.say('同意');
    await cancelled.say('上海某某科技有限公司');
    await cancelled.say('浦东');
    expect(await cancelled.text('取消')).toBe(t.request.cancelled);

    expect((await bot.app.handoff.requests.list()).length).toBe(before);
    expect(messagesIn(specialists, PUDONG).length).toBe(posted);
  });

  it('answers a measure question in the middle of the flow, then asks again', async () => {
    const e = enterprise();
    await e.say('转人工');
    await e.say('同意');
    await e.say('上海某某科技有限公司');
    const interrupted = await e.text('无缝续贷是什么');
    expect(interrupted).toContain('第18项');
    expect(interrupted).toContain(t.request.resume);
    expect(await e.text('16')).toContain(t.request.contact); // 崇明区 by number
  });

  it('in Teams, “contact me here” instead of a number; the specialists are told to reply in the bot', async () => {
    const id = `enterprise-teams-${++n}`;
    const teams = new Party(
      () => bot.url,
      id,
      enterprises.url,
      { id: `user-${id}`, name: '企业用户' },
      {
        channelId: 'msteams',
        conversation: { id, conversationType: 'personal' } as never,
      },
    );
    await teams.say('转人工');
    await teams.say('同意');
    await teams.say('上海某某科技有限公司');
    const contact = await teams.say('浦东新区');
    const here = button(contact, t.request.contactHere);
    await teams.press(here);
    const done = await teams.text('想咨询算力券的申请');
    const number = requestNumber(done);
    expect(done).toContain('在这个对话里回复您');
    const cards = await received(specialists, PUDONG, 1);
    const card = cards.map(replyText).find((c) => c.includes(`服务请求 #${number}`))!;
    expect(card).toContain(`请用“回复 ${number} 内容”答复`);
  });

  it('masks mobile and ID numbers in the transcript the specialists see, but not the contact given for the request', async () => {
    const e = enterprise();
    await e.say('我的身份证号310101199001011234,手机13912345678,能申请吗');
    await e.say('转人工');
    const number = requestNumber(await fillIn(e, { district: '浦东', mobile: '13700001111' }));
    const cards = await received(specialists, PUDONG, 1);
    const card = cards.map(replyText).find((c) => c.includes(`服务请求 #${number}`))!;
    expect(card).toContain('3****************4');
    expect(card).toContain('139****5678');
    expect(card).not.toContain('13912345678');
    expect(card).toContain('13700001111');
  });

  it('shows the specialists the enterprise’s answers from an eligibility check or check-up', async () => {
    const e = enterprise();
    await e.say('我能申请研发投入奖励吗');
    await e.say('是');
    await e.say('是');
    await e.say('600万');
    await e.say('转人工');
    const number = requestNumber(await fillIn(e, { district: '浦东' }));
    const cards = await received(specialists, PUDONG, 1);
    const card = cards.map(replyText).find((c) => c.includes(`服务请求 #${number}`))!;
    expect(card).toContain(t.card.profileHeading);
    expect(card).toContain('600万元');
  });

  it('forgets a user’s contacts on deletion, keeping the number, district, status and dates', async () => {
    const e = enterprise();
    await e.say('转人工');
    const number = requestNumber(await fillIn(e, { district: '浦东' }));
    const registry = bot.app.services.personalData!;
    expect(registry.names).toContain('service requests');
    const result = await registry.forgetUser(e.from.id, 'emulator');
    expect(result.deleted).toContain(`服务请求 #${number} 的企业名称、联系方式、问题和对话记录`);
    const r = (await bot.app.handoff.requests.get(number))!;
    expect(r).toMatchObject({ number, district: '浦东新区', status: 'new', erased: true });
    for (const field of ['enterprise', 'contact', 'question', 'transcript', 'profile', 'requester'] as const)
      expect(r[field]).toBeUndefined();
    expect(r.history.at(-1)!.type).toBe('erased');
    expect(JSON.stringify(r)).not.toContain('13800138000');
    expect(await specialist(PUDONG).text(`回复 ${number} 您好`)).toContain('企业已删除其信息');
  });

  it('asks for a rating after a check-up and records it as the check-up’s', async () => {
    const e = enterprise();
    const answers = checkupAnswers({
      highTech: '否',
      firstSishang: '否',
      specialized: '都不是',
      situation: '都不是',
      industrial: '否',
      retrofit: '0',
      compute: '否',
      financing: '否',
      procurement: '否',
      techSme: '否',
    });
    let last = await e.say('政策体检');
    await answerCheckup(last, answers, async (text) => (last = await e.say(text)));
    const rate = button(last, '非常满意');
    expect(rate).toMatchObject({ action: 'rating', subject: 'checkup', level: 'very-satisfied' });
    await e.press(rate);
    expect(await e.press({ action: 'ratingSkip', text: '跳过' }).then((r) => r.map(replyText).join())).toBe(
      knowledge().satisfaction.skipped,
    );
    expect(bot.maintainerLog.records).toContainEqual({
      type: 'rating',
      subject: 'checkup',
      level: 'very-satisfied',
    });
  });
});

describe('without a route for the district', () => {
  let only: BotUnderTest;
  beforeAll(async () => {
    const dir = tempDir();
    const routes = writeRoutes(dir, [
      { district: '浦东', conversationId: PUDONG, serviceUrl: specialists.url },
    ]);
    only = await startBot({ HANDOFF_ROUTES_FILE: routes, DATA_DIR: dir });
  });
  afterAll(() => only.close());

  it('stores the request and says that no specialist channel is configured for that district', async () => {
    const e = new Party(() => only.url, 'no-route-1', enterprises.url, {
      id: 'user-no-route',
      name: '企业用户',
    });
    await e.say('转人工');
    const done = await fillIn(e, { district: '金山区' });
    const number = requestNumber(done);
    expect(done).toContain('还没有为金山区设置服务专员的接收渠道');
    expect(done).toContain('企业服务云');
    const stored = (await only.app.handoff.requests.get(number))!;
    expect(stored.history.map((h) => h.type)).toEqual(['created', 'not-routed']);
    expect(stored.route).toBeUndefined();
  });
});

describe('without a routes file', () => {
  let plain: BotUnderTest;
  beforeAll(async () => {
    plain = await startBot({ DATA_DIR: tempDir() });
  });
  afterAll(() => plain.close());

  it('asking for a person names the channels the source gives, and opens no request', async () => {
    const e = new Party(() => plain.url, 'plain-1', enterprises.url, { id: 'user-plain', name: '企业用户' });
    const answer = await e.text('转人工');
    expect(answer).toContain(knowledge().replies.person.asked);
    expect(answer).not.toContain(t.request.consentYes);
    expect(await plain.app.handoff.requests.list()).toEqual([]);
  });

  it('answers a question asked beside the ask for a person, then names the channels', async () => {
    const e = new Party(() => plain.url, 'plain-2', enterprises.url, {
      id: 'user-plain-2',
      name: '企业用户',
    });
    const answer = await e.text('先帮我转人工，顺便问下高新企业研发奖励最多给多少');
    expect(answer).toContain('研发投入奖励');
    expect(answer).toContain('50万');
    expect(answer).toContain(knowledge().replies.person.asked);
  });
});

describe('logs of service requests', () => {
  it('carry request numbers, never message text, names or contacts', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
    const dir = tempDir();
    const routes = writeRoutes(dir, [
      { district: '*', conversationId: 'specialists-logs', serviceUrl: specialists.url },
    ]);
    const logged = await startBot({ HANDOFF_ROUTES_FILE: routes, DATA_DIR: dir }, { logger });
    try {
      const e = new Party(() => logged.url, 'logs-1', enterprises.url, { id: 'user-logs', name: '企业用户' });
      await e.say('转人工');
      const number = requestNumber(
        await fillIn(e, { district: '宝山', mobile: '13912345678', question: '秘密的问题' }),
      );
      const spec = new Party(() => logged.url, 'specialists-logs', specialists.url, {
        id: 'spec-logs',
        name: '王专员',
      });
      await spec.say(`回复 ${number} 专员的回复内容`);
      await e.press({ action: 'replyToSpecialist', number, text: '回复服务专员' });
      await e.say('企业的回答内容');
      await spec.say(`关闭 ${number}`);
      const log = lines.join('\n');
      expect(log).toContain('"msg":"service request opened"');
      expect(log).toContain(`"number":${number}`);
      for (const secret of [
        '13912345678',
        '上海某某科技有限公司',
        '秘密的问题',
        '专员的回复内容',
        '企业的回答内容',
      ])
        expect(log).not.toContain(secret);
    } finally {
      await logged.close();
    }
  });

  it('log the address of a Teams channel the bot is @mentioned in, once, for setting up a route', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
    const teams = await startBot({ DATA_DIR: tempDir() }, { logger });
    try {
      const channel = '19:district-team@thread.tacv2';
      const mention = (id: string) =>
        new Party(
          () => teams.url,
          `${channel};messageid=${id}`,
          specialists.url,
          { id: 'spec-teams', name: '王专员' },
          {
            channelId: 'msteams',
            conversation: {
              id: `${channel};messageid=${id}`,
              conversationType: 'channel',
              isGroup: true,
            } as never,
            channelData: { tenant: { id: 'tenant-1' } },
            entities: [
              { type: 'mention', mentioned: { id: 'bot-1', name: '益企问' }, text: '<at>益企问</at>' },
            ],
          },
        );
      await mention('1').say('<at>益企问</at> 你好');
      await mention('2').say('<at>益企问</at> 你好');
      const addresses = lines
        .filter((l) => l.includes('a route for HANDOFF_ROUTES_FILE'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(addresses).toHaveLength(1);
      expect(addresses[0]).toMatchObject({
        channelId: 'msteams',
        serviceUrl: specialists.url,
        conversationId: channel,
        tenantId: 'tenant-1',
      });
    } finally {
      await teams.close();
    }
  });
});

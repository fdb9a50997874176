// The WeComAdapter against the local fake of WeCom's API: the activities it makes of callbacks,
// turns of one conversation in arrival order, failed turns handed to onTurnError, proactive
// messages (continueConversation, createConversationAsync), and what it cannot do said plainly.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TurnContext } from 'botbuilder';
import { createLogger } from '../../src/log/logger.js';
import type { CallbackMessage } from '../../src/wecom/callbackMessage.js';
import { WeComAdapter } from '../../src/wecom/WeComAdapter.js';
import { WeComApi } from '../../src/wecom/wecomApi.js';
import { startFakeWeComApi, type FakeWeComApi } from './helpers/fakeWeComApi.js';

const corpId = 'ww-test-corp';
const agentId = 1000002;
let fake: FakeWeComApi;
const logLines: string[] = [];
let adapter: WeComAdapter;

beforeAll(async () => {
  fake = await startFakeWeComApi({ corpId, secret: 's', agentId });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.sent.length = 0;
  logLines.length = 0;
  adapter = new WeComAdapter({
    corpId,
    agentId,
    api: new WeComApi({ apiBase: fake.url, corpId, secret: 's' }),
    logger: createLogger({ level: 'debug', write: (l) => logLines.push(l) }),
    botName: '益企问',
    apiBase: fake.url,
  });
});

const text = (
  from: string,
  content: string,
  msgId = content,
): Extract<CallbackMessage, { kind: 'text' }> => ({
  kind: 'text',
  from,
  createTime: 1_700_000_000,
  msgId,
  content,
});
const echo = async (context: TurnContext) => {
  await context.sendActivity(`收到:${context.activity.text ?? ''}`);
};

describe('WeComAdapter', () => {
  it('makes an activity of a callback: channel wecom, the sender as user, a personal conversation', () => {
    expect(adapter.toActivity({ ...text('ZhangSan', '你好'), agentId })).toMatchObject({
      type: 'message',
      id: '你好',
      channelId: 'wecom',
      text: '你好',
      from: { id: 'ZhangSan', role: 'user' },
      recipient: { id: String(agentId), name: '益企问', role: 'bot' },
      conversation: { id: `wecom:${corpId}:ZhangSan`, conversationType: 'personal', isGroup: false },
      timestamp: new Date(1_700_000_000_000),
    });
    expect(
      adapter.toActivity({ kind: 'enter', event: 'enter_agent', from: 'ZhangSan', createTime: 1 }),
    ).toMatchObject({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'ZhangSan' }],
    });
    const key = adapter.buttonKeys.encode({ action: 'answer', text: '是' });
    expect(
      adapter.toActivity({
        kind: 'card-click',
        from: 'u',
        createTime: 1,
        taskId: 't',
        eventKey: key,
        cardType: 'button_interaction',
      }),
    ).toMatchObject({ type: 'message', value: { action: 'answer', text: '是' } });
    expect(
      adapter.toActivity({
        kind: 'card-click',
        from: 'u',
        createTime: 1,
        taskId: 't',
        eventKey: 'forged',
        cardType: 'x',
      }),
    ).toBeUndefined();
  });

  it('runs the turns of one conversation in the order their callbacks came, others alongside', async () => {
    const order: string[] = [];
    const logic = async (context: TurnContext) => {
      if (context.activity.text === '一') await new Promise((r) => setTimeout(r, 200));
      order.push(`${context.activity.from.id}:${context.activity.text ?? ''}`);
      await echo(context);
    };
    const runs = [
      adapter.processCallback(text('A', '一'), logic),
      adapter.processCallback(text('A', '二'), logic),
      adapter.processCallback(text('B', '三'), logic),
    ];
    await adapter.idle();
    await Promise.all(runs);
    expect(order).toEqual(['B:三', 'A:一', 'A:二']);
    expect(fake.sent.filter((m) => m.touser === 'A').map((m) => m.text?.content)).toEqual([
      '收到:一',
      '收到:二',
    ]);
  });

  it('hands a failing turn to onTurnError, and logs it when there is none', async () => {
    const errors: string[] = [];
    adapter.onTurnError = async (context, error) => {
      errors.push(error.message);
      await context.sendActivity('出错了');
    };
    await adapter.processCallback(text('A', 'x'), async () => {
      throw new Error('boom');
    });
    expect(errors).toEqual(['boom']);
    expect(fake.sent.map((m) => m.text?.content)).toEqual(['出错了']);

    adapter.onTurnError = undefined as never;
    await expect(
      adapter.processCallback(text('A', 'y'), async () => {
        throw new Error('boom again');
      }),
    ).resolves.toBeUndefined();
    expect(logLines.some((l) => l.includes('wecom turn failed') && l.includes('boom again'))).toBe(true);
    expect(logLines.join('\n')).not.toContain('"A"');
  });

  it('sends to a member proactively: continueConversation and createConversationAsync', async () => {
    await adapter.continueConversation(
      { channelId: 'wecom', conversation: { id: `wecom:${corpId}:LiSi` } as never },
      async (context) => {
        expect(context.activity).toMatchObject({ type: 'event', name: 'ContinueConversation' });
        await context.sendActivity('回复一');
      },
    );
    await adapter.createConversationAsync(
      '',
      'wecom',
      '',
      '',
      { members: [{ id: 'WangWu', name: '' }], isGroup: false, bot: { id: '', name: '' } } as never,
      async (context) => {
        await context.sendActivity('回复二');
      },
    );
    expect(fake.sent.map((m) => [m.touser, m.text?.content])).toEqual([
      ['LiSi', '回复一'],
      ['WangWu', '回复二'],
    ]);
  });

  it('refuses what WeCom cannot do, and conversations of another corp', async () => {
    const context = {} as TurnContext;
    await expect(adapter.updateActivity()).rejects.toThrow(/cannot change a message/);
    await expect(adapter.deleteActivity()).rejects.toThrow(/not supported/);
    await expect(
      adapter.continueConversation({ conversation: { id: 'wecom:other-corp:u' } as never }, async () => {}),
    ).rejects.toThrow(/not a conversation of corp/);
    await expect(
      adapter.sendActivities(context, [
        { type: 'message', text: 'x', conversation: { id: 'teams-1' } as never },
      ]),
    ).rejects.toThrow(/not a conversation of corp/);
  });

  it('sends nothing for typing, traces and events', async () => {
    await adapter.continueConversation(
      { conversation: { id: `wecom:${corpId}:LiSi` } as never },
      async (context) => {
        const responses = await context.sendActivities([
          { type: 'typing' },
          { type: 'trace' },
          { type: 'event', name: 'x' },
        ]);
        expect(responses).toHaveLength(3);
      },
    );
    expect(fake.sent).toEqual([]);
  });
});

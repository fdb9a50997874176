// The Bot Framework adapter for a WeCom (企业微信 / 政务微信) self-built application: a callback
// message becomes an Activity (channelId 'wecom', the sender as user and personal conversation
// `wecom:<corpid>:<userid>`, the application as bot) that runs through the same bot; what the bot
// sends goes out through message/send as text, markdown and template cards. Turns of one
// conversation run one after another, in the order their callbacks arrived. Proactive messages
// (continueConversation, continueConversationAsync, createConversationAsync) work the same way.
import {
  type Activity,
  ActivityEventNames,
  ActivityTypes,
  BotAdapter,
  type ChannelAccount,
  type ConversationParameters,
  type ConversationReference,
  type ResourceResponse,
  TurnContext,
} from 'botbuilder';
import type { Logger } from '../log/logger.js';
import { toWeComMessages } from './activityMessages.js';
import { ButtonKeys } from './buttonKeys.js';
import type { CallbackMessage } from './callbackMessage.js';
import type { SendBody, WeComMessage } from './outgoingMessage.js';

export const WECOM_CHANNEL_ID = 'wecom';

type TurnLogic = (context: TurnContext) => Promise<void>;

export interface WeComAdapterOptions {
  corpId: string;
  agentId: number;
  /** Sends one message (WeComApi in production). */
  api: { sendMessage(body: SendBody): Promise<{ msgid?: string }> };
  logger: Logger;
  /** The bot's display name on its activities. */
  botName?: string;
  /** WECOM_API_BASE, recorded as the activities' serviceUrl (nothing is posted there by the bot). */
  apiBase?: string;
  buttonKeys?: ButtonKeys;
  newTaskId?: () => string;
}

export class WeComAdapter extends BotAdapter {
  readonly buttonKeys: ButtonKeys;
  private readonly bot: ChannelAccount;
  private readonly queues = new Map<string, Promise<void>>();
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly options: WeComAdapterOptions) {
    super();
    this.buttonKeys = options.buttonKeys ?? new ButtonKeys();
    this.bot = { id: String(options.agentId), name: options.botName ?? '', role: 'bot' };
  }

  conversationIdFor(userId: string): string {
    return `wecom:${this.options.corpId}:${userId}`;
  }

  /** The WeCom UserID a conversation of this application belongs to; undefined for any other. */
  userIdOf(conversationId: string | undefined): string | undefined {
    const prefix = `wecom:${this.options.corpId}:`;
    if (!conversationId?.startsWith(prefix)) return undefined;
    const userId = conversationId.slice(prefix.length);
    return userId || undefined;
  }

  /** The activity a callback stands for; undefined when there is nothing for the bot to do. */
  toActivity(message: CallbackMessage): Partial<Activity> | undefined {
    if (message.kind === 'ignored') return undefined;
    const base: Partial<Activity> = {
      channelId: WECOM_CHANNEL_ID,
      serviceUrl: this.options.apiBase ?? '',
      timestamp: new Date(message.createTime * 1000),
      locale: 'zh-CN',
      from: { id: message.from, name: '', role: 'user' },
      recipient: this.bot,
      conversation: {
        id: this.conversationIdFor(message.from),
        conversationType: 'personal',
        isGroup: false,
        name: '',
      },
      channelData: { agentId: message.agentId, corpId: this.options.corpId },
    };
    switch (message.kind) {
      case 'text':
        return {
          ...base,
          type: ActivityTypes.Message,
          id: message.msgId,
          text: message.content,
          textFormat: 'plain',
        };
      case 'unreadable':
        // The bot reads text only; an attachment without text makes it say so.
        return {
          ...base,
          type: ActivityTypes.Message,
          id: message.msgId,
          attachments: [{ contentType: `application/vnd.wecom.${message.msgType}` }],
        };
      case 'card-click': {
        const decoded = this.buttonKeys.decode(message.eventKey);
        if (!decoded.found) {
          this.options.logger.warn('wecom card click with a key we cannot read', {
            reason: decoded.reason,
            cardType: message.cardType,
          });
          return undefined;
        }
        return {
          ...base,
          type: ActivityTypes.Message,
          id: `card-${message.taskId}-${message.createTime}`,
          value: decoded.value,
        };
      }
      case 'enter':
        return {
          ...base,
          type: ActivityTypes.ConversationUpdate,
          id: `${message.event}-${message.createTime}`,
          membersAdded: [{ id: message.from, name: '' }],
        };
    }
  }

  /**
   * Runs the bot on one callback, after the turns before it in the same conversation. Resolves
   * when the turn is over; a failing turn goes to onTurnError (and is logged when that fails too).
   */
  processCallback(message: CallbackMessage, logic: TurnLogic): Promise<void> {
    const activity = this.toActivity(message);
    if (!activity) return Promise.resolve();
    return this.inOrder(activity.conversation!.id, () => this.runTurn(activity, logic));
  }

  override async sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        const ms = typeof activity.value === 'number' ? Math.min(activity.value, 10_000) : 1000;
        await new Promise((resolve) => setTimeout(resolve, ms));
        responses.push({ id: '' });
        continue;
      }
      // WeCom has no typing indicator; traces and events are not for the user.
      if (activity.type !== ActivityTypes.Message) {
        responses.push({ id: '' });
        continue;
      }
      const touser = this.userIdOf(activity.conversation?.id ?? context.activity.conversation?.id);
      if (!touser) throw new Error(`WeComAdapter: not a conversation of corp ${this.options.corpId}`);
      let id = '';
      for (const message of toWeComMessages(activity, {
        buttonKeys: this.buttonKeys,
        ...(this.options.newTaskId ? { newTaskId: this.options.newTaskId } : {}),
      })) {
        const result = await this.send(message, touser);
        id = result.msgid ?? id;
      }
      responses.push({ id });
    }
    return responses;
  }

  override updateActivity(): Promise<void> {
    return Promise.reject(new Error('WeComAdapter: WeCom cannot change a message once sent'));
  }

  override deleteActivity(): Promise<void> {
    return Promise.reject(new Error('WeComAdapter: deleting (recalling) messages is not supported'));
  }

  override continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    return this.continueWith(reference, logic);
  }

  override continueConversationAsync(
    _botAppIdOrClaims: unknown,
    reference: Partial<ConversationReference>,
    logicOrAudience: TurnLogic | string | undefined,
    maybeLogic?: TurnLogic,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (!logic) return Promise.reject(new Error('continueConversationAsync: logic is required'));
    return this.continueWith(reference, logic);
  }

  /** A conversation with a member of the application's visible range: WeCom needs only the UserID. */
  override createConversationAsync(
    _botAppId: string,
    channelId: string,
    _serviceUrl: string,
    _audience: string,
    parameters: ConversationParameters,
    logic: TurnLogic,
  ): Promise<void> {
    const user = parameters.members?.[0];
    if (channelId !== WECOM_CHANNEL_ID || !user?.id)
      return Promise.reject(
        new Error('createConversationAsync: a wecom member (parameters.members[0]) is required'),
      );
    return this.continueWith(
      {
        channelId: WECOM_CHANNEL_ID,
        conversation: {
          id: this.conversationIdFor(user.id),
          conversationType: 'personal',
          isGroup: false,
          name: '',
        },
        user,
        bot: this.bot,
        serviceUrl: this.options.apiBase ?? '',
      },
      logic,
    );
  }

  /** Waits until the turns in progress are over (or `timeoutMs` has passed). */
  async idle(timeoutMs = 10_000): Promise<void> {
    if (this.running.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.running]),
      new Promise((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
        timer.unref();
      }),
    ]);
    clearTimeout(timer);
  }

  private continueWith(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    const conversationId = reference.conversation?.id;
    if (!this.userIdOf(conversationId))
      return Promise.reject(new Error(`WeComAdapter: not a conversation of corp ${this.options.corpId}`));
    const activity: Partial<Activity> = {
      type: ActivityTypes.Event,
      name: ActivityEventNames.ContinueConversation,
      channelId: WECOM_CHANNEL_ID,
      serviceUrl: reference.serviceUrl ?? this.options.apiBase ?? '',
      conversation: reference.conversation,
      recipient: reference.bot ?? this.bot,
      from: reference.user,
      relatesTo: reference as ConversationReference,
    };
    return this.inOrder(conversationId!, () => this.runTurn(activity, logic, true));
  }

  private async runTurn(activity: Partial<Activity>, logic: TurnLogic, rethrow = false): Promise<void> {
    const context = new TurnContext(this, activity);
    try {
      await this.runMiddleware(context, logic);
    } catch (err) {
      this.options.logger.error('wecom turn failed', {
        err,
        activityType: activity.type,
        user: maskUserId(this.userIdOf(activity.conversation?.id)),
      });
      if (rethrow) throw err;
    }
  }

  private async send(message: WeComMessage, touser: string): Promise<{ msgid?: string }> {
    const result = await this.options.api.sendMessage({ ...message, touser, agentid: this.options.agentId });
    this.options.logger.debug('wecom message sent', { msgtype: message.msgtype, user: maskUserId(touser) });
    return result;
  }

  /** Runs `task` after the tasks queued before it for the same key; tracks it for idle(). */
  private inOrder(key: string, task: () => Promise<void>): Promise<void> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.then(task);
    const tail = run.catch(() => undefined);
    this.queues.set(key, tail);
    this.running.add(tail);
    void tail.then(() => {
      this.running.delete(tail);
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return run;
  }
}

/**
 * A WeCom UserID for logs: often a person's name in pinyin or a phone number, so only its first
 * two characters and its length are written.
 */
export function maskUserId(userId: string | undefined): string | undefined {
  if (userId === undefined) return undefined;
  return `${[...userId].slice(0, 2).join('')}…(${[...userId].length})`;
}

// A Bot Framework adapter whose channel is the terminal: `yiqi chat` runs the very same bot and
// dialogs as the server, and every reply is printed as text (the channel has no cards).
import {
  ActivityTypes,
  BotAdapter,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
  TurnContext,
} from 'botbuilder';

export const TERMINAL_CHANNEL = 'yiqi-cli';

export class TerminalAdapter extends BotAdapter {
  private counter = 0;
  private readonly reference: Partial<ConversationReference>;

  constructor(
    private readonly print: (text: string) => void,
    conversationId = `terminal-${process.pid}`,
  ) {
    super();
    this.reference = {
      channelId: TERMINAL_CHANNEL,
      serviceUrl: 'http://127.0.0.1/terminal',
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: 'terminal' },
      user: { id: 'terminal-user', name: '用户' },
      bot: { id: 'yiqi', name: '益企问' },
    };
  }

  /** Runs one turn for a line the user typed (or a conversationUpdate when text is undefined). */
  async say(text: string | undefined, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity: Partial<Activity> = {
      ...(text === undefined
        ? { type: ActivityTypes.ConversationUpdate, membersAdded: [this.reference.user!] }
        : { type: ActivityTypes.Message, text }),
      id: `in-${++this.counter}`,
      channelId: this.reference.channelId!,
      serviceUrl: this.reference.serviceUrl!,
      conversation: this.reference.conversation!,
      from: this.reference.user!,
      recipient: this.reference.bot!,
      locale: 'zh-CN',
      timestamp: new Date(),
    };
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async sendActivities(
    _context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    for (const a of activities) {
      if (a.type === ActivityTypes.Message && a.text) this.print(a.text);
    }
    return activities.map(() => ({ id: `out-${++this.counter}` }));
  }

  override updateActivity(): Promise<ResourceResponse | void> {
    return Promise.reject(new Error('The terminal cannot update a message that was printed.'));
  }

  override deleteActivity(): Promise<void> {
    return Promise.reject(new Error('The terminal cannot delete a message that was printed.'));
  }

  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continue' },
      reference,
      true,
    );
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}

// Runs the conversation cases against the whole bot — the same services, dialogs and cards as the
// server — through an adapter that keeps what the bot sends, as a channel that renders cards
// (directline). One knowledge base and search engine for all cases; a fresh conversation and state
// per case.
import {
  type Activity,
  ActivityTypes,
  BotAdapter,
  type ConversationReference,
  MemoryStorage,
  type ResourceResponse,
  TurnContext,
} from 'botbuilder';
import { createBot } from '../src/bot/createBot.js';
import { createServices } from '../src/bot/createServices.js';
import type { ReplyKind } from '../src/bot/turnServices.js';
import { MemoryMaintainerLog } from '../src/feedback/maintainerLog.js';
import type { KnowledgeBase } from '../src/kb/loadKnowledge.js';
import { silentLogger } from '../src/log/logger.js';
import type { ConversationCase, MeasureNames, VisibleReply } from './conversationCases.js';
import { judge } from './conversationCases.js';

export const DEFAULT_TODAY = '2026-12-02';

class CaptureAdapter extends BotAdapter {
  sent: Partial<Activity>[] = [];
  private counter = 0;

  /** Runs one turn for an activity the user sent. */
  turn(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    return this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async sendActivities(
    _context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    this.sent.push(...activities);
    return activities.map(() => ({ id: `out-${++this.counter}` }));
  }
  override updateActivity(): Promise<void> {
    return Promise.resolve();
  }
  override deleteActivity(): Promise<void> {
    return Promise.resolve();
  }
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}

type CardElement = Record<string, unknown>;

/** The text a person sees in a card (TextBlocks, FactSets, columns, containers) and its buttons. */
function collect(element: unknown, texts: string[], buttons: { title: string; data: unknown }[]): void {
  if (Array.isArray(element)) {
    for (const e of element) collect(e, texts, buttons);
    return;
  }
  if (typeof element !== 'object' || element === null) return;
  const e = element as CardElement;
  if (e.type === 'TextBlock' && typeof e.text === 'string') texts.push(e.text);
  if (e.type === 'FactSet' && Array.isArray(e.facts))
    for (const f of e.facts as { title: string; value: string }[]) texts.push(`${f.title}: ${f.value}`);
  if (typeof e.type === 'string' && e.type.startsWith('Action.') && typeof e.title === 'string')
    buttons.push({ title: e.title, data: e.data });
  for (const key of ['body', 'items', 'columns', 'actions', 'card'])
    if (key in e) collect(e[key], texts, buttons);
}

export interface CaseResult {
  id: string;
  kind: string;
  passed: boolean;
  /** Per failing turn: its index, what was sent, the problems and the reply seen. */
  failures: { turn: number; said: string; problems: string[]; reply: string }[];
  /** Every activity the bot sent, turn by turn, as JSON (ids and timestamps left out). */
  transcript: string[];
}

export class ConversationHarness {
  private day = DEFAULT_TODAY;
  private readonly services;
  private readonly names: MeasureNames[];

  constructor(
    private readonly kb: KnowledgeBase,
    options: { searchCacheSize?: number; cardCacheSize?: number; responseCacheSize?: number } = {},
  ) {
    this.services = createServices(kb, () => this.day, new MemoryMaintainerLog(), silentLogger, options);
    this.names = kb.measures.map((m) => {
      const english = (kb as { en?: KnowledgeBase }).en?.measureById.get(m.id)?.title;
      return {
        id: m.id,
        names: [m.title, `第${m.number}项`, `No. ${m.number}`, ...(english ? [english] : [])],
      };
    });
  }

  async run(c: ConversationCase): Promise<CaseResult> {
    this.day = c.today ?? DEFAULT_TODAY;
    const kinds: ReplyKind[] = [];
    this.services.onReply = (kind) => kinds.push(kind);
    const bot = createBot(this.services, new MemoryStorage());
    const adapter = new CaptureAdapter();
    adapter.onTurnError = async (context, error) => {
      await context.sendActivity(`[turn error] ${error.message}`);
    };
    const reference = {
      channelId: 'directline',
      serviceUrl: 'http://127.0.0.1/eval',
      conversation: { id: `eval-${c.id}`, isGroup: false, conversationType: 'personal', name: 'eval' },
      user: { id: `user-${c.id}`, name: 'user' },
      bot: { id: 'yiqi', name: '益企问' },
    };
    let lastButtons: { title: string; data: unknown }[] = [];
    const failures: CaseResult['failures'] = [];
    const transcript: string[] = [];
    let n = 0;
    for (const turn of c.turns) {
      n++;
      let value: unknown;
      let said: string;
      if ('click' in turn) {
        const button = lastButtons.find((b) => b.title.includes(turn.click));
        if (!button) {
          failures.push({
            turn: n,
            said: `[click] ${turn.click}`,
            problems: ['no such button'],
            reply: lastButtons.map((b) => b.title).join(' | '),
          });
          break;
        }
        value = button.data;
        said = `[click] ${button.title}`;
      } else said = turn.user;
      adapter.sent = [];
      kinds.length = 0;
      const activity: Partial<Activity> = {
        type: ActivityTypes.Message,
        id: `in-${n}`,
        channelId: reference.channelId,
        serviceUrl: reference.serviceUrl,
        conversation: reference.conversation,
        from: reference.user,
        recipient: reference.bot,
        locale: c.locale ?? 'zh-CN',
        timestamp: new Date(),
        ...('click' in turn ? { value } : { text: turn.user }),
      };
      await adapter.turn(activity, (context) => bot.run(context));
      transcript.push(
        JSON.stringify(adapter.sent, (key, v: unknown) =>
          key === 'id' || key === 'timestamp' ? undefined : v,
        ),
      );
      const texts: string[] = [];
      const buttons: { title: string; data: unknown }[] = [];
      for (const a of adapter.sent) {
        if (a.type !== ActivityTypes.Message) continue;
        if (a.text) texts.push(a.text);
        for (const att of a.attachments ?? []) collect(att.content, texts, buttons);
        collect((a.suggestedActions as { actions?: unknown } | undefined)?.actions, texts, buttons);
      }
      lastButtons = buttons;
      const reply: VisibleReply = {
        text: texts.join('\n'),
        buttons: buttons.map((b) => b.title),
        kinds: [...kinds],
      };
      if (turn.expect) {
        const problems = judge(reply, turn.expect, this.names);
        if (problems.length > 0)
          failures.push({
            turn: n,
            said,
            problems,
            reply: [reply.text, reply.buttons.join(' | ')].join('\n'),
          });
      }
    }
    return { id: c.id, kind: c.kind, passed: failures.length === 0, failures, transcript };
  }
}

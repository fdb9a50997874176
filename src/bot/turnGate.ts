// What every turn passes through before the bot sees it, whichever channel brought it: an activity
// id already taken on in this conversation is skipped (a redelivery is answered once), turns of one
// conversation run one at a time, turns in flight are counted (the server refuses more than the cap
// before reading a body), and a turn that overruns its budget fails cleanly within the channel's
// 15 seconds — onTurnError tells the user, and the abandoned logic can no longer reach the user or
// the state once the adapter revokes its TurnContext.
import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import type { Logger } from '../log/logger.js';
import { ConversationQueue } from './conversationQueue.js';
import { RecentActivityIds } from './recentActivityIds.js';

export class TurnBudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`the turn did not finish within its budget of ${budgetMs} ms`);
    this.name = 'TurnBudgetExceeded';
  }
}

/** Whether a turn is past its budget, kept in its turn state. */
interface Expiry {
  expired: boolean;
  /** Lets exactly one send through after expiry: onTurnError's apology. */
  allowOnce: boolean;
}
const EXPIRY = Symbol('turnExpiry');

/** Whether the turn ran past its budget: its logic must not save state or reply any more. */
export function turnExpired(context: TurnContext): boolean {
  return (context.turnState.get(EXPIRY) as Expiry | undefined)?.expired ?? false;
}

/** Sends the one message allowed after a turn ran out of budget (the turn error's apology). */
export async function sendDespiteExpiry(
  context: TurnContext,
  activity: Partial<Activity> | string,
): Promise<ResourceResponse | undefined> {
  const expiry = context.turnState.get(EXPIRY) as Expiry | undefined;
  if (expiry) expiry.allowOnce = true;
  return context.sendActivity(activity);
}

export interface TurnGateOptions {
  /** Turns running or waiting at most (the server checks `full` before it reads a body). */
  maxInFlight: number;
  /** A turn's budget in milliseconds. */
  budgetMs: number;
  logger: Logger;
}

export interface TurnRunner {
  run(context: TurnContext): Promise<void>;
}

/** The conversation a turn belongs to, across channels. */
export function conversationKey(activity: Partial<Activity>): string {
  return `${activity.channelId ?? ''}\u0000${activity.conversation?.id ?? ''}`;
}

export class TurnGate {
  private readonly queue = new ConversationQueue();
  private readonly recent = new RecentActivityIds();
  private running = 0;

  constructor(private readonly options: TurnGateOptions) {}

  /** Turns running or waiting for their conversation's earlier turns. */
  get inFlight(): number {
    return this.running;
  }

  /** Whether one more turn would exceed MAX_TURNS_IN_FLIGHT. */
  get full(): boolean {
    return this.running >= this.options.maxInFlight;
  }

  get budgetMs(): number {
    return this.options.budgetMs;
  }

  /** The bot behind the gate, each turn's budget counted from when it is handed over. */
  guard(bot: TurnRunner): TurnRunner {
    return { run: (context) => this.run(context, () => bot.run(context)) };
  }

  /**
   * Runs one turn's logic: skipped when its activity id was already taken on in the conversation;
   * otherwise after the conversation's earlier turns, failing with TurnBudgetExceeded at `deadlineAt`.
   */
  async run(
    context: TurnContext,
    logic: () => Promise<void>,
    deadlineAt = Date.now() + this.options.budgetMs,
  ): Promise<void> {
    const activity = context.activity;
    const key = conversationKey(activity);
    // An invoke needs its own answer every time; everything else is answered once.
    const id = activity.type !== 'invoke' && activity.id ? activity.id : undefined;
    if (id !== undefined && !this.recent.claim(key, id)) {
      this.options.logger.info('activity already taken on, skipped', {
        conversationId: activity.conversation?.id,
        activityId: id,
      });
      return;
    }
    const expiry: Expiry = { expired: false, allowOnce: false };
    context.turnState.set(EXPIRY, expiry);
    // Past the budget nothing of this turn reaches the user but onTurnError's apology.
    context.onSendActivities(async (_context, activities, next) => {
      if (!expiry.expired) return next();
      if (expiry.allowOnce) {
        expiry.allowOnce = false;
        return next();
      }
      return activities.map(() => ({ id: '' }));
    });
    this.running++;
    try {
      await this.queue.run(key, () => this.withinBudget(logic, deadlineAt, expiry));
    } catch (err) {
      // A failed turn may be delivered again, and then it should run.
      if (id !== undefined) this.recent.release(key, id);
      throw err;
    } finally {
      this.running--;
    }
  }

  private withinBudget(logic: () => Promise<void>, deadlineAt: number, expiry: Expiry): Promise<void> {
    const expire = () => {
      expiry.expired = true;
      return new TurnBudgetExceeded(this.options.budgetMs);
    };
    const left = deadlineAt - Date.now();
    if (left <= 0) return Promise.reject(expire());
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(expire()), left);
      logic().then(
        () => {
          clearTimeout(timer);
          resolve();
        },
        (err: unknown) => {
          clearTimeout(timer);
          reject(err);
        },
      );
    });
  }
}

// The local Direct Line's conversations, in memory and bounded by count and by bytes: each keeps its
// newest activities (older ones are dropped past a count and past a byte budget, counting each
// stored activity's JSON), numbered by a watermark that only grows; conversations idle longer than a
// limit are forgotten, and past a count or a byte budget in all the least recently used ones go.
// Turns of one conversation run one after another, in the order they arrived.
import { randomBytes } from 'node:crypto';

/** An activity as Direct Line stores and returns it: a JSON object with an id and a type. */
export type ChannelActivity = { type: string; id?: string } & Record<string, unknown>;

export interface ConversationLimits {
  /** Conversations kept at most; creating one more forgets the least recently used. */
  maxConversations: number;
  /** Activities kept per conversation; older ones are dropped (clients past them never see them). */
  maxActivitiesPerConversation: number;
  /** Bytes of stored activities kept per conversation (the newest activity is always kept). */
  maxBytesPerConversation: number;
  /** Bytes of stored activities kept in all conversations together. */
  maxBytesTotal: number;
  /** A conversation with no request for this long is forgotten, in milliseconds. */
  idleMs: number;
}

export interface LocalConversation {
  readonly id: string;
  readonly userId: string;
  /** The bot has been told that the user joined (conversationUpdate sent). */
  started: boolean;
  lastActive: number;
  /** Watermark of the newest activity (0: none yet). */
  watermark: number;
  activities: { watermark: number; activity: ChannelActivity; bytes: number }[];
  /** Bytes of the stored activities, as JSON. */
  bytes: number;
  turns: Promise<void>;
}

export class ConversationStore {
  private readonly conversations = new Map<string, LocalConversation>();
  private readonly now: () => number;
  private totalBytes = 0;

  constructor(
    readonly limits: ConversationLimits,
    now?: () => number,
  ) {
    this.now = now ?? Date.now;
  }

  get size(): number {
    this.forgetIdle();
    return this.conversations.size;
  }

  /** Bytes of all stored activities, as JSON. */
  get bytes(): number {
    return this.totalBytes;
  }

  create(userId: string): LocalConversation {
    this.forgetIdle();
    while (this.conversations.size >= this.limits.maxConversations) {
      const oldest = this.conversations.keys().next().value;
      if (oldest === undefined) break;
      this.forget(oldest);
    }
    const conversation: LocalConversation = {
      id: randomBytes(16).toString('base64url'),
      userId,
      started: false,
      lastActive: this.now(),
      watermark: 0,
      activities: [],
      bytes: 0,
      turns: Promise.resolve(),
    };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  /** The conversation, marked active; undefined when unknown or forgotten. */
  get(id: string): LocalConversation | undefined {
    this.forgetIdle();
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    conversation.lastActive = this.now();
    // Map order is least recently used first: move it to the end.
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Stores an activity with the next id, watermark and a timestamp; returns the stored copy. */
  append(conversation: LocalConversation, activity: ChannelActivity): ChannelActivity {
    const watermark = ++conversation.watermark;
    const stored: ChannelActivity = {
      ...activity,
      id: `${conversation.id}|${String(watermark).padStart(7, '0')}`,
      timestamp: new Date(this.now()).toISOString(),
      channelId: 'directline',
      conversation: { id: conversation.id },
    };
    const bytes = Buffer.byteLength(JSON.stringify(stored));
    conversation.activities.push({ watermark, activity: stored, bytes });
    conversation.bytes += bytes;
    this.totalBytes += bytes;
    const { maxActivitiesPerConversation, maxBytesPerConversation, maxBytesTotal } = this.limits;
    while (
      conversation.activities.length > 1 &&
      (conversation.activities.length > maxActivitiesPerConversation ||
        conversation.bytes > maxBytesPerConversation)
    ) {
      const dropped = conversation.activities.shift()!;
      conversation.bytes -= dropped.bytes;
      this.totalBytes -= dropped.bytes;
    }
    // Over the budget in all: the least recently used other conversations go first.
    for (const id of this.conversations.keys()) {
      if (this.totalBytes <= maxBytesTotal) break;
      if (id !== conversation.id) this.forget(id);
    }
    return stored;
  }

  /** The activities after a watermark (all for none or a malformed one) and the new watermark. */
  after(
    conversation: LocalConversation,
    watermark: string | undefined,
  ): { activities: ChannelActivity[]; watermark: string } {
    const from = /^\d{1,15}$/.test(watermark ?? '') ? Number(watermark) : 0;
    return {
      activities: conversation.activities.filter((a) => a.watermark > from).map((a) => a.activity),
      watermark: String(conversation.watermark),
    };
  }

  /** Runs a task after the conversation's earlier tasks; a failure does not block the next one. */
  enqueue<T>(conversation: LocalConversation, task: () => Promise<T>): Promise<T> {
    const result = conversation.turns.then(task);
    conversation.turns = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private forget(id: string): void {
    const conversation = this.conversations.get(id);
    if (!conversation) return;
    this.totalBytes -= conversation.bytes;
    this.conversations.delete(id);
  }

  private forgetIdle(): void {
    const cutoff = this.now() - this.limits.idleMs;
    for (const [id, conversation] of this.conversations) {
      if (conversation.lastActive > cutoff) break;
      this.forget(id);
    }
  }
}

// The local Direct Line's limits, in one place: they keep its memory bounded and are documented in
// the README ("Local Direct Line limits"). Tests pass smaller ones.

export interface LocalDirectLineLimits {
  /** Lifetime of a token, in seconds; the client refreshes it (POST /tokens/refresh) before then. */
  tokenTtlSeconds: number;
  /** Conversations kept at once; one more forgets the least recently used. */
  maxConversations: number;
  /** Activities (the user's, the bot's, typing) kept per conversation; older ones are dropped. */
  maxActivitiesPerConversation: number;
  /** Bytes of stored activities (as JSON) kept per conversation; older activities are dropped beyond. */
  maxBytesPerConversation: number;
  /** Bytes of stored activities kept in all; beyond, the least recently used conversations are forgotten. */
  maxBytesTotal: number;
  /** A conversation nobody has polled or written to for this long is forgotten, in minutes. */
  idleMinutes: number;
  /** How often the page polls for new activities, in milliseconds (no WebSocket locally). */
  pollingIntervalMs: number;
  /** Polls allowed per client: sustained per second … */
  pollsPerSecond: number;
  /** … and in a burst (a page polls twice a second). */
  pollBurst: number;
}

export const LOCAL_DIRECT_LINE_LIMITS: Readonly<LocalDirectLineLimits> = Object.freeze({
  tokenTtlSeconds: 1800,
  maxConversations: 100,
  maxActivitiesPerConversation: 200,
  maxBytesPerConversation: 1_048_576,
  maxBytesTotal: 33_554_432,
  idleMinutes: 30,
  pollingIntervalMs: 500,
  pollsPerSecond: 20,
  pollBurst: 100,
});

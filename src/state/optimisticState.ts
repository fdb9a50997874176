// Conversation and user state written with the eTag they were read with (optimistic concurrency).
// botbuilder's BotState writes with eTag '*', so of two turns that read the same state the last to
// write silently wins — two contradictory results from one eligibility check. Here a write whose
// state changed since it was read fails with an eTag conflict instead, and the turn error handler
// asks the user to send the message again. Within one instance turns of a conversation already run
// one at a time (TurnGate); this covers several instances sharing blob storage, and a user's state
// shared by two conversations.
//
// Whether a state changed during the turn is told by comparing its JSON as read with its JSON at
// the end of the turn. botbuilder hashes both with sha256 after its own circular-safe stringify —
// several times the cost, for state that is JSON by construction (it is stored as JSON).
import {
  type BotState,
  ConversationState,
  type Storage,
  type StoreItem,
  type TurnContext,
  UserState,
} from 'botbuilder';

interface CachedState {
  state: StoreItem;
  /** The state's JSON (without its eTag) as last read or written; '' after BotState.clear. */
  hash: string;
}

/** The state as JSON, without its eTag (which changes on every write without the state changing). */
function snapshot(state: StoreItem): string {
  if (state.eTag === undefined) return JSON.stringify(state);
  const rest: Partial<StoreItem> = { ...state };
  delete rest.eTag;
  return JSON.stringify(rest);
}

/**
 * The state a BotState cached for this turn. BotState keeps it in turn state under a private symbol
 * (botbuilder 4.23.3, its last release); BotState.get gives the object but not its hash.
 */
function stateKeyOf(botState: BotState): symbol {
  return (botState as unknown as { stateKey: symbol }).stateKey;
}

function cachedOf(botState: BotState, context: TurnContext): CachedState | undefined {
  return context.turnState.get(stateKeyOf(botState)) as CachedState | undefined;
}

/**
 * A BotState class (ConversationState, UserState): they differ only in the key their state is stored
 * under. TypeScript takes a class as a mixin's base only with a constructor of `any[]`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BotStateClass = new (...args: any[]) => BotState;

/**
 * `Base` with the two changes above: state read with its JSON snapshot, and written only when that
 * changed, keeping the eTag it was read with.
 */
function optimistic<Base extends BotStateClass>(Base: Base) {
  class Optimistic extends Base {
    /** BotState.load, with the state's snapshot in place of its hash. */
    override async load(context: TurnContext, force = false): Promise<StoreItem> {
      const cached = cachedOf(this, context);
      if (!force && cached?.state) return cached.state;
      const key = await this.storageKey(context);
      const state = ((await this.storage.read([key]))[key] as StoreItem | undefined) ?? {};
      context.turnState.set(stateKeyOf(this), { state, hash: snapshot(state) } satisfies CachedState);
      return state;
    }

    /** BotState.saveChanges, except that the state keeps the eTag it was read with. */
    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      const cached = cachedOf(this, context);
      if (!force && (!cached || cached.hash === snapshot(cached.state))) return;
      const key = await this.storageKey(context);
      const state = cached?.state ?? {};
      // Never stored yet: nothing to be in conflict with.
      state.eTag ??= '*';
      await this.storage.write({ [key]: state });
      // This turn's write is now the current one: a second save in the same turn must not conflict with it.
      state.eTag = '*';
      if (cached) cached.hash = snapshot(state);
    }
  }
  return Optimistic;
}

// The constructors say what the mixin's `any[]` hides: a storage and an optional namespace.
export class OptimisticConversationState extends optimistic(ConversationState) {
  constructor(storage: Storage, namespace?: string) {
    super(storage, namespace);
  }
}

export class OptimisticUserState extends optimistic(UserState) {
  constructor(storage: Storage, namespace?: string) {
    super(storage, namespace);
  }
}

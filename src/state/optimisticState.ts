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
import { type BotState, ConversationState, type StoreItem, type TurnContext, UserState } from 'botbuilder';

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

/** BotState.saveChanges, except that the state keeps the eTag it was read with. */
async function saveKeepingETag(
  botState: BotState,
  write: (key: string, state: StoreItem) => Promise<void>,
  storageKey: (context: TurnContext) => string | Promise<string>,
  context: TurnContext,
  force: boolean,
): Promise<void> {
  const cached = cachedOf(botState, context);
  if (!force && (!cached || cached.hash === snapshot(cached.state))) return;
  const key = await storageKey(context);
  const state = cached?.state ?? {};
  // Never stored yet: nothing to be in conflict with.
  state.eTag ??= '*';
  await write(key, state);
  // This turn's write is now the current one: a second save in the same turn must not conflict with it.
  state.eTag = '*';
  if (cached) cached.hash = snapshot(state);
}

/** BotState.load, with the state's snapshot in place of its hash. */
async function loadWithSnapshot(
  botState: BotState,
  read: (key: string) => Promise<StoreItem | undefined>,
  storageKey: (context: TurnContext) => string | Promise<string>,
  context: TurnContext,
  force: boolean,
): Promise<StoreItem> {
  const cached = cachedOf(botState, context);
  if (!force && cached?.state) return cached.state;
  const state = (await read(await storageKey(context))) ?? {};
  context.turnState.set(stateKeyOf(botState), { state, hash: snapshot(state) } satisfies CachedState);
  return state;
}

export class OptimisticConversationState extends ConversationState {
  override load(context: TurnContext, force = false): Promise<StoreItem> {
    return loadWithSnapshot(
      this,
      async (key) => (await this.storage.read([key]))[key] as StoreItem | undefined,
      (c) => this.storageKey(c),
      context,
      force,
    );
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return saveKeepingETag(
      this,
      (key, state) => this.storage.write({ [key]: state }),
      (c) => this.storageKey(c),
      context,
      force,
    );
  }
}

export class OptimisticUserState extends UserState {
  override load(context: TurnContext, force = false): Promise<StoreItem> {
    return loadWithSnapshot(
      this,
      async (key) => (await this.storage.read([key]))[key] as StoreItem | undefined,
      (c) => this.storageKey(c),
      context,
      force,
    );
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return saveKeepingETag(
      this,
      (key, state) => this.storage.write({ [key]: state }),
      (c) => this.storageKey(c),
      context,
      force,
    );
  }
}

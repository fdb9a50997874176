// Conversation and user state written with the eTag they were read with (optimistic concurrency).
// botbuilder's BotState writes with eTag '*', so of two turns that read the same state the last to
// write silently wins — two contradictory results from one eligibility check. Here a write whose
// state changed since it was read fails with an eTag conflict instead, and the turn error handler
// asks the user to send the message again. Within one instance turns of a conversation already run
// one at a time (TurnGate); this covers several instances sharing blob storage, and a user's state
// shared by two conversations.
import {
  type BotState,
  calculateChangeHash,
  ConversationState,
  type StoreItem,
  type TurnContext,
  UserState,
} from 'botbuilder';

interface CachedState {
  state: StoreItem;
  hash: string;
}

/**
 * The state a BotState cached for this turn. BotState keeps it in turn state under a private symbol
 * (botbuilder 4.23.3, its last release); BotState.get gives the object but not its hash.
 */
function cachedOf(botState: BotState, context: TurnContext): CachedState | undefined {
  const key = (botState as unknown as { stateKey: symbol }).stateKey;
  return context.turnState.get(key) as CachedState | undefined;
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
  if (!force && (!cached || cached.hash === calculateChangeHash(cached.state))) return;
  const key = await storageKey(context);
  const state = cached?.state ?? {};
  // Never stored yet: nothing to be in conflict with.
  state.eTag ??= '*';
  await write(key, state);
  // This turn's write is now the current one: a second save in the same turn must not conflict with it.
  state.eTag = '*';
  if (cached) cached.hash = calculateChangeHash(state);
}

export class OptimisticConversationState extends ConversationState {
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

// State is written at the end of a turn only when it changed: the state's JSON as read against its
// JSON at the end of the turn (the eTag left out), in place of botbuilder's sha256 of the same.
import { MemoryStorage, type StoreItems, TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { OptimisticConversationState, OptimisticUserState } from '../../src/state/optimisticState.js';

class CountingStorage extends MemoryStorage {
  writes: StoreItems[] = [];
  override write(changes: StoreItems): Promise<void> {
    this.writes.push(JSON.parse(JSON.stringify(changes)) as StoreItems);
    return super.write(changes);
  }
}

function turn(): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'test',
    conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'u1', name: '' },
    recipient: { id: 'bot', name: '' },
    text: 'hi',
  });
}

describe.each([
  ['conversation', OptimisticConversationState],
  ['user', OptimisticUserState],
])('%s state', (_name, State) => {
  it('is written when changed in place, and not when unchanged', async () => {
    const storage = new CountingStorage();
    const state = new State(storage);
    const data = state.createProperty<{ n?: number; list?: string[] }>('data');

    const first = turn();
    const value = await data.get(first, {});
    value.n = 1;
    value.list = ['a'];
    await state.saveChanges(first);
    expect(storage.writes).toHaveLength(1);
    // Saved again in the same turn without a change: no second write.
    await state.saveChanges(first);
    expect(storage.writes).toHaveLength(1);

    // A turn that only reads (the eTag it read is newer than the one written): no write.
    const second = turn();
    expect(await data.get(second, {})).toEqual({ n: 1, list: ['a'] });
    await state.saveChanges(second);
    expect(storage.writes).toHaveLength(1);

    // A change deep inside: written, with what the turn left.
    const third = turn();
    (await data.get(third, {})).list!.push('b');
    await state.saveChanges(third);
    expect(storage.writes).toHaveLength(2);
    const stored = Object.values(storage.writes[1]!)[0] as { data: unknown };
    expect(stored.data).toEqual({ n: 1, list: ['a', 'b'] });
  });

  it('is written after clear(), and with force even when unchanged', async () => {
    const storage = new CountingStorage();
    const state = new State(storage);
    const data = state.createProperty<{ n?: number }>('data');
    const first = turn();
    (await data.get(first, {})).n = 2;
    await state.saveChanges(first);

    const second = turn();
    await data.get(second, {});
    await state.clear(second);
    await state.saveChanges(second);
    expect(storage.writes).toHaveLength(2);
    expect(await data.get(turn())).toBeUndefined();

    const third = turn();
    await data.get(third, {});
    await state.saveChanges(third, true);
    expect(storage.writes).toHaveLength(3);
  });
});

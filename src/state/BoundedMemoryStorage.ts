// MemoryStorage with a ceiling: past `maxItems` state items (a conversation's state and a user's
// state are one item each), the least recently used are dropped, so memory stays bounded however
// many conversations come and go. Behaves as MemoryStorage otherwise (eTags included).
import { MemoryStorage, type StoreItems } from 'botbuilder';

export class BoundedMemoryStorage extends MemoryStorage {
  /** Keys in least-recently-used order (a Map keeps insertion order). */
  private readonly recency = new Map<string, true>();

  constructor(readonly maxItems: number) {
    super();
    if (!Number.isInteger(maxItems) || maxItems < 1)
      throw new Error(`maxItems must be a positive integer, got ${maxItems}`);
  }

  get size(): number {
    return this.recency.size;
  }

  /** MemoryStorage.delete leaves the key behind (set to undefined); this removes it. */
  private remove(keys: readonly string[]): void {
    for (const key of keys) {
      delete this.memory[key];
      this.recency.delete(key);
    }
  }

  private touch(keys: readonly string[]): void {
    for (const key of keys) {
      if (this.memory[key] === undefined) continue;
      this.recency.delete(key);
      this.recency.set(key, true);
    }
  }

  override async read(keys: string[]): Promise<StoreItems> {
    const items = await super.read(keys);
    this.touch(keys);
    return items;
  }

  override async write(changes: StoreItems): Promise<void> {
    await super.write(changes);
    this.touch(Object.keys(changes));
    // The least recently used come first in the Map: take them from its key iterator, one by one.
    // (Copying every key to drop one made each write past the cap cost as much as the whole store.)
    let excess = this.recency.size - this.maxItems;
    if (excess > 0) {
      const oldest = this.recency.keys();
      const dropped: string[] = [];
      while (excess-- > 0) {
        const next = oldest.next();
        if (next.done) break;
        dropped.push(next.value);
      }
      this.remove(dropped);
    }
  }

  override delete(keys: string[]): Promise<void> {
    this.remove(keys);
    return Promise.resolve();
  }
}

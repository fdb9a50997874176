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
    return Object.keys(this.memory).length;
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
    const excess = this.recency.size - this.maxItems;
    if (excess > 0) {
      this.remove([...this.recency.keys()].slice(0, excess));
    }
  }

  override delete(keys: string[]): Promise<void> {
    this.remove(keys);
    return Promise.resolve();
  }
}

// A bounded, time-limited set: remembers keys (callbacks already taken) for `ttlMs`, at most
// `maxEntries` of them (the oldest forgotten first), so WeCom's retries are answered once and
// memory does not grow with traffic.

export class RecentKeys {
  /** Key → when it was first seen; a Map iterates in insertion order, so the oldest come first. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records the key; true when it is new, false when it was seen within the last `ttlMs`. */
  add(key: string): boolean {
    const now = this.now();
    this.expire(now);
    const at = this.seen.get(key);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.seen.delete(key);
    this.seen.set(key, now);
    if (this.seen.size > this.maxEntries) this.seen.delete(this.seen.keys().next().value!);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private expire(now: number): void {
    for (const [key, at] of this.seen) {
      if (now - at < this.ttlMs) break;
      this.seen.delete(key);
    }
  }
}

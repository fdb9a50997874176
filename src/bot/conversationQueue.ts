// One turn at a time per conversation in this instance: turns of the same conversation run one after
// another, in the order they arrived, so two messages sent together cannot both read the state the
// other is about to change. Different conversations run side by side; a conversation with nothing
// queued holds no memory.

export class ConversationQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Conversations with a turn running or waiting. */
  get size(): number {
    return this.tails.size;
  }

  /** Runs `task` after the earlier tasks of `key`; a failing task does not hold up the next. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key);
    const result = previous ? previous.then(task) : task();
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

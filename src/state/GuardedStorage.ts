// Wraps a Storage so that its failures are recognisable and bounded in time: a read, write or delete
// that fails or does not answer within the deadline (blob storage unreachable or stalled, say)
// becomes a StorageUnavailableError, which the turn error handler answers with a polite “please try
// again” instead of a generic error. A late answer is dropped: the turn has already failed cleanly.
// ETag conflicts pass through unchanged.
import type { Storage, StoreItems } from 'botbuilder';
import { withDeadline } from '../http/deadline.js';

export class StorageUnavailableError extends Error {
  constructor(operation: string, cause: unknown) {
    super(
      `State storage ${operation} failed: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`,
      { cause },
    );
    this.name = 'StorageUnavailableError';
  }
}

/** Whether a write lost to another writer (the eTag it carried is no longer current). */
export function isETagConflict(err: unknown): boolean {
  const e = err as { statusCode?: number; code?: string } | undefined;
  return (
    e?.statusCode === 412 || e?.code === 'ConditionNotMet' || /etag/i.test(String((err as Error)?.message))
  );
}

export class GuardedStorage implements Storage {
  constructor(
    private readonly inner: Storage,
    /** Deadline of one operation, in milliseconds. */
    private readonly timeoutMs = 3_000,
  ) {}

  private guard<T>(operation: string, work: () => Promise<T>, conflictsPass = false): Promise<T> {
    return withDeadline(() => work(), this.timeoutMs, `state storage ${operation}`).catch((err: unknown) => {
      if (conflictsPass && isETagConflict(err)) throw err;
      throw new StorageUnavailableError(operation, err);
    });
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.guard('read', () => this.inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.guard('write', () => this.inner.write(changes), true);
  }

  delete(keys: string[]): Promise<void> {
    return this.guard('delete', () => this.inner.delete(keys));
  }
}

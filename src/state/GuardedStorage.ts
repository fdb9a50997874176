// Wraps a Storage so that its failures are recognisable: a read or write that fails (blob storage
// unreachable, say) becomes a StorageUnavailableError, which the turn error handler answers with a
// polite “please try again” instead of a generic error. ETag conflicts pass through unchanged.
import type { Storage, StoreItems } from 'botbuilder';

export class StorageUnavailableError extends Error {
  constructor(operation: string, cause: unknown) {
    super(
      `State storage ${operation} failed: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`,
      { cause },
    );
    this.name = 'StorageUnavailableError';
  }
}

function isEtagConflict(err: unknown): boolean {
  const e = err as { statusCode?: number; code?: string } | undefined;
  return (
    e?.statusCode === 412 || e?.code === 'ConditionNotMet' || /etag/i.test(String((err as Error)?.message))
  );
}

export class GuardedStorage implements Storage {
  constructor(private readonly inner: Storage) {}

  async read(keys: string[]): Promise<StoreItems> {
    try {
      return await this.inner.read(keys);
    } catch (err) {
      throw new StorageUnavailableError('read', err);
    }
  }

  async write(changes: StoreItems): Promise<void> {
    try {
      await this.inner.write(changes);
    } catch (err) {
      if (isEtagConflict(err)) throw err;
      throw new StorageUnavailableError('write', err);
    }
  }

  async delete(keys: string[]): Promise<void> {
    try {
      await this.inner.delete(keys);
    } catch (err) {
      throw new StorageUnavailableError('delete', err);
    }
  }
}

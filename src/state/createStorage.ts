// Chooses where conversation and user state live: Azure Blob Storage when a connection string is
// configured (several instances behind Azure Bot Service share it), bounded memory otherwise.
// The Azure SDK is loaded only when blob storage is configured (it costs ~200 ms at start-up).
import type { Storage, StoreItems } from 'botbuilder';
import type { Config } from '../config.js';
import { BoundedMemoryStorage } from './BoundedMemoryStorage.js';
import { GuardedStorage, isETagConflict } from './GuardedStorage.js';

/** A user waits on every state read: fail within seconds rather than retrying for minutes. */
const RETRY_OPTIONS = { maxTries: 2, tryTimeoutInMs: 5000, retryDelayInMs: 200, maxRetryDelayInMs: 1000 };

/**
 * BlobsStorage, made on first use and made again after a failure. BlobsStorage creates its
 * container once per instance and keeps that promise even when it failed: storage down at the first
 * turn broke every later turn until a restart. A failed operation therefore drops the instance (and
 * its remembered container creation), and the next operation starts afresh.
 */
class RebuildingBlobsStorage implements Storage {
  private storage: Promise<Storage> | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly container: string,
  ) {}

  private inner(): Promise<Storage> {
    const made = (this.storage ??= import('botbuilder-azure-blobs').then(
      ({ BlobsStorage }) =>
        new BlobsStorage(this.connectionString, this.container, {
          storagePipelineOptions: { retryOptions: RETRY_OPTIONS },
        }),
    ));
    return made;
  }

  private async attempt<T>(operation: (storage: Storage) => Promise<T>): Promise<T> {
    const made = this.inner();
    try {
      return await operation(await made);
    } catch (err) {
      // A conflict is an answer from a working store; anything else may be a poisoned instance.
      if (!isETagConflict(err) && this.storage === made) this.storage = undefined;
      throw err;
    }
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.attempt((s) => s.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.attempt((s) => s.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.attempt((s) => s.delete(keys));
  }
}

export function createStorage(
  config: Pick<
    Config,
    'BLOB_CONNECTION_STRING' | 'BLOB_CONTAINER' | 'MEMORY_MAX_CONVERSATIONS' | 'STORAGE_TIMEOUT_MS'
  >,
): Storage {
  if (config.BLOB_CONNECTION_STRING) {
    return new GuardedStorage(
      new RebuildingBlobsStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER),
      config.STORAGE_TIMEOUT_MS,
    );
  }
  // A conversation's state and its user's state are one item each.
  return new BoundedMemoryStorage(config.MEMORY_MAX_CONVERSATIONS * 2);
}

// Chooses where conversation and user state live: Azure Blob Storage when a connection string is
// configured (several instances behind Azure Bot Service share it), bounded memory otherwise.
// The Azure SDK is loaded only when blob storage is configured (it costs ~200 ms at start-up).
import type { Storage, StoreItems } from 'botbuilder';
import type { Config } from '../config.js';
import { BoundedMemoryStorage } from './BoundedMemoryStorage.js';
import { GuardedStorage } from './GuardedStorage.js';

/** A user waits on every state read: fail within seconds rather than retrying for minutes. */
const RETRY_OPTIONS = { maxTries: 2, tryTimeoutInMs: 5000, retryDelayInMs: 200, maxRetryDelayInMs: 1000 };

class LazyBlobsStorage implements Storage {
  private storage: Promise<Storage> | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly container: string,
  ) {}

  private get inner(): Promise<Storage> {
    this.storage ??= import('botbuilder-azure-blobs').then(
      ({ BlobsStorage }) =>
        new BlobsStorage(this.connectionString, this.container, {
          storagePipelineOptions: { retryOptions: RETRY_OPTIONS },
        }),
    );
    return this.storage;
  }

  async read(keys: string[]): Promise<StoreItems> {
    return (await this.inner).read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    return (await this.inner).write(changes);
  }

  async delete(keys: string[]): Promise<void> {
    return (await this.inner).delete(keys);
  }
}

export function createStorage(
  config: Pick<Config, 'BLOB_CONNECTION_STRING' | 'BLOB_CONTAINER' | 'MEMORY_MAX_CONVERSATIONS'>,
): Storage {
  if (config.BLOB_CONNECTION_STRING) {
    return new GuardedStorage(new LazyBlobsStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER));
  }
  // A conversation's state and its user's state are one item each.
  return new BoundedMemoryStorage(config.MEMORY_MAX_CONVERSATIONS * 2);
}

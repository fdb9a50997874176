// Chooses where conversation and user state live: Azure Blob Storage when a connection string is
// configured (several instances behind Azure Bot Service share it), bounded memory otherwise.
import type { Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Config } from '../config.js';
import { BoundedMemoryStorage } from './BoundedMemoryStorage.js';
import { GuardedStorage } from './GuardedStorage.js';

export function createStorage(
  config: Pick<Config, 'BLOB_CONNECTION_STRING' | 'BLOB_CONTAINER' | 'MEMORY_MAX_CONVERSATIONS'>,
): Storage {
  if (config.BLOB_CONNECTION_STRING) {
    // A user waits on every state read: fail within seconds rather than retrying for minutes.
    const storagePipelineOptions = {
      retryOptions: { maxTries: 2, tryTimeoutInMs: 5000, retryDelayInMs: 200, maxRetryDelayInMs: 1000 },
    };
    return new GuardedStorage(
      new BlobsStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER, { storagePipelineOptions }),
    );
  }
  // A conversation's state and its user's state are one item each.
  return new BoundedMemoryStorage(config.MEMORY_MAX_CONVERSATIONS * 2);
}

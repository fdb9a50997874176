// Chooses where service requests are kept: the blob container when BLOB_CONNECTION_STRING is set
// (shared by every instance), otherwise files under DATA_DIR/service-requests.
import { join } from 'node:path';
import type { Config } from '../config.js';
import { BlobRequestStore } from './blobRequestStore.js';
import { FileRequestStore } from './fileRequestStore.js';
import type { RequestStore } from './requestStore.js';

export function createRequestStore(
  config: Pick<Config, 'BLOB_CONNECTION_STRING' | 'BLOB_CONTAINER' | 'DATA_DIR'>,
): RequestStore {
  return config.BLOB_CONNECTION_STRING
    ? new BlobRequestStore(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER)
    : new FileRequestStore(join(config.DATA_DIR, 'service-requests'));
}

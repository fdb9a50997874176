// A container of Azure Blob Storage opened on first use: the Azure SDK is loaded then (a bot without
// blob storage never loads it), the container is created if missing, and a failed open is not
// remembered, so the next call tries again. Shared by the stores that keep their own blobs in the
// state container (service requests, share links, maintainers' records).
import type { ContainerClient, StoragePipelineOptions } from '@azure/storage-blob';

/** For requests a user waits on: fail within seconds rather than retrying for minutes. */
export const USER_WAITS_RETRY: StoragePipelineOptions['retryOptions'] = {
  maxTries: 2,
  tryTimeoutInMs: 5000,
  retryDelayInMs: 200,
  maxRetryDelayInMs: 1000,
};

/** A function that gives the opened container, opening it on its first call. */
export function lazyBlobContainer(
  connectionString: string,
  containerName: string,
  retryOptions?: StoragePipelineOptions['retryOptions'],
): () => Promise<ContainerClient> {
  let ready: Promise<ContainerClient> | undefined;
  return () => {
    const opening = (ready ??= import('@azure/storage-blob').then(async ({ BlobServiceClient }) => {
      const container = BlobServiceClient.fromConnectionString(
        connectionString,
        retryOptions ? { retryOptions } : undefined,
      ).getContainerClient(containerName);
      await container.createIfNotExists();
      return container;
    }));
    opening.catch(() => {
      if (ready === opening) ready = undefined;
    });
    return opening;
  };
}

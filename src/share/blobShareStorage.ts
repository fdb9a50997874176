// Share links in Azure Blob Storage (the state container), for several instances and restarts: one
// block blob per name. The Azure SDK is loaded on first use; requests give up after seconds, since a
// user waits on the check-up that makes a link.
import type { ContainerClient } from '@azure/storage-blob';
import type { ShareStorage } from './shareStorage.js';

const RETRY_OPTIONS = { maxTries: 2, tryTimeoutInMs: 5000, retryDelayInMs: 200, maxRetryDelayInMs: 1000 };

export class BlobShareStorage implements ShareStorage {
  private ready: Promise<ContainerClient> | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly containerName: string,
  ) {}

  private container(): Promise<ContainerClient> {
    this.ready ??= (async () => {
      const { BlobServiceClient } = await import('@azure/storage-blob');
      const container = BlobServiceClient.fromConnectionString(this.connectionString, {
        retryOptions: RETRY_OPTIONS,
      }).getContainerClient(this.containerName);
      await container.createIfNotExists();
      return container;
    })().catch((err: unknown) => {
      this.ready = undefined; // try again on the next call
      throw err;
    });
    return this.ready;
  }

  async write(name: string, text: string): Promise<void> {
    const body = Buffer.from(text, 'utf8');
    await (
      await this.container()
    )
      .getBlockBlobClient(name)
      .upload(body, body.length, { blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' } });
  }

  async read(name: string): Promise<string | undefined> {
    try {
      const buffer = await (await this.container()).getBlobClient(name).downloadToBuffer();
      return buffer.toString('utf8');
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return undefined;
      throw err;
    }
  }

  async remove(name: string): Promise<void> {
    await (await this.container()).getBlobClient(name).deleteIfExists();
  }

  async list(prefix: string): Promise<string[]> {
    const names: string[] = [];
    for await (const item of (await this.container()).listBlobsFlat({ prefix })) names.push(item.name);
    return names;
  }
}

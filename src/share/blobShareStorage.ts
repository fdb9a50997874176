// Share links in Azure Blob Storage (the state container), for several instances and restarts: one
// block blob per name. The Azure SDK is loaded on first use; requests give up after seconds, since a
// user waits on the check-up that makes a link.
import type { ContainerClient } from '@azure/storage-blob';
import { lazyBlobContainer, USER_WAITS_RETRY } from '../state/blobContainer.js';
import type { ShareStorage } from './shareStorage.js';

export class BlobShareStorage implements ShareStorage {
  private readonly container: () => Promise<ContainerClient>;

  constructor(connectionString: string, containerName: string) {
    this.container = lazyBlobContainer(connectionString, containerName, USER_WAITS_RETRY);
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

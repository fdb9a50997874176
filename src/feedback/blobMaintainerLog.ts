// Maintainers' records in Azure Blob Storage, for several instances: one append blob per day
// (maintainer-log/YYYY-MM-DD.jsonl) in the state container; `yiqi report` reads them all.
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import type { MaintainerLog, MaintainerRecord } from './maintainerLog.js';

const PREFIX = 'maintainer-log/';

export class BlobMaintainerLog implements MaintainerLog {
  private readonly container: ContainerClient;
  private ready: Promise<unknown> | undefined;
  private readonly created = new Set<string>();

  constructor(connectionString: string, containerName: string) {
    this.container =
      BlobServiceClient.fromConnectionString(connectionString).getContainerClient(containerName);
  }

  async record(entry: MaintainerRecord): Promise<void> {
    this.ready ??= this.container.createIfNotExists();
    await this.ready;
    const at = new Date().toISOString();
    const blob = this.container.getAppendBlobClient(`${PREFIX}${at.slice(0, 10)}.jsonl`);
    if (!this.created.has(blob.name)) {
      await blob.createIfNotExists();
      this.created.add(blob.name);
    }
    const line = Buffer.from(JSON.stringify({ at, ...entry }) + '\n', 'utf8');
    await blob.appendBlock(line, line.length);
  }
}

export async function readBlobMaintainerLog(
  connectionString: string,
  containerName: string,
): Promise<string> {
  const container =
    BlobServiceClient.fromConnectionString(connectionString).getContainerClient(containerName);
  if (!(await container.exists())) return '';
  const parts: string[] = [];
  for await (const item of container.listBlobsFlat({ prefix: PREFIX })) {
    const buffer = await container.getBlobClient(item.name).downloadToBuffer();
    parts.push(buffer.toString('utf8'));
  }
  return parts.join('');
}

// Maintainers' records in Azure Blob Storage, for several instances: one append blob per day
// (maintainer-log/YYYY-MM-DD.jsonl) in the state container; `yiqi report` reads them all. The Azure
// SDK is loaded on first use, so a bot without blob storage never loads it.
import type { ContainerClient } from '@azure/storage-blob';
import type { MaintainerLog, MaintainerRecord } from './maintainerLog.js';

const PREFIX = 'maintainer-log/';

async function containerClient(connectionString: string, containerName: string): Promise<ContainerClient> {
  const { BlobServiceClient } = await import('@azure/storage-blob');
  return BlobServiceClient.fromConnectionString(connectionString).getContainerClient(containerName);
}

export class BlobMaintainerLog implements MaintainerLog {
  private ready: Promise<ContainerClient> | undefined;
  private readonly created = new Set<string>();

  constructor(
    private readonly connectionString: string,
    private readonly containerName: string,
  ) {}

  async record(entry: MaintainerRecord): Promise<void> {
    this.ready ??= containerClient(this.connectionString, this.containerName).then(async (container) => {
      await container.createIfNotExists();
      return container;
    });
    const container = await this.ready;
    const at = new Date().toISOString();
    const blob = container.getAppendBlobClient(`${PREFIX}${at.slice(0, 10)}.jsonl`);
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
  const container = await containerClient(connectionString, containerName);
  if (!(await container.exists())) return '';
  const parts: string[] = [];
  for await (const item of container.listBlobsFlat({ prefix: PREFIX })) {
    const buffer = await container.getBlobClient(item.name).downloadToBuffer();
    parts.push(buffer.toString('utf8'));
  }
  return parts.join('');
}

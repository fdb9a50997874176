// Maintainers' records in Azure Blob Storage, for several instances: one append blob per day
// (maintainer-log/YYYY-MM-DD.jsonl) in the state container; days older than RETENTION_DAYS are
// deleted; `yiqi report` reads them all. The Azure SDK is loaded on first use, so a bot without blob
// storage never loads it. A failed start (container creation) is not remembered: the next record
// tries again.
import type { ContainerClient } from '@azure/storage-blob';
import { lazyBlobContainer } from '../state/blobContainer.js';
import {
  type DailyLogOptions,
  type ExpiringLog,
  firstKeptDay,
  type MaintainerRecord,
} from './maintainerLog.js';

const PREFIX = 'maintainer-log/';

export class BlobMaintainerLog implements ExpiringLog {
  private readonly container: () => Promise<ContainerClient>;
  private readonly created = new Set<string>();
  private lastDay: string | undefined;
  private readonly now: () => number;

  constructor(
    connectionString: string,
    containerName: string,
    private readonly options: DailyLogOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.container = lazyBlobContainer(connectionString, containerName);
  }

  async record(entry: MaintainerRecord): Promise<void> {
    const container = await this.container();
    const at = new Date(this.now()).toISOString();
    const day = at.slice(0, 10);
    if (this.lastDay !== undefined && this.lastDay !== day) void this.pruneExpired().catch(() => undefined);
    this.lastDay = day;
    const blob = container.getAppendBlobClient(`${PREFIX}${day}.jsonl`);
    if (!this.created.has(blob.name)) {
      await blob.createIfNotExists();
      this.created.add(blob.name);
    }
    const line = Buffer.from(JSON.stringify({ at, ...entry }) + '\n', 'utf8');
    await blob.appendBlock(line, line.length);
  }

  async pruneExpired(): Promise<number> {
    const container = await this.container();
    const keepFrom = firstKeptDay(this.now(), this.options.retentionDays);
    let deleted = 0;
    for await (const item of container.listBlobsFlat({ prefix: PREFIX })) {
      const day = /^maintainer-log\/(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(item.name)?.[1];
      if (day === undefined || day >= keepFrom) continue;
      await container.deleteBlob(item.name, { deleteSnapshots: 'include' }).catch(() => undefined);
      this.created.delete(item.name);
      deleted++;
    }
    return deleted;
  }
}

export async function readBlobMaintainerLog(
  connectionString: string,
  containerName: string,
): Promise<string> {
  // Reading creates nothing: no container, no records.
  const { BlobServiceClient } = await import('@azure/storage-blob');
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

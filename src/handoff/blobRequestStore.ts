// Service requests in Azure Blob Storage, for several instances: one blob per request
// (service-requests/00000012.json) in the state container, replaced only if its eTag is unchanged,
// and a counter blob (service-requests/sequence.json) advanced with If-Match and retried, so two
// instances never hand out the same number. The Azure SDK is loaded on first use.
import type { ContainerClient } from '@azure/storage-blob';
import { lazyBlobContainer, USER_WAITS_RETRY } from '../state/blobContainer.js';
import type { ServiceRequest } from './serviceRequest.js';
import { REQUEST_NAME, requestName, type RequestStore, type StoredRequest } from './requestStore.js';

const PREFIX = 'service-requests/';
const SEQUENCE = `${PREFIX}sequence.json`;
const MAX_TRIES = 50;

/** 409 (exists) and 412 (eTag moved on): another writer came first. */
function isConflict(err: unknown): boolean {
  const status = (err as { statusCode?: number }).statusCode;
  return status === 409 || status === 412;
}

function isNotFound(err: unknown): boolean {
  return (err as { statusCode?: number }).statusCode === 404;
}

async function streamText(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Random back-off, growing with each conflict up to 200 ms, so competing writers spread out. */
function pause(attempt: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.random() * Math.min(200, 10 * 2 ** attempt)));
}

export class BlobRequestStore implements RequestStore {
  private readonly container: () => Promise<ContainerClient>;

  constructor(connectionString: string, containerName: string) {
    // A user waits on these.
    this.container = lazyBlobContainer(connectionString, containerName, USER_WAITS_RETRY);
  }

  private async download(name: string): Promise<{ text: string; etag: string } | undefined> {
    const blob = (await this.container()).getBlobClient(name);
    try {
      const response = await blob.download();
      return { text: await streamText(response.readableStreamBody), etag: response.etag ?? '' };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  private async upload(name: string, text: string, conditions: { ifMatch?: string; ifNoneMatch?: string }) {
    const blob = (await this.container()).getBlockBlobClient(name);
    const body = Buffer.from(text, 'utf8');
    await blob.upload(body, body.length, {
      conditions,
      blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
    });
  }

  async allocateNumber(): Promise<number> {
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      const current = await this.download(SEQUENCE);
      const next = current ? (JSON.parse(current.text) as { next: number }).next : 1;
      try {
        await this.upload(
          SEQUENCE,
          JSON.stringify({ next: next + 1 }),
          current ? { ifMatch: current.etag } : { ifNoneMatch: '*' },
        );
        return next;
      } catch (err) {
        if (!isConflict(err)) throw err;
        await pause(attempt);
      }
    }
    throw new Error(`service requests: could not allocate a number after ${MAX_TRIES} tries`);
  }

  async create(request: ServiceRequest): Promise<void> {
    await this.upload(PREFIX + requestName(request.number), JSON.stringify(request), { ifNoneMatch: '*' });
  }

  async read(number: number): Promise<StoredRequest | undefined> {
    const found = await this.download(PREFIX + requestName(number));
    return found && { request: JSON.parse(found.text) as ServiceRequest, version: found.etag };
  }

  async replace(request: ServiceRequest, version: string): Promise<boolean> {
    try {
      await this.upload(PREFIX + requestName(request.number), JSON.stringify(request), { ifMatch: version });
      return true;
    } catch (err) {
      if (isConflict(err) || isNotFound(err)) return false;
      throw err;
    }
  }

  async list(): Promise<StoredRequest[]> {
    const container = await this.container();
    const numbers: number[] = [];
    for await (const item of container.listBlobsFlat({ prefix: PREFIX })) {
      const m = REQUEST_NAME.exec(item.name.slice(PREFIX.length));
      if (m) numbers.push(Number(m[1]));
    }
    const out: StoredRequest[] = [];
    // A few downloads at a time.
    for (let i = 0; i < numbers.length; i += 8) {
      const batch = await Promise.all(numbers.slice(i, i + 8).map((n) => this.read(n)));
      for (const s of batch) if (s) out.push(s);
    }
    return out.sort((a, b) => a.request.number - b.request.number);
  }

  async delete(number: number): Promise<void> {
    await (await this.container()).getBlobClient(PREFIX + requestName(number)).deleteIfExists();
  }
}

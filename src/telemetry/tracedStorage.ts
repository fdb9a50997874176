// A Storage decorator: every read, write and delete of conversation and user state is a span and is
// timed, with the number of keys and the kind of storage; never the keys or the state themselves.
import { type Attributes, SpanKind } from '@opentelemetry/api';
import type { Storage, StoreItems } from 'botbuilder';
import { errorType, inSpan } from './inSpan.js';
import { ATTR, instruments, SPAN } from './instruments.js';

export class TracedStorage implements Storage {
  constructor(
    private readonly inner: Storage,
    /** What the storage is ('memory', 'blob'), as an attribute. */
    private readonly kind: string,
  ) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.traced(SPAN.storageRead, 'read', keys.length, () => this.inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.traced(SPAN.storageWrite, 'write', Object.keys(changes).length, () =>
      this.inner.write(changes),
    );
  }

  delete(keys: string[]): Promise<void> {
    return this.traced(SPAN.storageDelete, 'delete', keys.length, () => this.inner.delete(keys));
  }

  private traced<T>(name: string, operation: string, keys: number, work: () => Promise<T>): Promise<T> {
    const attributes: Attributes = { [ATTR.storageOperation]: operation, [ATTR.storageKind]: this.kind };
    return inSpan(
      name,
      { kind: SpanKind.CLIENT, attributes: { ...attributes, [ATTR.storageKeys]: keys } },
      work,
      (ms, err) =>
        instruments().storageDuration.record(
          ms,
          err ? { ...attributes, [ATTR.errorType]: errorType(err) } : attributes,
        ),
    );
  }
}

export function traceStorage(storage: Storage, kind: string): Storage {
  return new TracedStorage(storage, kind);
}

// Where service requests are kept, durably and shared by every instance: one JSON document per
// request, written whole, with a version for optimistic concurrency (a write based on an old
// version is refused, and the caller reads again), and a number sequence that never hands out the
// same number twice. Implemented on files (DATA_DIR) and on Azure Blob Storage.
import type { ServiceRequest } from './serviceRequest.js';

export interface StoredRequest {
  request: ServiceRequest;
  /** Opaque: an eTag, or a hash of the file. */
  version: string;
}

export interface RequestStore {
  /** The next request number, unique across every instance sharing the store. */
  allocateNumber(): Promise<number>;
  /** Stores a new request; throws if one with its number exists. */
  create(request: ServiceRequest): Promise<void>;
  read(number: number): Promise<StoredRequest | undefined>;
  /** Replaces the request if it is still at `version`; false when another writer came first. */
  replace(request: ServiceRequest, version: string): Promise<boolean>;
  list(): Promise<StoredRequest[]>;
  delete(number: number): Promise<void>;
}

/** The name of a request's document: zero-padded, so names sort by number. */
export function requestName(number: number): string {
  return `${String(number).padStart(8, '0')}.json`;
}

export const REQUEST_NAME = /^(\d{8})\.json$/;

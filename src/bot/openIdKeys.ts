// The Bot Framework signing keys, fetched with care. botframework-connector's own OpenIdMetadata
// fetches them with no time limit, once per waiting request, and again on every request after a
// failure: a stalled endpoint held each request for minutes. Here each metadata URL has one cache
// that fetches the metadata and keys within a deadline, one fetch at a time (requests meanwhile wait
// for that one), keeps the keys it has when a refresh fails, and after a failure does not try again
// for a while, so a stalled endpoint is not hammered. Keys are fetched at start and every day.
//
// The connector looks keys up through JwtTokenExtractor's process-wide cache, keyed by metadata URL;
// installOpenIdKeys puts these caches there. That cache is internal to botframework-connector
// 4.23.3 (its last release, pinned): test/bot/authentication.test.ts fails if it stops being used.
import { createPublicKey } from 'node:crypto';
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor.js';
import { OpenIdMetadata, type IOpenIdMetadataKey } from 'botframework-connector/lib/auth/openIdMetadata.js';
import { withDeadline } from '../http/deadline.js';
import type { Logger } from '../log/logger.js';

/** Keys older than this are fetched again (the connector's own interval). */
const REFRESH_AFTER_MS = 24 * 60 * 60 * 1000;
/** A token naming a key we do not have triggers a fetch at most this often. */
const UNKNOWN_KEY_REFRESH_MS = 5 * 60 * 1000;
/** After a failed fetch, none is tried for this long. */
const FAILURE_BACKOFF_MS = 30 * 1000;

export interface OpenIdKeysOptions {
  /** Deadline of one fetch of metadata and keys together, in milliseconds. */
  timeoutMs: number;
  logger: Logger;
  now?: () => number;
}

interface Jwk {
  kid?: unknown;
  kty?: unknown;
  n?: unknown;
  e?: unknown;
  endorsements?: unknown;
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
}

/** The RSA keys of a JWKS document, by key id, as PEM (what jsonwebtoken verifies with). */
function keysOf(jwks: unknown): Map<string, IOpenIdMetadataKey> {
  const list = (jwks as { keys?: unknown } | undefined)?.keys;
  if (!Array.isArray(list)) throw new Error('the signing keys document has no keys');
  const keys = new Map<string, IOpenIdMetadataKey>();
  for (const jwk of list as Jwk[]) {
    if (typeof jwk.kid !== 'string' || jwk.kty !== 'RSA') continue;
    if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string') continue;
    const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' })
      .export({ type: 'spki', format: 'pem' })
      .toString();
    const endorsements = Array.isArray(jwk.endorsements)
      ? jwk.endorsements.filter((x): x is string => typeof x === 'string')
      : undefined;
    keys.set(jwk.kid, endorsements ? { key, endorsements } : { key });
  }
  return keys;
}

export class GuardedOpenIdMetadata extends OpenIdMetadata {
  private signingKeys = new Map<string, IOpenIdMetadataKey>();
  private fetchedAt = -Infinity;
  private triedAt = -Infinity;
  private failedAt = -Infinity;
  private fetching: Promise<void> | undefined;
  private readonly now: () => number;

  constructor(
    readonly metadataUrl: string,
    private readonly options: OpenIdKeysOptions,
  ) {
    super(metadataUrl);
    this.now = options.now ?? Date.now;
  }

  /** Fetches in the background now (at start), logging a failure. */
  prefetch(): void {
    this.refresh().catch(() => undefined);
  }

  override async getKey(keyId: string): Promise<IOpenIdMetadataKey | null> {
    const now = this.now();
    const stale = now - this.fetchedAt > REFRESH_AFTER_MS;
    const unknown = !this.signingKeys.has(keyId) && now - this.triedAt > UNKNOWN_KEY_REFRESH_MS;
    const resting = now - this.failedAt < FAILURE_BACKOFF_MS;
    if ((stale || unknown) && !resting) {
      // A failed refresh keeps the keys we have: a token signed with one of them still passes.
      await this.refresh().catch(() => undefined);
    }
    return this.signingKeys.get(keyId) ?? null;
  }

  /** One fetch at a time: callers meanwhile share it. */
  refresh(): Promise<void> {
    this.fetching ??= this.load().finally(() => {
      this.fetching = undefined;
    });
    return this.fetching;
  }

  private async load(): Promise<void> {
    this.triedAt = this.now();
    try {
      this.signingKeys = await withDeadline(
        async (signal) => {
          const metadata = (await fetchJson(this.metadataUrl, signal)) as { jwks_uri?: unknown } | undefined;
          if (typeof metadata?.jwks_uri !== 'string') throw new Error('the OpenID metadata has no jwks_uri');
          return keysOf(await fetchJson(metadata.jwks_uri, signal));
        },
        this.options.timeoutMs,
        'the Bot Framework signing keys endpoint',
      );
      this.fetchedAt = this.now();
    } catch (err) {
      this.failedAt = this.now();
      this.options.logger.warn('could not fetch the Bot Framework signing keys', {
        url: this.metadataUrl,
        err: err instanceof Error ? err.message : String(err),
        retryInSeconds: FAILURE_BACKOFF_MS / 1000,
      });
      throw err;
    }
  }
}

/** Puts a guarded key cache in the connector's place for each metadata URL; returns them. */
export function installOpenIdKeys(
  urls: readonly string[],
  options: OpenIdKeysOptions,
): GuardedOpenIdMetadata[] {
  const cache = (JwtTokenExtractor as unknown as { openIdMetadataCache: Map<string, OpenIdMetadata> })
    .openIdMetadataCache;
  return [...new Set(urls)].map((url) => {
    const metadata = new GuardedOpenIdMetadata(url, options);
    cache.set(url, metadata);
    return metadata;
  });
}

// Makes, finds, revokes and forgets share links. A link lives SHARE_TTL_DAYS (never longer than
// RETENTION_DAYS); an expired one is removed when it is next asked for, and purgeExpired sweeps the
// rest. Layout in the storage: share-links/links/<token>.json (the snapshot) and
// share-links/owners/<owner>/<token> (an empty marker: the owner's index).
import type { ServicePackageDocument } from '../eligibility/checkup.js';
import {
  isExpired,
  newShareToken,
  shareOwner,
  shareSnapshotSchema,
  TOKEN_PATTERN,
  type ShareSnapshot,
} from './shareLink.js';
import type { ShareStorage } from './shareStorage.js';

const DAY_MS = 86_400_000;
const LINKS = 'share-links/links/';
const OWNERS = 'share-links/owners/';

export interface ShareLinksOptions {
  storage: ShareStorage;
  ttlDays: number;
  retentionDays: number;
  /** The public base address links are made under; undefined while unknown (then no link is made). */
  baseUrl: () => string | undefined;
  now?: () => Date;
}

export interface NewShare {
  userId: string;
  channelId: string;
  profileKey?: string;
  enterpriseName?: string;
  /** The day of the check-up, YYYY-MM-DD. */
  day: string;
  document: ServicePackageDocument;
}

export class ShareLinks {
  private readonly now: () => Date;

  constructor(private readonly options: ShareLinksOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** The absolute address of a link, or undefined when this server does not know its own address. */
  urlOf(token: string): string | undefined {
    const base = this.options.baseUrl();
    return base === undefined ? undefined : `${base}/p/${token}`;
  }

  /** Whether links can be made now (the public address is known). */
  get enabled(): boolean {
    return this.options.baseUrl() !== undefined;
  }

  async create(share: NewShare): Promise<ShareSnapshot> {
    const now = this.now();
    const days = Math.min(this.options.ttlDays, this.options.retentionDays);
    const snapshot: ShareSnapshot = {
      version: 1,
      token: newShareToken(),
      owner: shareOwner(share.userId, share.channelId),
      ...(share.profileKey ? { profileKey: share.profileKey } : {}),
      ...(share.enterpriseName ? { enterpriseName: share.enterpriseName } : {}),
      day: share.day,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + days * DAY_MS).toISOString(),
      document: share.document,
    };
    await this.options.storage.write(linkName(snapshot.token), JSON.stringify(snapshot));
    await this.options.storage.write(`${OWNERS}${snapshot.owner}/${snapshot.token}`, '');
    return snapshot;
  }

  /** The snapshot behind a token; undefined when unknown, revoked, expired or unreadable. */
  async get(token: string): Promise<ShareSnapshot | undefined> {
    if (!TOKEN_PATTERN.test(token)) return undefined;
    const snapshot = await this.read(token);
    if (!snapshot) return undefined;
    if (isExpired(snapshot, this.now())) {
      await this.delete(snapshot);
      return undefined;
    }
    return snapshot;
  }

  /** Revokes one link, only if it is the user's; resolves to whether one was revoked. */
  async revoke(token: string, userId: string, channelId: string): Promise<boolean> {
    if (!TOKEN_PATTERN.test(token)) return false;
    const snapshot = await this.read(token);
    if (!snapshot || snapshot.owner !== shareOwner(userId, channelId)) return false;
    await this.delete(snapshot);
    return !isExpired(snapshot, this.now());
  }

  /**
   * Revokes the user's links — those made for one enterprise profile when `profileKey` is given —
   * and resolves to the ones that were still valid.
   */
  async revokeOwned(userId: string, channelId: string, profileKey?: string): Promise<ShareSnapshot[]> {
    const owner = shareOwner(userId, channelId);
    const prefix = `${OWNERS}${owner}/`;
    const revoked: ShareSnapshot[] = [];
    for (const marker of await this.options.storage.list(prefix)) {
      const token = marker.slice(prefix.length);
      const snapshot = TOKEN_PATTERN.test(token) ? await this.read(token) : undefined;
      if (!snapshot) {
        await this.options.storage.remove(marker); // a stale marker
        continue;
      }
      if (profileKey !== undefined && snapshot.profileKey !== profileKey) continue;
      await this.delete(snapshot);
      if (!isExpired(snapshot, this.now())) revoked.push(snapshot);
    }
    return revoked.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Removes every expired link (and its owner marker); resolves to how many. */
  async purgeExpired(): Promise<number> {
    let removed = 0;
    const now = this.now();
    for (const name of await this.options.storage.list(LINKS)) {
      const token = name.slice(LINKS.length).replace(/\.json$/, '');
      const snapshot = TOKEN_PATTERN.test(token) ? await this.read(token) : undefined;
      if (snapshot && isExpired(snapshot, now)) {
        await this.delete(snapshot);
        removed++;
      }
    }
    return removed;
  }

  private async read(token: string): Promise<ShareSnapshot | undefined> {
    const text = await this.options.storage.read(linkName(token));
    if (text === undefined) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return undefined;
    }
    const result = shareSnapshotSchema.safeParse(data);
    return result.success && result.data.token === token ? (result.data as ShareSnapshot) : undefined;
  }

  private async delete(snapshot: ShareSnapshot): Promise<void> {
    await this.options.storage.remove(linkName(snapshot.token));
    await this.options.storage.remove(`${OWNERS}${snapshot.owner}/${snapshot.token}`);
  }
}

function linkName(token: string): string {
  return `${LINKS}${token}.json`;
}

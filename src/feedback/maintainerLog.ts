// What maintainers need to improve the knowledge base: questions the bot could not answer or
// answered with low confidence, 有用/没用 feedback, and satisfaction ratings (of a service request,
// by number, or of a check-up; never with contact data). Appended as JSON lines to one file per day
// (DATA_DIR/maintainer-log/YYYY-MM-DD.jsonl); days older than RETENTION_DAYS are deleted. What a
// record may hold is decided in front of the log (recordPolicy.ts).
import { appendFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { withDeadline } from '../http/deadline.js';
import type { RatingLevel } from '../kb/satisfactionSchema.js';

/** What a rating is about: a service request's number, or a policy check-up. */
export type RatingSubject = number | 'checkup';

export type MaintainerRecord =
  | { type: 'unanswered'; q: string; reason: string; confidence?: number }
  | { type: 'low-confidence'; q: string; measureId: string; confidence: number }
  | { type: 'feedback'; measureId: string; useful: boolean; q?: string }
  | { type: 'rating'; subject: RatingSubject; level: RatingLevel }
  /** The optional comment after a rating (masked of mobile and ID numbers). */
  | { type: 'rating-comment'; subject: RatingSubject; level: RatingLevel; comment: string };

export interface MaintainerLog {
  record(entry: MaintainerRecord): Promise<void>;
}

/** A log that keeps records by day and can delete the days past its retention. */
export interface ExpiringLog extends MaintainerLog {
  /** Deletes the days older than the retention; resolves to how many were deleted. */
  pruneExpired(): Promise<number>;
}

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;
const DAY_MS = 86_400_000;

/** The first day (YYYY-MM-DD, UTC) still kept when keeping `retentionDays` days up to `now`. */
export function firstKeptDay(now: number, retentionDays: number): string {
  return new Date(now - (retentionDays - 1) * DAY_MS).toISOString().slice(0, 10);
}

export interface DailyLogOptions {
  retentionDays: number;
  now?: () => number;
}

export class FileMaintainerLog implements ExpiringLog {
  private ready: Promise<unknown> | undefined;
  /** Appends are chained so lines never interleave. */
  private tail: Promise<void> = Promise.resolve();
  private lastDay: string | undefined;
  private readonly now: () => number;

  constructor(
    /** The folder of daily files. */
    readonly dir: string,
    private readonly options: DailyLogOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  record(entry: MaintainerRecord): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true }).catch((err: unknown) => {
      this.ready = undefined;
      throw err;
    });
    const at = new Date(this.now()).toISOString();
    const day = at.slice(0, 10);
    // A new day: yesterday's file is complete, and the oldest may now be past the retention.
    if (this.lastDay !== undefined && this.lastDay !== day) void this.pruneExpired().catch(() => undefined);
    this.lastDay = day;
    const line = JSON.stringify({ at, ...entry }) + '\n';
    const file = join(this.dir, `${day}.jsonl`);
    this.tail = this.tail
      .catch(() => undefined)
      .then(() => this.ready)
      .then(() => appendFile(file, line, 'utf8'));
    return this.tail;
  }

  async pruneExpired(): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw err;
    }
    const keepFrom = firstKeptDay(this.now(), this.options.retentionDays);
    const expired = names.filter((n) => {
      const day = DAY_FILE.exec(n)?.[1];
      return day !== undefined && day < keepFrom;
    });
    await Promise.all(expired.map((n) => rm(join(this.dir, n), { force: true })));
    return expired.length;
  }
}

/** Keeps records in memory (tests, and `yiqi chat` when nothing should be written). */
export class MemoryMaintainerLog implements MaintainerLog {
  readonly records: MaintainerRecord[] = [];
  record(entry: MaintainerRecord): Promise<void> {
    this.records.push(entry);
    return Promise.resolve();
  }
}

/**
 * Never lets a failing or slow record break a conversation: a failure, or no answer within
 * `timeoutMs`, is logged for operators instead.
 */
export class ResilientMaintainerLog implements MaintainerLog {
  constructor(
    private readonly inner: MaintainerLog,
    private readonly onError: (err: unknown) => void,
    private readonly timeoutMs = 3_000,
  ) {}

  async record(entry: MaintainerRecord): Promise<void> {
    try {
      await withDeadline(() => this.inner.record(entry), this.timeoutMs, 'the maintainers’ log');
    } catch (err) {
      this.onError(err);
    }
  }
}

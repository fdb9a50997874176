// What maintainers need to improve the knowledge base: questions the bot could not answer or
// answered with low confidence, 有用/没用 feedback, and satisfaction ratings (of a service request,
// by number, or of a check-up; never with contact data). Appended as JSON lines to a file.
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
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

export class FileMaintainerLog implements MaintainerLog {
  private ready: Promise<unknown> | undefined;
  /** Appends are chained so lines never interleave. */
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  record(entry: MaintainerRecord): Promise<void> {
    this.ready ??= mkdir(dirname(this.file), { recursive: true });
    const line = JSON.stringify({ at: new Date().toISOString(), ...entry }) + '\n';
    this.tail = this.tail.then(() => this.ready).then(() => appendFile(this.file, line, 'utf8'));
    return this.tail;
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

/** Never lets a failing record break a conversation: the failure is logged for operators instead. */
export class ResilientMaintainerLog implements MaintainerLog {
  constructor(
    private readonly inner: MaintainerLog,
    private readonly onError: (err: unknown) => void,
  ) {}

  async record(entry: MaintainerRecord): Promise<void> {
    try {
      await this.inner.record(entry);
    } catch (err) {
      this.onError(err);
    }
  }
}

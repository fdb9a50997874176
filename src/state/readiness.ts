// Readiness: whether this instance can serve turns now — the knowledge base is loaded and the state
// storage answers a real read (of one well-known key) within a deadline. Checks are shared and
// remembered for a second, so probes (or anyone calling /readyz) cannot load the storage.
import type { Storage } from 'botbuilder';
import { withDeadline } from '../http/deadline.js';

/** The key readiness reads; it need not exist. */
export const READINESS_KEY = 'yiqi/readiness';

export type Readiness = { ready: true } | { ready: false; reason: string };

export class ReadinessCheck {
  private last: { at: number; result: Readiness } | undefined;
  private running: Promise<Readiness> | undefined;

  constructor(
    private readonly storage: Storage,
    private readonly knowledgeLoaded: () => boolean,
    private readonly options: { timeoutMs: number; rememberMs?: number; now?: () => number },
  ) {}

  check(): Promise<Readiness> {
    const now = (this.options.now ?? Date.now)();
    if (this.last && now - this.last.at < (this.options.rememberMs ?? 1000))
      return Promise.resolve(this.last.result);
    this.running ??= this.probe().then((result) => {
      this.last = { at: (this.options.now ?? Date.now)(), result };
      this.running = undefined;
      return result;
    });
    return this.running;
  }

  private async probe(): Promise<Readiness> {
    if (!this.knowledgeLoaded()) return { ready: false, reason: 'knowledge base not loaded' };
    try {
      await withDeadline(() => this.storage.read([READINESS_KEY]), this.options.timeoutMs, 'state storage');
      return { ready: true };
    } catch {
      return { ready: false, reason: 'state storage unavailable' };
    }
  }
}

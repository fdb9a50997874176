// The life of service requests, over a RequestStore: opened with a number from the shared sequence,
// posted to a route, claimed, replied to, answered back and closed by the people entitled to (the
// specialists in the route's conversation, the enterprise that asked), rated, erased on request, and
// deleted RETENTION_DAYS after their last event (by a periodic sweep, and whenever one is read).
import type { RatingLevel } from '../kb/satisfactionSchema.js';
import type { RequestStore } from './requestStore.js';
import { baseConversationId } from './routes.js';
import type { NewRequest, RequestEventType, ServiceRequest, Specialist } from './serviceRequest.js';

const DAY_MS = 86_400_000;
const MAX_TRIES = 50;

export type Refusal =
  /** No such request here (or in another route's conversation, or expired). */
  | 'not-found'
  | 'closed'
  | 'claimed-by-other'
  | 'not-closed'
  | 'already-rated'
  /** The enterprise's details were erased: nothing can be relayed to it. */
  | 'erased';

export type Outcome =
  { ok: true; request: ServiceRequest } | { ok: false; problem: Refusal; request?: ServiceRequest };

/** A conversation, as a command or a reply arrives from it. */
export interface Where {
  channelId: string;
  conversationId: string;
}

export interface ServiceRequestsOptions {
  retentionDays: number;
  now?: () => Date;
}

function inRoute(request: ServiceRequest, where: Where): boolean {
  return (
    request.route?.channelId === where.channelId &&
    request.route.conversationId === baseConversationId(where.conversationId)
  );
}

function fromRequester(request: ServiceRequest, userId: string, channelId: string): boolean {
  return request.requester?.userId === userId && request.requester.channelId === channelId;
}

export class ServiceRequests {
  constructor(
    readonly store: RequestStore,
    private readonly options: ServiceRequestsOptions,
  ) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private expired(request: ServiceRequest): boolean {
    return Date.parse(request.expiresAt) <= this.now().getTime();
  }

  /** Adds an event and moves the expiry to RETENTION_DAYS after it. */
  private stamp(request: ServiceRequest, type: RequestEventType, by?: Specialist): void {
    const now = this.now();
    request.history.push({ type, at: now.toISOString(), ...(by ? { by: by.name ?? by.id } : {}) });
    request.updatedAt = now.toISOString();
    request.expiresAt = new Date(now.getTime() + this.options.retentionDays * DAY_MS).toISOString();
  }

  async open(input: NewRequest): Promise<ServiceRequest> {
    const number = await this.store.allocateNumber();
    const at = this.now().toISOString();
    const request: ServiceRequest = {
      number,
      status: 'new',
      createdAt: at,
      updatedAt: at,
      expiresAt: at,
      ...input,
      history: [],
    };
    this.stamp(request, 'created');
    await this.store.create(request);
    return request;
  }

  /** The request, unless it does not exist or has expired (then it is deleted now). */
  async get(number: number): Promise<ServiceRequest | undefined> {
    const stored = await this.store.read(number);
    if (!stored) return undefined;
    if (this.expired(stored.request)) {
      await this.store.delete(number);
      return undefined;
    }
    return stored.request;
  }

  /** Every request kept, by number; expired ones are deleted on the way. */
  async list(): Promise<ServiceRequest[]> {
    const out: ServiceRequest[] = [];
    for (const { request } of await this.store.list()) {
      if (this.expired(request)) await this.store.delete(request.number);
      else out.push(request);
    }
    return out;
  }

  /** Deletes expired requests; resolves to how many. */
  async sweep(): Promise<number> {
    let deleted = 0;
    for (const { request } of await this.store.list()) {
      if (!this.expired(request)) continue;
      await this.store.delete(request.number);
      deleted++;
    }
    return deleted;
  }

  /**
   * Reads the request, lets `change` edit a copy (or refuse), and writes it if nobody else wrote in
   * between; otherwise reads again and retries.
   */
  private async update(
    number: number,
    change: (request: ServiceRequest) => Refusal | void,
  ): Promise<Outcome> {
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      const stored = await this.store.read(number);
      if (!stored || this.expired(stored.request)) return { ok: false, problem: 'not-found' };
      const draft = structuredClone(stored.request);
      const refusal = change(draft);
      if (refusal) return { ok: false, problem: refusal, request: stored.request };
      if (await this.store.replace(draft, stored.version)) return { ok: true, request: draft };
      // Random back-off, growing with each conflict up to 200 ms, so competing writers spread out.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(200, 10 * 2 ** attempt)));
    }
    throw new Error(`service request #${number}: too many concurrent updates`);
  }

  markPosted(number: number, postedActivityId: string | undefined): Promise<Outcome> {
    return this.update(number, (r) => {
      if (r.route && postedActivityId) r.route.postedActivityId = postedActivityId;
      this.stamp(r, 'posted');
    });
  }

  markNotDelivered(number: number, why: 'not-routed' | 'post-failed'): Promise<Outcome> {
    return this.update(number, (r) => this.stamp(r, why));
  }

  claim(number: number, specialist: Specialist, where: Where): Promise<Outcome> {
    return this.update(number, (r) => {
      if (!inRoute(r, where)) return 'not-found';
      if (r.status === 'closed') return 'closed';
      if (r.claimedBy) return r.claimedBy.id === specialist.id ? undefined : 'claimed-by-other';
      r.status = 'claimed';
      r.claimedBy = specialist;
      this.stamp(r, 'claimed', specialist);
    });
  }

  /** A specialist's reply: the request is claimed by them if nobody had claimed it. */
  reply(number: number, specialist: Specialist, where: Where): Promise<Outcome> {
    return this.update(number, (r) => {
      if (!inRoute(r, where)) return 'not-found';
      if (r.status === 'closed') return 'closed';
      if (!r.requester) return 'erased';
      if (!r.claimedBy) {
        r.status = 'claimed';
        r.claimedBy = specialist;
        this.stamp(r, 'claimed', specialist);
      }
      this.stamp(r, 'replied', specialist);
    });
  }

  close(number: number, specialist: Specialist, where: Where): Promise<Outcome> {
    return this.update(number, (r) => {
      if (!inRoute(r, where)) return 'not-found';
      if (r.status === 'closed') return 'closed';
      r.status = 'closed';
      r.claimedBy ??= specialist;
      this.stamp(r, 'closed', specialist);
    });
  }

  /** The enterprise answers the specialists (回复服务专员); only the user who asked may. */
  enterpriseReply(number: number, userId: string, channelId: string): Promise<Outcome> {
    return this.update(number, (r) => {
      if (!fromRequester(r, userId, channelId)) return 'not-found';
      if (r.status === 'closed') return 'closed';
      this.stamp(r, 'enterprise-replied');
    });
  }

  rate(number: number, userId: string, channelId: string, level: RatingLevel): Promise<Outcome> {
    return this.update(number, (r) => {
      if (!fromRequester(r, userId, channelId)) return 'not-found';
      if (r.status !== 'closed') return 'not-closed';
      if (r.rating) return 'already-rated';
      r.rating = level;
      this.stamp(r, 'rated');
    });
  }

  /** The user's requests that are not closed, newest first. */
  async openOf(userId: string, channelId: string): Promise<ServiceRequest[]> {
    return (await this.list())
      .filter((r) => r.status !== 'closed' && fromRequester(r, userId, channelId))
      .reverse();
  }

  /** The requests posted to this conversation that are not closed, oldest first. */
  async openIn(where: Where): Promise<ServiceRequest[]> {
    return (await this.list()).filter((r) => r.status !== 'closed' && inRoute(r, where));
  }

  /**
   * Erases what identifies the user and their enterprise from each of their requests (enterprise
   * name, contact, question, transcript, check-up answers, their conversation), keeping the number,
   * district, status and dates. Resolves to the numbers erased.
   */
  async forgetUser(userId: string, channelId: string): Promise<number[]> {
    const erased: number[] = [];
    for (const request of await this.list()) {
      if (!fromRequester(request, userId, channelId)) continue;
      const outcome = await this.update(request.number, (r) => {
        if (!fromRequester(r, userId, channelId)) return 'not-found';
        delete r.enterprise;
        delete r.contact;
        delete r.question;
        delete r.transcript;
        delete r.profile;
        delete r.requester;
        r.erased = true;
        this.stamp(r, 'erased');
      });
      if (outcome.ok) erased.push(request.number);
    }
    return erased;
  }
}

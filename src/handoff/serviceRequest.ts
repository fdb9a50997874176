// A service request (服务请求 #12): what an enterprise asked a district's SME service specialists, with
// its consent-given contact, where it was posted, who claimed it, and the history of what happened.
// Plain data, stored as JSON; no Bot Framework types.
import type { RatingLevel } from '../kb/satisfactionSchema.js';
import type { TranscriptTurn } from './transcript.js';

export type RequestStatus = 'new' | 'claimed' | 'closed';

export type RequestEventType =
  | 'created'
  | 'posted'
  | 'not-routed'
  | 'post-failed'
  | 'claimed'
  | 'replied'
  | 'enterprise-replied'
  | 'closed'
  | 'rated'
  | 'erased';

/** One thing that happened to a request: when, and which specialist did it (never message text). */
export interface RequestEvent {
  type: RequestEventType;
  at: string;
  by?: string;
}

/** How the specialist may reach the enterprise: a mobile number, or only through this conversation. */
export type Contact = { kind: 'mobile'; mobile: string } | { kind: 'here' };

/**
 * Where a conversation lives, as Bot Framework's ConversationReference describes it (a plain copy,
 * so the core needs no Bot Framework import).
 */
export interface ConversationAddress {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; tenantId?: string; conversationType?: string; isGroup?: boolean };
  bot?: { id: string; name?: string };
  user?: { id: string; name?: string };
  locale?: string;
}

/** A copy of the route a request went to, so its follow-ups reach the same conversation. */
export interface RequestRoute {
  /** The route's district: the official name, or "*". */
  district: string;
  name?: string;
  channelId: string;
  serviceUrl: string;
  conversationId: string;
  tenantId?: string;
  postedActivityId?: string;
}

export interface Specialist {
  id: string;
  name?: string;
}

/** A profile answer of the check-up, as the specialists read it (label and value). */
export interface ProfileLine {
  label: string;
  value: string;
}

export interface ServiceRequest {
  number: number;
  status: RequestStatus;
  createdAt: string;
  /** The time of the last event; the request expires RETENTION_DAYS after it. */
  updatedAt: string;
  expiresAt: string;
  /** The district's official name (浦东新区). */
  district: string;
  /** Given with consent; erased when the user asks to delete their data. */
  enterprise?: string;
  contact?: Contact;
  question?: string;
  /** The last turns before the request, masked of mobile and ID numbers. */
  transcript?: TranscriptTurn[];
  profile?: ProfileLine[];
  /** Who asked and where to relay the specialists' replies. */
  requester?: { userId: string; channelId: string; address: ConversationAddress };
  /** The route it was posted to (its conversation, the card's activity id once posted). */
  route?: RequestRoute;
  claimedBy?: Specialist;
  rating?: RatingLevel;
  /** Set when the personal fields were erased at the user's request. */
  erased?: boolean;
  history: RequestEvent[];
}

/** What an enterprise gives when opening a request (everything but the bookkeeping). */
export type NewRequest = Pick<
  ServiceRequest,
  'district' | 'enterprise' | 'contact' | 'question' | 'transcript' | 'profile' | 'requester' | 'route'
>;

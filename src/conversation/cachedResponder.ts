// A bounded cache of recent decisions in front of the responder: the same short message in the same
// situation (the common questions, a card's button, 第二个 after the same list) is not read again.
// A decision depends on the text, the conversation context, today's date and the knowledge base
// (fixed for a responder's life), so all of those but the knowledge base make the key, and a cached
// decision is the decision. Decisions are frozen (the response and its answer), so no turn can
// change the one the next turn gets; `test/bot/replyCaches.test.ts` runs every tuning conversation
// with and without this cache and compares every activity sent.
import { lruRemember } from '../lruRemember.js';
import { LONGEST_CACHED } from '../search/cachedSearch.js';
import {
  asksAboutToldSituation,
  type ConversationContext,
  type Responder,
  type Response,
} from './respond.js';

/** Recent distinct messages kept, with their context: a few hundred kilobytes at most. */
export const DEFAULT_RESPONSE_CACHE_SIZE = 2_000;

function keyOf(text: string, c: ConversationContext, day: string): string {
  // \u0001 cannot be typed into a chat box; it only separates the parts.
  return [
    text,
    day,
    c.lang ?? '',
    c.lastMeasureId ?? '',
    c.lastList?.join(',') ?? '',
    c.declinesInARow ?? 0,
    c.lastResultMeasureId ?? '',
    c.hadCheckup ? 1 : 0,
    // (The message before counts only for a message that points back at it: 这样能申请吗.)
    asksAboutToldSituation(text) ? (c.earlierText ?? '') : '',
  ].join('\u0001');
}

function freeze(response: Response): Response {
  if (response.kind === 'answer') Object.freeze(response.answer);
  return Object.freeze(response);
}

/** The same responder, its `respond` remembered for the last `size` messages and contexts. */
export function cacheResponses(
  responder: Responder,
  today: () => string,
  size = DEFAULT_RESPONSE_CACHE_SIZE,
): Responder {
  if (size <= 0) return responder;
  const recent = new Map<string, Response>();
  const cached = Object.create(responder) as Responder;
  cached.decide = (text: string, context: ConversationContext = {}) =>
    text.length > LONGEST_CACHED
      ? responder.decide(text, context)
      : lruRemember(
          recent,
          keyOf(text, context, today()),
          () => freeze(responder.decide(text, context)),
          size,
        );
  // (The earlier messages' facts are added after, so a decision is remembered whatever was said before.)
  cached.respond = (text: string, context: ConversationContext = {}) =>
    responder.withEarlierFacts(cached.decide(text, context), context);
  return cached;
}

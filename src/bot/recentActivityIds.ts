// The activity ids this instance has taken on lately, per conversation: a channel that delivers an
// activity again (a retry after a slow answer, say) must not get a second answer, least of all one
// to a question the user never saw. Bounded: a few ids per conversation, for a bounded number of
// conversations, the least recently active dropped first.
import { lruRemember } from '../lruRemember.js';

export class RecentActivityIds {
  private readonly byConversation = new Map<string, string[]>();

  constructor(
    private readonly perConversation = 32,
    private readonly conversations = 20_000,
  ) {}

  /** Records the id; false when it was already recorded for that conversation. */
  claim(conversationKey: string, activityId: string): boolean {
    const ids = lruRemember(this.byConversation, conversationKey, () => [], this.conversations);
    if (ids.includes(activityId)) return false;
    ids.push(activityId);
    if (ids.length > this.perConversation) ids.shift();
    return true;
  }

  /** Forgets an id whose turn failed, so that a redelivery is processed. */
  release(conversationKey: string, activityId: string): void {
    const ids = this.byConversation.get(conversationKey);
    const at = ids?.indexOf(activityId) ?? -1;
    if (ids && at >= 0) ids.splice(at, 1);
  }
}

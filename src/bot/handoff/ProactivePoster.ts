// Sends activities to a conversation outside the current turn (proactively) through the bot's own
// adapter: CloudAdapter.continueConversationAsync with the bot's app id (empty in local mode, where
// the adapter's claims carry no app id and its connector sends without a token). A failure is thrown
// to the caller — never handed to the adapter's onTurnError, which would write an apology into the
// other conversation.
import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import type { ConversationAddress } from '../../handoff/serviceRequest.js';
import { toReference } from './conversationAddress.js';

export class ProactivePoster {
  constructor(
    private readonly adapter: Pick<CloudAdapter, 'continueConversationAsync'>,
    private readonly botAppId: string,
  ) {}

  /** Sends the activities in order; resolves to the id the channel gave the first one. */
  async post(address: ConversationAddress, ...activities: Partial<Activity>[]): Promise<string | undefined> {
    let firstId: string | undefined;
    let failure: unknown;
    await this.adapter.continueConversationAsync(
      this.botAppId,
      toReference(address),
      async (context: TurnContext) => {
        try {
          for (const [i, activity] of activities.entries()) {
            const sent = await context.sendActivity(activity);
            if (i === 0) firstId = sent?.id;
          }
        } catch (err) {
          failure = err;
        }
      },
    );
    if (failure) throw failure;
    return firstId;
  }
}

// “The bot is typing…” for a message turn still running after a moment. Replaces botbuilder's
// ShowTypingMiddleware, whose failed send after the turn ended handed the revoked TurnContext to
// onTurnError — an unhandled rejection that stopped the process. Here: one typing activity, sent
// only while the turn is still running; never for expectReplies turns (the caller gets every reply
// at once and nobody sees typing) or for invokes; every send's failure is logged at debug and
// goes no further.
import {
  ActivityTypes,
  DeliveryModes,
  type Middleware,
  type TurnContext,
  TurnContext as TurnContextClass,
} from 'botbuilder';
import type { Logger } from '../log/logger.js';

export class TypingIndicator implements Middleware {
  constructor(
    private readonly logger: Logger,
    /** How long a turn runs before typing is shown, in milliseconds. */
    private readonly delayMs = 500,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (activity.type !== ActivityTypes.Message || activity.deliveryMode === DeliveryModes.ExpectReplies)
      return next();
    let running = true;
    const timer = setTimeout(() => {
      // The turn may have ended between the timer firing and now: then the context is gone.
      if (!running) return;
      const failed = (err: unknown) =>
        this.logger.debug('typing indicator not sent', {
          err: err instanceof Error ? err.message : String(err),
          conversationId: activity.conversation?.id,
        });
      try {
        const typing = TurnContextClass.applyConversationReference(
          { type: ActivityTypes.Typing, relatesTo: activity.relatesTo },
          TurnContextClass.getConversationReference(activity),
        );
        // Straight to the adapter: no other middleware, and the turn's “responded” flag stays unset.
        context.adapter.sendActivities(context, [typing]).catch(failed);
      } catch (err) {
        failed(err);
      }
    }, this.delayMs);
    try {
      await next();
    } finally {
      running = false;
      clearTimeout(timer);
    }
  }
}

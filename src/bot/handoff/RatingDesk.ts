// Satisfaction ratings (好差评): a rating button records the level for maintainers — with the request
// number or "checkup", never contact data — and asks for an optional comment, which is the user's
// next message (or 跳过). A request is rated once, by the user who opened it, after it was closed.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { RatingSubject } from '../../feedback/maintainerLog.js';
import { maskPersonalNumbers } from '../../handoff/maskPersonalNumbers.js';
import type { ServiceRequests } from '../../handoff/serviceRequests.js';
import { fill } from '../../kb/replies.js';
import type { RatingLevel } from '../../kb/satisfactionSchema.js';
import { isSkipAnswer } from '../../eligibility/parseAnswer.js';
import { parseCardAction } from '../cardAction.js';
import type { ConversationData, TurnServices } from '../turnServices.js';
import { commentPromptActivity } from './ratingCards.js';

const MAX_COMMENT_CHARS = 500;

export class RatingDesk {
  constructor(
    private readonly services: TurnServices,
    private readonly requests: ServiceRequests,
    private readonly conversationData: StatePropertyAccessor<ConversationData>,
  ) {}

  /** A rating button, 跳过, or the comment after a rating; true when the message was handled here. */
  async handle(context: TurnContext, data: ConversationData): Promise<boolean> {
    const action = parseCardAction(context.activity.value);
    if (action?.action === 'rating') {
      await this.rate(context, data, action.subject, action.level);
      return true;
    }
    const pending = data.pendingRatingComment;
    if (action?.action === 'ratingSkip') {
      if (pending) await this.clear(context, data);
      await context.sendActivity(this.services.kb.satisfaction.skipped);
      return true;
    }
    if (!pending) return false;
    await this.clear(context, data);
    // Another button pressed: no comment; the button goes its usual way.
    const text = context.activity.text?.trim() ?? '';
    if (action || !text) return false;
    const s = this.services.kb.satisfaction;
    const intent = this.services.responder.intentOf(text).type;
    if (isSkipAnswer(text) || text === s.skip || intent === 'cancel') {
      await context.sendActivity(s.skipped);
      return true;
    }
    await this.services.maintainerLog.record({
      type: 'rating-comment',
      subject: pending.subject,
      level: pending.level,
      comment: maskPersonalNumbers(text).slice(0, MAX_COMMENT_CHARS),
    });
    await context.sendActivity(s.commentThanks);
    return true;
  }

  private async clear(context: TurnContext, data: ConversationData): Promise<void> {
    delete data.pendingRatingComment;
    await this.conversationData.set(context, data);
  }

  private async rate(
    context: TurnContext,
    data: ConversationData,
    subject: RatingSubject,
    level: RatingLevel,
  ): Promise<void> {
    const s = this.services.kb.satisfaction;
    const { from, channelId } = context.activity;
    if (subject !== 'checkup') {
      const outcome = await this.requests.rate(subject, from.id, channelId, level);
      if (!outcome.ok) {
        await context.sendActivity(
          outcome.problem === 'already-rated' ? fill(s.alreadyRated, { number: subject }) : s.notRatable,
        );
        return;
      }
    }
    await this.services.maintainerLog.record({ type: 'rating', subject, level });
    this.services.logger.info('rating', { subject, level });
    data.pendingRatingComment = { subject, level };
    await this.conversationData.set(context, data);
    await context.sendActivity(commentPromptActivity(this.services.kb, channelId));
  }
}

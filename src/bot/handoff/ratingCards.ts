// The satisfaction rating prompt: the five levels of the national 好差评 practice as buttons, after
// a service request is closed or after a check-up, and the 跳过 button of the optional comment.
// Ratings are given by buttons, so channels without cards are not asked.
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { RatingSubject } from '../../feedback/maintainerLog.js';
import type { KnowledgeBase } from '../../kb/loadKnowledge.js';
import { fill } from '../../kb/replies.js';
import { actionSet, card, submit, text } from '../cards/adaptiveCard.js';
import { supportsCards } from '../renderAnswer.js';

export function ratingActivity(kb: KnowledgeBase, subject: RatingSubject): Partial<Activity> {
  const s = kb.satisfaction;
  const ask = subject === 'checkup' ? s.askCheckup : fill(s.askRequest, { number: subject });
  return {
    type: ActivityTypes.Message,
    attachments: [
      card([
        text(ask, { weight: 'Bolder' }),
        actionSet(
          s.levels.map((l) => submit(l.label, { action: 'rating', subject, level: l.id, text: l.label })),
        ),
      ]),
    ],
  };
}

/** Asks for a rating where buttons can be pressed (one line after the 服务包). */
export async function sendRatingPrompt(
  context: TurnContext,
  kb: KnowledgeBase,
  subject: RatingSubject,
): Promise<void> {
  if (supportsCards(context.activity.channelId)) await context.sendActivity(ratingActivity(kb, subject));
}

export function commentPromptActivity(kb: KnowledgeBase, channelId: string | undefined): Partial<Activity> {
  const s = kb.satisfaction;
  if (!supportsCards(channelId)) return { type: ActivityTypes.Message, text: s.thanks };
  return {
    type: ActivityTypes.Message,
    attachments: [card([text(s.thanks)], [submit(s.skip, { action: 'ratingSkip', text: s.skip })])],
  };
}

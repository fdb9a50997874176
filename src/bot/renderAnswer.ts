// Turns an Answer into one outgoing activity: an Adaptive Card where the channel renders cards,
// readable text elsewhere. Exactly one activity per answer.
import { ActivityTypes, type Activity } from 'botbuilder';
import type { Answer } from '../answers/answer.js';
import { renderAnswerText } from '../answers/renderText.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import {
  areaCard,
  choiceCard,
  declinedCard,
  glossaryCard,
  overviewCard,
  partialCard,
  personCard,
} from './cards/listCards.js';
import { calculationCard } from './cards/calculationCard.js';
import { comparisonCard } from './cards/comparisonCard.js';
import { severalCard } from './cards/severalCard.js';
import { statusListCard } from './cards/statusListCard.js';
import { measureCard } from './cards/measureCard.js';
import type { MeasureCardCache } from './cards/cachedMeasureCards.js';
import type { Attachment } from 'botbuilder';

/**
 * Channels that render Adaptive Cards; everything else (sms, email, the terminal …) gets text.
 * 'wecom' gets cards too: its adapter turns them into WeCom markdown and template cards
 * (src/wecom/activityMessages.ts), so one rendering path serves every channel.
 */
const CARD_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator', 'test', 'wecom']);

export function supportsCards(channelId: string | undefined): boolean {
  return channelId !== undefined && CARD_CHANNELS.has(channelId);
}

/** The card of an answer; a measure's comes from `cards` when given (the bot's turns pass theirs). */
export function cardFor(kb: KnowledgeBase, answer: Answer, cards?: MeasureCardCache): Attachment | undefined {
  switch (answer.type) {
    case 'measure':
      return cards ? cards.card(kb, answer) : measureCard(kb, answer);
    case 'ambiguous':
      return choiceCard(kb, answer);
    case 'area':
      return areaCard(kb, answer);
    case 'overview':
      return overviewCard(kb, answer);
    case 'declined':
      return declinedCard(kb, answer);
    case 'glossary':
      return glossaryCard(kb, answer);
    case 'person':
      return personCard(kb, answer);
    case 'partial':
      return partialCard(kb, answer);
    case 'several':
      return severalCard(kb, answer);
    case 'compare':
      return comparisonCard(kb, answer);
    case 'status-list':
      return statusListCard(kb, answer);
    case 'calculation':
      return calculationCard(kb, answer);
    case 'smalltalk':
      return undefined;
  }
}

export function answerActivity(
  kb: KnowledgeBase,
  answer: Answer,
  channelId: string | undefined,
  cards?: MeasureCardCache,
): Partial<Activity> {
  const attachment = supportsCards(channelId) ? cardFor(kb, answer, cards) : undefined;
  if (!attachment)
    return { type: ActivityTypes.Message, text: renderAnswerText(kb, answer), textFormat: 'plain' };
  return { type: ActivityTypes.Message, attachments: [attachment], attachmentLayout: 'list' };
}

// Sends an eligibility result — eligible with the estimate and its arithmetic, possibly eligible,
// not eligible with each unmet condition and what would change it, or ended — worked out from the
// answers given, and makes its measure the conversation's last one. The eligibility check ends with
// it; “为什么不行” sends it again.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { evaluationActivity } from '../src/bot/cards/eligibilityCards.js';
import type { ConversationData, TurnServices } from '../src/bot/turnServices.js';
import { evaluateMeasure, questionIdsFor } from '../src/eligibility/evaluateMeasure.js';
import type { Answers } from '../src/eligibility/parseAnswer.js';
import type { KnowledgeBase } from '../src/kb/loadKnowledge.js';
import type { Measure } from '../src/kb/schema.js';

export async function sendResult(
  context: TurnContext,
  services: TurnServices,
  conversationData: StatePropertyAccessor<ConversationData>,
  kb: KnowledgeBase,
  measure: Measure,
  answers: Answers,
  /** The line naming the enterprise whose answers were used, when it must be said. */
  basis?: string,
): Promise<ConversationData> {
  const evaluation = evaluateMeasure(measure, answers, services.today(), kb);
  await context.sendActivity(
    evaluationActivity(
      kb,
      measure,
      evaluation,
      answers,
      questionIdsFor(measure, kb.questions),
      context.activity.channelId,
      basis,
    ),
  );
  services.onReply?.('result');
  const data = await conversationData.get(context, {});
  data.lastMeasureId = measure.id;
  await conversationData.set(context, data);
  return data;
}

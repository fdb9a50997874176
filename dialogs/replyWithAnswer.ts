// Sends an Answer as one activity, remembers the measure it was about (for follow-ups) and records
// what maintainers need: questions not covered or answered with low confidence.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Answer } from '../src/answers/answer.js';
import { afterAnswer } from '../src/conversation/afterAnswer.js';
import { turnKb } from '../src/bot/turnLanguage.js';
import { replyKindsOf } from '../src/answers/replyKind.js';
import { answerActivity } from '../src/bot/renderAnswer.js';
import type { ConversationData, TurnServices } from '../src/bot/turnServices.js';
import { MAX_QUERY_CHARS } from '../src/search/normalizeQuery.js';
import type { SearchResult } from '../src/search/searchEngine.js';

/** Confidence below which an answer is recorded for maintainers as uncertain. */
const LOW_CONFIDENCE = 0.75;

export async function replyWithAnswer(
  context: TurnContext,
  services: TurnServices,
  conversationData: StatePropertyAccessor<ConversationData>,
  answer: Answer,
  search?: SearchResult,
): Promise<void> {
  await context.sendActivity(
    answerActivity(turnKb(services, context), answer, context.activity.channelId, services.cards),
  );
  for (const kind of replyKindsOf(answer)) services.onReply?.(kind);
  const data = await conversationData.get(context, {});
  const next = afterAnswer(data, answer);
  data.lastMeasureId = next.lastMeasureId;
  data.lastList = next.lastList ? [...next.lastList] : undefined;
  data.declinesInARow = next.declinesInARow;
  await conversationData.set(context, data);
  const q = context.activity.text ?? '';
  if (search && search.kind === 'none' && search.declined !== 'empty') {
    // Offered as the question of a service request if the user then asks for a person.
    data.lastUnanswered = q.slice(0, MAX_QUERY_CHARS);
    await conversationData.set(context, data);
    await services.maintainerLog.record({
      type: 'unanswered',
      q,
      reason: search.declined ?? 'low-confidence',
      confidence: search.confidence,
    });
  } else if (
    search &&
    (search.kind === 'measure' || search.kind === 'ambiguous') &&
    search.confidence < LOW_CONFIDENCE
  ) {
    await services.maintainerLog.record({
      type: 'low-confidence',
      q,
      measureId: search.matches[0]!.id,
      confidence: search.confidence,
    });
  }
}

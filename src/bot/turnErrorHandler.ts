// What the user hears when a turn fails, and what operators see: a state write that lost to another
// turn asks the user to send the message again; storage that is down or slow gets “please try
// again”; anything else (a turn over its budget included) a general apology. The apology is the one
// message a turn past its budget may still send, and a failure to send it is only logged.
import type { TurnContext } from 'botbuilder';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Logger } from '../log/logger.js';
import { isETagConflict, StorageUnavailableError } from '../state/GuardedStorage.js';
import { sendDespiteExpiry, TurnBudgetExceeded } from './turnGate.js';

export function turnErrorHandler(
  kb: KnowledgeBase,
  logger: Logger,
): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const conversationId = context.activity.conversation?.id;
    const errors = kb.replies.errors;
    let reply: string;
    if (isETagConflict(error) || isETagConflict(error.cause)) {
      logger.warn('state changed under the turn (another turn wrote first): asked to resend', {
        conversationId,
      });
      reply = errors.conflict;
    } else if (error instanceof StorageUnavailableError || error.cause instanceof StorageUnavailableError) {
      logger.error('turn error: state storage unavailable', { err: error, conversationId });
      reply = errors.storage;
    } else if (error instanceof TurnBudgetExceeded) {
      logger.error('turn error: over its budget', { budgetMs: error.budgetMs, conversationId });
      reply = errors.turn;
    } else {
      logger.error('turn error', { err: error, conversationId });
      reply = errors.turn;
    }
    try {
      await sendDespiteExpiry(context, reply);
    } catch (sendError) {
      logger.warn('could not tell the user about a turn error', {
        err: sendError instanceof Error ? sendError.message : String(sendError),
        conversationId,
      });
    }
  };
}

// What the dialogs and the bot need besides botbuilder itself, passed through constructors so
// tests can hand in their own (a fixed date, an in-memory maintainer log).
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Responder } from '../conversation/respond.js';
import type { MaintainerLog, RatingSubject } from '../feedback/maintainerLog.js';
import type { TranscriptTurn } from '../handoff/transcript.js';
import type { RatingLevel } from '../kb/satisfactionSchema.js';
import type { Logger } from '../log/logger.js';
import type { PersonalDataRegistry } from '../privacy/personalData.js';

export interface TurnServices {
  kb: KnowledgeBase;
  responder: Responder;
  maintainerLog: MaintainerLog;
  logger: Logger;
  /** Today in Shanghai as YYYY-MM-DD. */
  today: () => string;
  /** Every part that keeps personal data registers here, so one deletion reaches them all. */
  personalData?: PersonalDataRegistry;
}

/** Per-conversation data kept in conversation state. */
export interface ConversationData {
  lastMeasureId?: string;
  welcomed?: boolean;
  /** The answers of the last check-up, to give its 服务包 again as text. */
  lastCheckupAnswers?: Record<string, boolean | number | string>;
  /** The last question the bot declined, in the user's own words: offered when they ask for a person. */
  lastUnanswered?: string;
  /** The last turns (masked), shown with a service request; kept only when requests are configured. */
  transcript?: TranscriptTurn[];
  /** 回复服务专员 was pressed: the next message goes to the specialists of this request. */
  replyingToRequest?: number;
  /** A rating was just given: the next message is its optional comment. */
  pendingRatingComment?: { subject: RatingSubject; level: RatingLevel };
}

// What the dialogs and the bot need besides botbuilder itself, passed through constructors so
// tests can hand in their own (a fixed date, an in-memory maintainer log).
import type { ReplyKind } from '../answers/replyKind.js';
import type { Lang } from '../kb/language.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Responder } from '../conversation/respond.js';
import type { MaintainerLog } from '../feedback/maintainerLog.js';
import type { Logger } from '../log/logger.js';

export interface TurnServices {
  kb: KnowledgeBase;
  responder: Responder;
  maintainerLog: MaintainerLog;
  logger: Logger;
  /** Today in Shanghai as YYYY-MM-DD. */
  today: () => string;
  /** Told the kind of each reply sent (the conversation evaluation listens; nothing else needs it). */
  onReply?: (kind: ReplyKind) => void;
}

/** Per-conversation data kept in conversation state. */
export interface ConversationData {
  lastMeasureId?: string;
  /** The measures of the last list shown, in order (第二个 picks from it). */
  lastList?: string[];
  /** Answers in a row that could not help (the second offers a person). */
  declinesInARow?: number;
  /** The language of the conversation so far (a message in another language switches it). */
  lang?: Lang;
  welcomed?: boolean;
  /** The answers of the last check-up, to give its 服务包 again as text. */
  lastCheckupAnswers?: Record<string, boolean | number | string>;
}

export type { ReplyKind };

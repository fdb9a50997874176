// What the dialogs and the bot need besides botbuilder itself, passed through constructors so
// tests can hand in their own (a fixed date, an in-memory maintainer log).
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Responder } from '../conversation/respond.js';
import type { MaintainerLog } from '../feedback/maintainerLog.js';
import type { Logger } from '../log/logger.js';
import type { PersonalDataRegistry } from '../privacy/personalData.js';

export interface TurnServices {
  kb: KnowledgeBase;
  responder: Responder;
  maintainerLog: MaintainerLog;
  logger: Logger;
  /** Every part that keeps personal data, for deleting one user's (deleteUserData, 「删除我的数据」). */
  personalData: PersonalDataRegistry;
  /** Today in Shanghai as YYYY-MM-DD. */
  today: () => string;
}

/** Per-conversation data kept in conversation state. */
export interface ConversationData {
  lastMeasureId?: string;
  welcomed?: boolean;
  /** The answers of the last check-up, to give its 服务包 again as text. */
  lastCheckupAnswers?: Record<string, boolean | number | string>;
  /** Ids of the latest messages taken on (several instances share blob storage): a redelivery is skipped. */
  recentActivityIds?: string[];
}

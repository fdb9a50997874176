// What the dialogs and the bot need besides botbuilder itself, passed through constructors so
// tests can hand in their own (a fixed date, an in-memory maintainer log).
import type { ReplyKind } from '../answers/replyKind.js';
import type { Lang } from '../kb/language.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Responder } from '../conversation/respond.js';
import type { MaintainerLog, RatingSubject } from '../feedback/maintainerLog.js';
import type { TranscriptTurn } from '../handoff/transcript.js';
import type { RatingLevel } from '../kb/satisfactionSchema.js';
import type { Logger } from '../log/logger.js';
import type { PersonalDataRegistry } from '../privacy/personalData.js';
import type { ShareLinks } from '../share/shareLinks.js';
import type { MeasureCardCache } from './cards/cachedMeasureCards.js';

export interface TurnServices {
  kb: KnowledgeBase;
  responder: Responder;
  maintainerLog: MaintainerLog;
  logger: Logger;
  /** Today in Shanghai as YYYY-MM-DD. */
  today: () => string;
  /** Told the kind of each reply sent (the conversation evaluation listens; nothing else needs it). */
  onReply?: (kind: ReplyKind) => void;
  /** Every part that keeps personal data, to forget one user's (「删除我的数据」, deleteUserData). */
  personalData: PersonalDataRegistry;
  /** Days enterprise profiles are kept after their last use (RETENTION_DAYS). */
  retentionDays: number;
  /** Measure cards built once per measure, focus and day; absent, each card is built anew. */
  cards?: MeasureCardCache;
  /** 服务包 share links; absent where there is no web server (yiqi chat). */
  shareLinks?: ShareLinks;
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
  /** The last eligibility result: its measure and the answers it used (为什么不行 explains it again). */
  lastResult?: { measureId: string; answers: Record<string, boolean | number | string> };
  /** The answers of the last check-up, to give its 服务包 again as text. */
  lastCheckupAnswers?: Record<string, boolean | number | string>;
  /** The enterprise profile the last check-up used, the line naming it, and its share link. */
  lastCheckupProfileKey?: string;
  lastCheckupBasis?: string;
  lastCheckupShare?: { url: string; until: string };
  /** The last question the bot declined, in the user's own words: offered when they ask for a person. */
  lastUnanswered?: string;
  /** The user's last two messages (这样能申请吗 asks about the situation they told); replaced turn by turn. */
  recentTexts?: string[];
  /** The last turns (masked), shown with a service request; kept only when requests are configured. */
  transcript?: TranscriptTurn[];
  /** 回复服务专员 was pressed: the next message goes to the specialists of this request. */
  replyingToRequest?: number;
  /** A rating was just given: the next message is its optional comment. */
  pendingRatingComment?: { subject: RatingSubject; level: RatingLevel };
  /** Ids of the latest messages taken on (several instances share blob storage): a redelivery is skipped. */
  recentActivityIds?: string[];
}

export type { ReplyKind };

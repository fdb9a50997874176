// What the bot answers, as data: one variant per kind of reply. The core composes these; the Bot
// Framework layer renders them as Adaptive Cards and the terminal renders them as text.
import type { Area, Channel, Fact, GlossaryEntry, Measure, SourceDocument } from '../kb/schema.js';
import type { MeasureStatus, ValidityStatus } from '../kb/statusOn.js';

/** The aspect of a measure a follow-up asks about. */
export type Focus = 'apply' | 'conditions' | 'amount' | 'deadline';

export interface ValidityNote {
  status: ValidityStatus;
  text: string;
}

export interface MeasureAnswer {
  type: 'measure';
  measure: Measure;
  area: Area;
  source: SourceDocument;
  status: MeasureStatus;
  validityNotes: ValidityNote[];
  /** Figures worth showing (context statistics left out). */
  keyFacts: Fact[];
  related: Measure[];
  canCheckEligibility: boolean;
  /** Set when the question asked about one aspect (怎么申请, 最多多少 …). */
  focus?: Focus;
}

export interface ChoiceAnswer {
  type: 'ambiguous';
  measures: Measure[];
}

export interface AreaAnswer {
  type: 'area';
  area: Area;
  measures: Measure[];
}

export interface OverviewAnswer {
  type: 'overview';
  areas: { area: Area; measures: Measure[] }[];
}

export interface DeclinedAnswer {
  type: 'declined';
  reason: 'empty' | 'low-confidence' | 'other-region' | 'not-covered';
  region?: string;
  /** The topic not covered, when that is the reason. */
  topic?: string;
  areas: Area[];
}

export interface GlossaryAnswer {
  type: 'glossary';
  term: GlossaryEntry;
  related: Measure[];
}

/** The user wants a person: the human channels the source names (no service request configured). */
export interface PersonAnswer {
  type: 'person';
  /** 'asked': the user asked for a person; 'declines': offered after answers the bot could not give. */
  reason: 'asked' | 'declines';
  channels: Channel[];
}

export type SmallTalkKind = 'greeting' | 'thanks' | 'help' | 'identity' | 'goodbye';

export interface SmallTalkAnswer {
  type: 'smalltalk';
  kind: SmallTalkKind;
}

export type Answer =
  | MeasureAnswer
  | ChoiceAnswer
  | AreaAnswer
  | OverviewAnswer
  | DeclinedAnswer
  | GlossaryAnswer
  | PersonAnswer
  | SmallTalkAnswer;

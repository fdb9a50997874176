// What the bot answers, as data: one variant per kind of reply. The core composes these; the Bot
// Framework layer renders them as Adaptive Cards and the terminal renders them as text.
import type { Area, Channel, Fact, GlossaryEntry, Measure, SourceDocument } from '../kb/schema.js';
import type { MeasureStatus, ValidityStatus } from '../kb/statusOn.js';
import type { BenefitEstimate } from '../eligibility/estimateBenefit.js';

/** The aspect of a measure a follow-up asks about. */
export type Focus = 'apply' | 'conditions' | 'amount' | 'deadline' | 'department' | 'article';

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
  /** Other measures the message named, offered next (另外那个呢, the other one). */
  alsoNamed?: Measure[];
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
  /** Set on the second decline in a row: a person is offered as well. */
  offerPerson?: boolean;
}

/** A need the measures cover only in part: what is not covered, then measures that may still help. */
export interface PartialAnswer {
  type: 'partial';
  /** What the measures do not cover (“房租减免”). */
  topic: string;
  mayHelp: MeasureBrief[];
  offerPerson?: boolean;
  /** Amounts the message states, worked out for the measures they are the base of (研发投入600万). */
  estimates?: BenefitEstimate[];
}

/** A measure in a list: its brief line and today's status. */
export interface MeasureBrief {
  measure: Measure;
  status: MeasureStatus;
  /** Short notices of what has ended or passed (已结束:… (截至2023年12月31日); 2023年目标年份已过). */
  badges: string[];
}

/** One part of an answer about several things: a measure, or a group (an area, or “did you mean”). */
export type Section =
  | { kind: 'measure'; answer: MeasureAnswer; badges: string[] }
  | { kind: 'group'; label: string; area?: Area; measures: MeasureBrief[] }
  /**
   * A part the 28 measures do not cover, or about another region's policies: said plainly, with the
   * measures its topic names as possibly helpful (not those with a section of their own).
   */
  | { kind: 'outside'; label: string; region?: string; mayHelp?: MeasureBrief[] };

/** Several measures asked about in one message: a section for each. */
export interface SeveralAnswer {
  type: 'several';
  sections: Section[];
  /** Asked whether they can be used together (能一起申请吗): the source does not say. */
  combined?: boolean;
  /** Amounts the message states, worked out for the measures they are the base of (研发投入600万). */
  estimates?: BenefitEstimate[];
}

/** Two measures side by side, with one sentence on the difference built from their data. */
export interface CompareAnswer {
  type: 'compare';
  pair: [MeasureAnswer, MeasureAnswer];
  /** Asked which suits the enterprise (哪个适合我): offer the eligibility check for both. */
  offerCheck: boolean;
  /** Asked whether both can be used together (能同时用吗): the source does not say. */
  combined?: boolean;
}

/** The support for an amount the user named (研发投入800万能拿多少), worked out with the arithmetic. */
export interface CalculationAnswer {
  type: 'calculation';
  measure: Measure;
  estimate: BenefitEstimate;
  /** The eligibility check can confirm the conditions. */
  canCheckEligibility: boolean;
}

/** Which measures have ended, passed their targets, are still within a dated period, or are undated. */
export type StatusFilter = 'ended' | 'soon' | 'open' | 'targets' | 'undated' | 'all';

export interface StatusListAnswer {
  type: 'status-list';
  filter: StatusFilter;
  today: string;
  /** Limited to one area when the question named one. */
  area?: Area;
  ended: MeasureBrief[];
  targetPassed: MeasureBrief[];
  /** Within a period the source dates (none since 2024). */
  inForce: MeasureBrief[];
  /** The source gives no end date: never presented as still open. */
  undated: MeasureBrief[];
  /** What has ended was waved away (过期的别给我列): ended and passed targets are only counted. */
  endedHidden?: boolean;
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
  /** The user asked for a phone number: the reply says first that the source publishes none. */
  asksNumber?: boolean;
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
  | PartialAnswer
  | SeveralAnswer
  | CompareAnswer
  | StatusListAnswer
  | CalculationAnswer
  | SmallTalkAnswer;

// What a turn ended in, for the bot layer to report where it sends an answer: one counter with the
// outcome as an attribute (`yiqi.outcome`), so a new kind of answer needs no new instrument.
import { context, type Span, trace } from '@opentelemetry/api';
import type { ReplyKind } from '../answers/replyKind.js';
import { ATTR, instruments } from './instruments.js';
import { TURN_SPAN } from './turnTelemetry.js';

/** The outcomes the dashboards know; any other string is counted as given. */
export type KnownOutcome = 'answered' | 'declined' | 'ambiguous' | 'handoff' | 'smalltalk';

const OUTCOME_OF_REPLY: Partial<Record<ReplyKind, KnownOutcome>> = {
  measure: 'answered',
  multi: 'answered',
  compare: 'answered',
  list: 'answered',
  glossary: 'answered',
  result: 'answered',
  choice: 'ambiguous',
  declined: 'declined',
  partial: 'declined',
  person: 'handoff',
  smalltalk: 'smalltalk',
};

/** The outcome a reply stands for (every kind of reply the bot sends, dialogs' results included); undefined for a question the bot asks. */
export function replyOutcome(kind: ReplyKind): KnownOutcome | undefined {
  return OUTCOME_OF_REPLY[kind];
}

/** Counts one outcome and marks the turn's span with it. */
export function recordOutcome(outcome: KnownOutcome | (string & {})): void {
  instruments().outcomes.add(1, { [ATTR.outcome]: outcome });
  const span = (context.active().getValue(TURN_SPAN) as Span | undefined) ?? trace.getActiveSpan();
  span?.setAttribute(ATTR.outcome, outcome);
}

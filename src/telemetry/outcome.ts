// What a turn ended in, for the bot layer to report where it sends an answer: one counter with the
// outcome as an attribute (`yiqi.outcome`), so a new kind of answer needs no new instrument.
import { context, type Span, trace } from '@opentelemetry/api';
import type { Answer } from '../answers/answer.js';
import { ATTR, instruments } from './instruments.js';
import { TURN_SPAN } from './turnTelemetry.js';

/** The outcomes the dashboards know; any other string is counted as given. */
export type KnownOutcome = 'answered' | 'declined' | 'ambiguous' | 'handoff' | 'smalltalk';

const OUTCOME_OF_ANSWER: Partial<Record<Answer['type'], KnownOutcome>> = {
  measure: 'answered',
  area: 'answered',
  overview: 'answered',
  glossary: 'answered',
  ambiguous: 'ambiguous',
  declined: 'declined',
  person: 'handoff',
  smalltalk: 'smalltalk',
};

/** The outcome an answer stands for; a kind not listed above counts under its own type name. */
export function answerOutcome(answer: Pick<Answer, 'type'>): string {
  return OUTCOME_OF_ANSWER[answer.type] ?? answer.type;
}

/** Counts one outcome and marks the turn's span with it. */
export function recordOutcome(outcome: KnownOutcome | (string & {})): void {
  instruments().outcomes.add(1, { [ATTR.outcome]: outcome });
  const span = (context.active().getValue(TURN_SPAN) as Span | undefined) ?? trace.getActiveSpan();
  span?.setAttribute(ATTR.outcome, outcome);
}

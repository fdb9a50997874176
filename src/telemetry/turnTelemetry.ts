// The span of a whole turn at the adapter, as the first middleware: everything the turn does — state
// reads and writes, dialogs, search, replies through the connector, the typing indicator — nests under
// it. Counts turns and times them. Records the channel, the activity type and a hash of the
// conversation id; never the message text.
import { createHash } from 'node:crypto';
import { type Attributes, context, createContextKey, type Span, SpanKind } from '@opentelemetry/api';
import type { Middleware, TurnContext } from 'botbuilder';
import { errorType, inSpan } from './inSpan.js';
import { ATTR, instruments, SPAN } from './instruments.js';

/** Where the turn's span is kept in the active context, for outcomes recorded deeper down. */
export const TURN_SPAN = createContextKey('yiqi.turn span');

/** Channel ids and activity types as metric attributes: known shapes only, so cardinality stays low. */
function label(value: string | undefined): string {
  return value && /^[A-Za-z0-9._-]{1,40}$/.test(value) ? value : 'other';
}

function conversationHash(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 16);
}

export class TurnTelemetry implements Middleware {
  async onTurn(turn: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = turn.activity;
    const attributes: Attributes = {
      [ATTR.channelId]: label(activity.channelId),
      [ATTR.activityType]: label(activity.type),
    };
    const meters = instruments();
    meters.turns.add(1, attributes);
    await inSpan(
      SPAN.turn,
      { kind: SpanKind.SERVER, attributes },
      (span: Span) => {
        const id = activity.conversation?.id;
        if (id && span.isRecording()) span.setAttribute(ATTR.conversationHash, conversationHash(id));
        return context.with(context.active().setValue(TURN_SPAN, span), next);
      },
      (ms, err) =>
        meters.turnDuration.record(
          ms,
          err ? { ...attributes, [ATTR.errorType]: errorType(err) } : attributes,
        ),
    );
  }
}

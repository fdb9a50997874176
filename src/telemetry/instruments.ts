// The names this bot's telemetry uses, and its tracer and meter instruments, taken from the global
// OpenTelemetry API: with no SDK started they are the API's no-ops, so instrumented code costs next
// to nothing when telemetry is off. Nothing here records what a user wrote.
import {
  type Counter,
  type Histogram,
  type MeterProvider,
  metrics,
  trace,
  type Tracer,
} from '@opentelemetry/api';

/** Instrumentation scope of every span and metric. */
export const SCOPE = 'yiqi';

export const SPAN = {
  turn: 'yiqi.turn',
  dialog: 'yiqi.dialog',
  search: 'yiqi.search',
  storageRead: 'yiqi.storage.read',
  storageWrite: 'yiqi.storage.write',
  storageDelete: 'yiqi.storage.delete',
} as const;

export const ATTR = {
  channelId: 'yiqi.channel_id',
  activityType: 'yiqi.activity_type',
  /** A hash of the conversation id, to tell one conversation's turns apart without its id. */
  conversationHash: 'yiqi.conversation_hash',
  outcome: 'yiqi.outcome',
  searchKind: 'yiqi.search.kind',
  searchAnswered: 'yiqi.search.answered',
  searchConfidence: 'yiqi.search.confidence',
  searchDeclined: 'yiqi.search.declined',
  searchMeasureId: 'yiqi.search.measure_id',
  searchMatches: 'yiqi.search.matches',
  storageOperation: 'yiqi.storage.operation',
  storageKind: 'yiqi.storage.kind',
  storageKeys: 'yiqi.storage.keys',
  errorType: 'error.type',
  httpMethod: 'http.request.method',
  httpStatus: 'http.response.status_code',
  serverAddress: 'server.address',
  urlTemplate: 'url.template',
} as const;

export interface Instruments {
  turns: Counter;
  outcomes: Counter;
  turnDuration: Histogram;
  searchDuration: Histogram;
  storageDuration: Histogram;
  connectorDuration: Histogram;
}

/** Bucket bounds in milliseconds for sub-millisecond to second latencies (the default starts at 5 ms). */
const FAST_BUCKETS = [0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000];
const SLOW_BUCKETS = [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000];

function create(provider: MeterProvider): Instruments {
  const meter = provider.getMeter(SCOPE);
  const ms = (name: string, description: string, buckets: number[]) =>
    meter.createHistogram(name, { unit: 'ms', description, advice: { explicitBucketBoundaries: buckets } });
  return {
    turns: meter.createCounter('yiqi.turns', {
      unit: '{turn}',
      description: 'Bot turns, by channel and activity type',
    }),
    outcomes: meter.createCounter('yiqi.outcomes', {
      unit: '{answer}',
      description: 'Answers sent, by yiqi.outcome (answered, declined, ambiguous, handoff, …)',
    }),
    turnDuration: ms('yiqi.turn.duration', 'Time of a whole turn at the adapter', SLOW_BUCKETS),
    searchDuration: ms('yiqi.search.duration', 'Time of one search', FAST_BUCKETS),
    storageDuration: ms('yiqi.storage.duration', 'Time of one state storage operation', SLOW_BUCKETS),
    connectorDuration: ms(
      'yiqi.connector.duration',
      'Time of one call to the channel connector',
      SLOW_BUCKETS,
    ),
  };
}

let current: { provider: MeterProvider; instruments: Instruments } | undefined;

/**
 * The instruments of the meter provider registered now. The metrics API has no proxy (a meter taken
 * before the SDK starts stays a no-op), so they are made again whenever the provider changes.
 */
export function instruments(): Instruments {
  const provider = metrics.getMeterProvider();
  if (current?.provider !== provider) current = { provider, instruments: create(provider) };
  return current.instruments;
}

export function tracer(): Tracer {
  return trace.getTracer(SCOPE);
}

// Telemetry of real turns through the real server, exported to OpenTelemetry's in-memory exporters:
// the spans of a question turn and how they nest, the counters and latency histograms, the trace id
// in the turn's log lines, and no message text anywhere.
import { createHash } from 'node:crypto';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import {
  AggregationTemporality,
  DataPointType,
  InMemoryMetricExporter,
  PeriodicExportingMetricReader,
  type MetricData,
} from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { Storage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { BoundedMemoryStorage } from '../../src/state/BoundedMemoryStorage.js';
import { startSdk } from '../../src/telemetry/sdk.js';
import type { Telemetry } from '../../src/telemetry/telemetry.js';
import {
  type BotUnderTest,
  type CaptureServer,
  message,
  post,
  startBot,
  startCaptureServer,
  waitFor,
} from '../helpers/botServer.js';

const spans = new InMemorySpanExporter();
const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
const logLines: string[] = [];
/** A storage that fails while `down` is set, as blob storage does when it cannot be reached. */
let down = false;
const memory = new BoundedMemoryStorage(1000);
const flakyStorage: Storage = {
  read: (keys) => (down ? Promise.reject(new Error('connect ECONNREFUSED')) : memory.read(keys)),
  write: (changes) => (down ? Promise.reject(new Error('connect ECONNREFUSED')) : memory.write(changes)),
  delete: (keys) => memory.delete(keys),
};

let telemetry: Telemetry;
let bot: BotUnderTest;
let capture: CaptureServer;

beforeAll(async () => {
  telemetry = startSdk({
    mode: 'custom',
    serviceName: 'yiqi-test',
    spanProcessors: [new SimpleSpanProcessor(spans)],
    metricReaders: [
      new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 }),
    ],
  });
  capture = await startCaptureServer();
  bot = await startBot(
    {},
    { logger: createLogger({ write: (line) => logLines.push(line) }), storage: flakyStorage },
  );
});

afterAll(async () => {
  await bot.close();
  await capture.close();
  await telemetry.shutdown();
});

const hash = (id: string) => createHash('sha256').update(id).digest('hex').slice(0, 16);

/** Sends a message the way a channel does (replies come back through the connector) and waits for them. */
async function turn(text: string, conversationId: string): Promise<ReadableSpan[]> {
  const { status } = await post(bot.url, message(text, conversationId, capture.url));
  expect(status).toBe(200);
  await waitFor(() =>
    capture.received.get(conversationId)?.some((a) => a.type === 'message') ? true : undefined,
  );
  const root = spans
    .getFinishedSpans()
    .find((s) => s.name === 'yiqi.turn' && s.attributes['yiqi.conversation_hash'] === hash(conversationId));
  expect(root).toBeDefined();
  const traceId = root!.spanContext().traceId;
  return spans.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
}

async function metrics(): Promise<MetricData[]> {
  await telemetry.flush();
  const last = metricExporter.getMetrics().at(-1);
  return last?.scopeMetrics.flatMap((s) => s.metrics) ?? [];
}

function sumOf(all: MetricData[], name: string, attributes: Record<string, string>): number {
  const metric = all.find((m) => m.descriptor.name === name);
  if (!metric || metric.dataPointType !== DataPointType.SUM) return 0;
  return metric.dataPoints
    .filter((p) => Object.entries(attributes).every(([k, v]) => p.attributes[k] === v))
    .reduce((n, p) => n + p.value, 0);
}

function histogramCount(all: MetricData[], name: string): number {
  const metric = all.find((m) => m.descriptor.name === name);
  if (!metric || metric.dataPointType !== DataPointType.HISTOGRAM) return 0;
  return metric.dataPoints.reduce((n, p) => n + p.value.count, 0);
}

const byName = (list: ReadableSpan[], name: string) => list.filter((s) => s.name === name);
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('telemetry of a turn', () => {
  it('traces a question: turn → dialog → search, with state reads and writes and the reply to the connector', async () => {
    const trace = await turn('我们公司叫青松科技，无缝续贷怎么申请', 'otel-question');
    const [root] = byName(trace, 'yiqi.turn');
    expect(root).toMatchObject({
      kind: SpanKind.SERVER,
      attributes: {
        'yiqi.channel_id': 'emulator',
        'yiqi.activity_type': 'message',
        'yiqi.outcome': 'answered',
      },
    });
    expect(root!.parentSpanContext).toBeUndefined();
    expect(root!.resource.attributes['service.name']).toBe('yiqi-test');

    const [dialog] = byName(trace, 'yiqi.dialog');
    expect(parentOf(dialog!)).toBe(root!.spanContext().spanId);
    const [search] = byName(trace, 'yiqi.search');
    expect(parentOf(search!)).toBe(dialog!.spanContext().spanId);
    expect(search!.attributes).toMatchObject({
      'yiqi.search.kind': 'measure',
      'yiqi.search.answered': true,
      'yiqi.search.measure_id': expect.any(String),
    });

    // State is read before the dialog runs and written after it, all inside the turn.
    const reads = byName(trace, 'yiqi.storage.read');
    const writes = byName(trace, 'yiqi.storage.write');
    expect(reads.length).toBeGreaterThan(0);
    expect(writes.length).toBeGreaterThan(0);
    for (const s of [...reads, ...writes])
      expect(s).toMatchObject({ kind: SpanKind.CLIENT, attributes: { 'yiqi.storage.kind': 'memory' } });

    const replies = trace.filter((s) => s.name.startsWith('connector POST'));
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0]).toMatchObject({
      kind: SpanKind.CLIENT,
      attributes: {
        'http.request.method': 'POST',
        'http.response.status_code': 200,
        'server.address': new URL(capture.url).host,
        'url.template': expect.stringContaining('v3/conversations/{conversationId}/activities'),
      },
    });
    // Every span of the turn descends from its root.
    const ids = new Set(trace.map((s) => s.spanContext().spanId));
    for (const s of trace) if (s !== root) expect(ids.has(parentOf(s)!)).toBe(true);
  });

  it('counts turns and outcomes by kind, and times turns, searches and storage', async () => {
    const before = await metrics();
    await turn('深圳专精特新奖励标准', 'otel-declined');
    await turn('四上企业', 'otel-ambiguous');
    await turn('转人工', 'otel-handoff');
    await turn('AI算力券', 'otel-answered');
    const after = await metrics();
    const delta = (name: string, attributes: Record<string, string>) =>
      sumOf(after, name, attributes) - sumOf(before, name, attributes);
    expect(delta('yiqi.turns', { 'yiqi.channel_id': 'emulator', 'yiqi.activity_type': 'message' })).toBe(4);
    expect(delta('yiqi.outcomes', { 'yiqi.outcome': 'declined' })).toBe(1);
    expect(delta('yiqi.outcomes', { 'yiqi.outcome': 'ambiguous' })).toBe(1);
    expect(delta('yiqi.outcomes', { 'yiqi.outcome': 'handoff' })).toBe(1);
    expect(delta('yiqi.outcomes', { 'yiqi.outcome': 'answered' })).toBe(1);
    const timed = (name: string) => histogramCount(after, name) - histogramCount(before, name);
    expect(timed('yiqi.turn.duration')).toBe(4);
    // Asking for a person needs no search; 四上企业, short and unclear, is also read as two names typed
    // together (四上 | 企业): one search more.
    expect(timed('yiqi.search.duration')).toBe(4);
    expect(timed('yiqi.storage.duration')).toBeGreaterThanOrEqual(8); // each turn reads and writes state
    const turnDuration = after.find((m) => m.descriptor.name === 'yiqi.turn.duration')!;
    expect(turnDuration.descriptor.unit).toBe('ms');
  });

  it('marks a storage failure on its span and the turn, and the user still gets the polite reply', async () => {
    down = true;
    try {
      const trace = await turn('无缝续贷', 'otel-storage-down');
      const failed = trace.filter((s) => s.name.startsWith('yiqi.storage.'));
      expect(failed.length).toBeGreaterThan(0);
      expect(failed[0]!.status.code).toBe(SpanStatusCode.ERROR);
      expect(byName(trace, 'yiqi.turn')[0]!.status.code).toBe(SpanStatusCode.ERROR);
    } finally {
      down = false;
    }
    const all = await metrics();
    const storage = all.find((m) => m.descriptor.name === 'yiqi.storage.duration')!;
    expect(storage.dataPoints.some((p) => p.attributes['error.type'] !== undefined)).toBe(true);
  });

  it('puts the trace id on the log lines of a turn', async () => {
    const trace = await turn('AI算力券怎么申请', 'otel-logs');
    const root = byName(trace, 'yiqi.turn')[0]!;
    const line = logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((e) => e.msg === 'message' && e.conversationId === 'otel-logs');
    expect(line).toMatchObject({ trace_id: root.spanContext().traceId, span_id: expect.any(String) });
  });

  it('never records the message text: not in spans, events, metrics or logs', async () => {
    await turn('我们公司叫青松科技，无缝续贷怎么申请', 'otel-secret-text');
    await turn('青松科技在深圳，有什么补贴', 'otel-secret-text-2');
    const exported = JSON.stringify({
      spans: spans.getFinishedSpans().map((s) => ({
        name: s.name,
        attributes: s.attributes,
        events: s.events,
        status: s.status,
        links: s.links,
        resource: s.resource.attributes,
      })),
      metrics: await metrics(),
    });
    expect(exported).toContain('yiqi.turn'); // the check looks at real data
    for (const text of ['青松科技', '无缝续贷怎么申请', '有什么补贴']) {
      expect(exported).not.toContain(text);
      expect(logLines.join('\n')).not.toContain(text);
    }
    // Nor the conversation id itself: only its hash.
    expect(exported).not.toContain('otel-secret-text');
  });
});

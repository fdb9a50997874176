// With OTEL_EXPORTER_OTLP_ENDPOINT set, a turn's spans and the bot's metrics reach an OTLP/HTTP
// collector — here a capture server on a loopback port reading OTLP/HTTP JSON as the specification
// defines it — and closing the app flushes them. With nothing configured, no SDK is loaded at all.
import { spawnSync } from 'node:child_process';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startTelemetry } from '../../src/telemetry/startTelemetry.js';
import { message, post, startBot, startCaptureServer, waitFor } from '../helpers/botServer.js';
import { projectRoot } from '../helpers/paths.js';

interface Export {
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: number | string; boolValue?: boolean };
}

const exports: Export[] = [];
const collector = createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    exports.push({
      path: req.url ?? '',
      headers: req.headers,
      body: JSON.parse(body) as Record<string, unknown>,
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
});
let collectorUrl = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  collectorUrl = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => collector.close(() => resolve())));

const attr = (list: OtlpAttribute[] | undefined, key: string) => list?.find((a) => a.key === key)?.value;

describe('OTLP export', () => {
  it("sends a turn's spans and the metrics to the collector, flushed when the app closes", async () => {
    const config = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: `${collectorUrl}/`,
      OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=test%20key',
      OTEL_SERVICE_NAME: 'yiqi-otlp-test',
    });
    const telemetry = await startTelemetry(config);
    expect(telemetry.mode).toBe('otlp');
    const capture = await startCaptureServer();
    const bot = await startBot({}, { telemetry });
    try {
      expect((await post(bot.url, message('无缝续贷怎么申请', 'otlp-conv', capture.url))).status).toBe(200);
      await waitFor(() => (capture.received.get('otlp-conv')?.length ? true : undefined));
    } finally {
      await bot.close(); // shuts telemetry down, exporting what is buffered
      await capture.close();
    }

    const traces = exports.filter((e) => e.path === '/v1/traces');
    expect(traces.length).toBeGreaterThan(0);
    expect(traces[0]!.headers['content-type']).toContain('application/json');
    expect(traces[0]!.headers['x-api-key']).toBe('test key');
    const resourceSpans = traces.flatMap(
      (e) =>
        e.body.resourceSpans as {
          resource: { attributes: OtlpAttribute[] };
          scopeSpans: {
            scope: { name: string };
            spans: { name: string; traceId: string; parentSpanId?: string }[];
          }[];
        }[],
    );
    expect(attr(resourceSpans[0]!.resource.attributes, 'service.name')?.stringValue).toBe('yiqi-otlp-test');
    const spans = resourceSpans.flatMap((r) =>
      r.scopeSpans.filter((s) => s.scope.name === 'yiqi').flatMap((s) => s.spans),
    );
    const names = spans.map((s) => s.name);
    for (const name of ['yiqi.turn', 'yiqi.dialog', 'yiqi.search', 'yiqi.storage.read', 'yiqi.storage.write'])
      expect(names).toContain(name);
    expect(names.some((n) => n.startsWith('connector POST'))).toBe(true);
    const root = spans.find((s) => s.name === 'yiqi.turn')!;
    expect(spans.every((s) => s.traceId === root.traceId)).toBe(true);

    const metricNames = exports
      .filter((e) => e.path === '/v1/metrics')
      .flatMap((e) =>
        (e.body.resourceMetrics as { scopeMetrics: { metrics: { name: string }[] }[] }[]).flatMap((r) =>
          r.scopeMetrics.flatMap((s) => s.metrics.map((m) => m.name)),
        ),
      );
    for (const name of [
      'yiqi.turns',
      'yiqi.outcomes',
      'yiqi.turn.duration',
      'yiqi.search.duration',
      'yiqi.storage.duration',
    ])
      expect(metricNames).toContain(name);
    expect(JSON.stringify(exports)).not.toContain('无缝续贷怎么申请');
  });

  it('loads no OpenTelemetry SDK and no exporter when nothing is configured', () => {
    // A child process, so that what this file loaded does not count; it notes every package resolved.
    const script = `
      import { registerHooks } from 'node:module';
      const resolved = new Set();
      registerHooks({
        resolve(specifier, context, next) {
          if (/^@(opentelemetry|azure\\/monitor)/.test(specifier)) resolved.add(specifier);
          return next(specifier, context);
        },
      });
      const { loadConfig } = await import('./src/config.ts');
      const { startTelemetry } = await import('./src/telemetry/startTelemetry.ts');
      const { createApp } = await import('./src/app.ts');
      const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent' });
      const telemetry = await startTelemetry(config);
      const app = createApp(config, { telemetry });
      const url = await app.listen();
      await fetch(url + '/api/search?q=' + encodeURIComponent('无缝续贷'));
      await app.close();
      console.log(JSON.stringify({ mode: telemetry.mode, resolved: [...resolved] }));
    `;
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { mode: string; resolved: string[] };
    expect(out.mode).toBe('off');
    expect(out.resolved).toContain('@opentelemetry/api'); // the hook saw the API being loaded …
    expect(out.resolved.filter((s) => s !== '@opentelemetry/api')).toEqual([]); // … and nothing else
  });
});

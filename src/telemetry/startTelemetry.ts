// Starts telemetry as the configuration says, before the server takes its first request: Azure
// Monitor (the @azure/monitor-opentelemetry distro) when APPLICATIONINSIGHTS_CONNECTION_STRING is set,
// OTLP over HTTP (JSON) when OTEL_EXPORTER_OTLP_ENDPOINT is, both when both are; otherwise off —
// no SDK is even loaded, and the instrumented code runs against the OpenTelemetry API's no-ops.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MetricReader } from '@opentelemetry/sdk-metrics';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { Config } from '../config.js';
import { packageRoot } from '../kb/packageRoot.js';
import { type Telemetry, telemetryOff } from './telemetry.js';

export type TelemetryConfig = Pick<
  Config,
  | 'APPLICATIONINSIGHTS_CONNECTION_STRING'
  | 'OTEL_EXPORTER_OTLP_ENDPOINT'
  | 'OTEL_EXPORTER_OTLP_HEADERS'
  | 'OTEL_SERVICE_NAME'
  | 'OTEL_METRIC_EXPORT_INTERVAL'
>;

function serviceVersion(): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(packageRoot(import.meta.url), 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version;
  } catch {
    return undefined;
  }
}

/** The OTLP/HTTP exporters for the endpoint: /v1/traces and /v1/metrics under it, as the OTLP spec says. */
async function otlpExport(
  config: TelemetryConfig,
  endpoint: string,
): Promise<{ spanProcessors: SpanProcessor[]; metricReaders: MetricReader[] }> {
  const [
    { OTLPTraceExporter },
    { OTLPMetricExporter },
    { BatchSpanProcessor },
    { PeriodicExportingMetricReader },
  ] = await Promise.all([
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/exporter-metrics-otlp-http'),
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/sdk-metrics'),
  ]);
  const headers = config.OTEL_EXPORTER_OTLP_HEADERS;
  return {
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint}/v1/traces`, headers })),
    ],
    metricReaders: [
      new PeriodicExportingMetricReader({
        exporter: new OTLPMetricExporter({ url: `${endpoint}/v1/metrics`, headers }),
        exportIntervalMillis: config.OTEL_METRIC_EXPORT_INTERVAL,
        exportTimeoutMillis: Math.min(30_000, config.OTEL_METRIC_EXPORT_INTERVAL),
      }),
    ],
  };
}

export async function startTelemetry(config: TelemetryConfig): Promise<Telemetry> {
  const connectionString = config.APPLICATIONINSIGHTS_CONNECTION_STRING;
  const endpoint = config.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!connectionString && !endpoint) return telemetryOff;
  const otlp = endpoint ? await otlpExport(config, endpoint) : { spanProcessors: [], metricReaders: [] };
  const service = { serviceName: config.OTEL_SERVICE_NAME, serviceVersion: serviceVersion() };
  if (connectionString) {
    const { startAzureMonitor } = await import('./azureMonitor.js');
    return startAzureMonitor({
      ...service,
      connectionString,
      ...otlp,
      mode: endpoint ? 'azure-monitor+otlp' : 'azure-monitor',
    });
  }
  const { startSdk } = await import('./sdk.js');
  return startSdk({ ...service, ...otlp, mode: 'otlp' });
}

// Telemetry to Azure Monitor (Application Insights) through Microsoft's OpenTelemetry distro, loaded
// only when a connection string is configured. Its connection string names the ingestion endpoint,
// so Azure operated by 21Vianet needs nothing more than that cloud's connection string.
import { metrics, trace } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import type { MetricReader } from '@opentelemetry/sdk-metrics';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { Telemetry, TelemetryMode } from './telemetry.js';

export interface AzureMonitorOptions {
  mode: TelemetryMode;
  connectionString: string;
  serviceName: string;
  serviceVersion?: string;
  /** More exporters beside Azure Monitor's (OTLP when that is configured too). */
  spanProcessors: SpanProcessor[];
  metricReaders: MetricReader[];
}

export async function startAzureMonitor(options: AzureMonitorOptions): Promise<Telemetry> {
  const { useAzureMonitor, shutdownAzureMonitor } = await import('@azure/monitor-opentelemetry');
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString: options.connectionString },
    resource: resourceFromAttributes({
      'service.name': options.serviceName,
      ...(options.serviceVersion ? { 'service.version': options.serviceVersion } : {}),
    }),
    // Turns, storage and connector calls have their own spans (src/telemetry); the distro's HTTP
    // instrumentation would add a span per health probe and duplicate the connector's.
    instrumentationOptions: { http: { enabled: false } },
    spanProcessors: options.spanProcessors,
    metricReaders: options.metricReaders,
  });
  return {
    mode: options.mode,
    async flush() {
      // The distro's providers sit behind the API's globals (the tracer provider behind a proxy).
      type Flushable = { forceFlush?: () => Promise<void> };
      const tracers = (trace.getTracerProvider() as { getDelegate?: () => Flushable }).getDelegate?.();
      await Promise.all([tracers?.forceFlush?.(), (metrics.getMeterProvider() as Flushable).forceFlush?.()]);
    },
    shutdown: () => shutdownAzureMonitor(),
  };
}

// The OpenTelemetry SDK for this process: a tracer provider (AsyncLocalStorage context, so spans nest
// across awaits) and a meter provider, registered as the API's globals, exporting through the span
// processors and metric readers given (OTLP in production, in-memory exporters in tests). Loaded only
// when telemetry is on.
import { context, metrics, propagation, trace } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, type MetricReader } from '@opentelemetry/sdk-metrics';
import { NodeTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { Telemetry, TelemetryMode } from './telemetry.js';

export interface SdkOptions {
  mode: TelemetryMode;
  serviceName: string;
  serviceVersion?: string;
  spanProcessors: SpanProcessor[];
  metricReaders: MetricReader[];
}

export function startSdk(options: SdkOptions): Telemetry {
  const resource = resourceFromAttributes({
    'service.name': options.serviceName,
    ...(options.serviceVersion ? { 'service.version': options.serviceVersion } : {}),
  });
  const tracerProvider = new NodeTracerProvider({ resource, spanProcessors: options.spanProcessors });
  tracerProvider.register();
  const meterProvider = new MeterProvider({ resource, readers: options.metricReaders });
  metrics.setGlobalMeterProvider(meterProvider);
  return {
    mode: options.mode,
    async flush() {
      await Promise.all([tracerProvider.forceFlush(), meterProvider.forceFlush()]);
    },
    async shutdown() {
      try {
        await Promise.all([tracerProvider.shutdown(), meterProvider.shutdown()]);
      } finally {
        // Back to the API's no-ops, so the process (or the next test) can start again.
        trace.disable();
        metrics.disable();
        context.disable();
        propagation.disable();
      }
    },
  };
}

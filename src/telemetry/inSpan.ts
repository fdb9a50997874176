// Runs a piece of work as the active span (so work it starts nests under it), records a failure on
// the span, ends it, and reports the work's duration. With telemetry off the span is the API's no-op.
import { type Span, type SpanOptions, SpanStatusCode } from '@opentelemetry/api';
import { tracer } from './instruments.js';

/** The `error.type` of a failure: the error's name (a low-cardinality value, never its message). */
export function errorType(err: unknown): string {
  return err instanceof Error ? err.name : typeof err;
}

function fail(span: Span, err: unknown): void {
  if (!span.isRecording()) return;
  if (err instanceof Error) span.recordException(err);
  span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.name : String(err) });
}

export type Done = (milliseconds: number, err: unknown) => void;

export function inSpan<T>(
  name: string,
  options: SpanOptions,
  work: (span: Span) => Promise<T>,
  done?: Done,
): Promise<T> {
  return tracer().startActiveSpan(name, options, async (span) => {
    const start = performance.now();
    let error: unknown;
    try {
      return await work(span);
    } catch (err) {
      error = err;
      fail(span, err);
      throw err;
    } finally {
      span.end();
      done?.(performance.now() - start, error);
    }
  });
}

export function inSpanSync<T>(name: string, options: SpanOptions, work: (span: Span) => T, done?: Done): T {
  return tracer().startActiveSpan(name, options, (span) => {
    const start = performance.now();
    let error: unknown;
    try {
      return work(span);
    } catch (err) {
      error = err;
      fail(span, err);
      throw err;
    } finally {
      span.end();
      done?.(performance.now() - start, error);
    }
  });
}

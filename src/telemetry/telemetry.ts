// What a started telemetry is: where it exports, and how to flush and stop it.

/** off: nothing loaded, the API's no-ops; azure-monitor and otlp: the exporters configured; custom: a test's own. */
export type TelemetryMode = 'off' | 'azure-monitor' | 'otlp' | 'azure-monitor+otlp' | 'custom';

export interface Telemetry {
  readonly mode: TelemetryMode;
  /** Exports what is buffered (spans, metrics) now. */
  flush(): Promise<void>;
  /** Exports what is buffered and stops; the API goes back to its no-ops. */
  shutdown(): Promise<void>;
}

export const telemetryOff: Telemetry = {
  mode: 'off',
  flush: () => Promise.resolve(),
  shutdown: () => Promise.resolve(),
};

// What the process does with an error nothing else caught, so that one failing request cannot stop
// the bot for everyone. A rejected promise nobody handled is logged and the bot keeps serving: the
// failure was asynchronous and left nothing half done. An exception nobody caught is logged too;
// when it is a known-safe network error (a socket reset or closed while written to, which a stream
// without an error listener throws) the bot keeps serving, and for anything else it stops
// gracefully (requests in flight finish) with exit code 1 so that the host restarts it clean — after
// an unknown exception the process may hold half-changed state.
import type { Logger } from './log/logger.js';

/** Error codes of a connection that went away: nothing in this process is left half done. */
const KNOWN_SAFE_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ERR_STREAM_DESTROYED',
  'ERR_STREAM_WRITE_AFTER_END',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

export function isKnownSafe(err: unknown): boolean {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && KNOWN_SAFE_CODES.has(code);
}

function describe(err: unknown): { message: string; stack?: string } {
  return err instanceof Error
    ? { message: err.message, ...(err.stack ? { stack: err.stack } : {}) }
    : { message: String(err) };
}

export interface ProcessGuards {
  onUnhandledRejection(reason: unknown): void;
  onUncaughtException(err: unknown): void;
}

/** The handlers (installed with installProcessGuards; tests call them directly). */
export function processGuards(logger: Logger, stop: (exitCode: number) => void): ProcessGuards {
  let stopping = false;
  return {
    onUnhandledRejection(reason) {
      logger.error('unhandled promise rejection (still serving)', { err: describe(reason) });
    },
    onUncaughtException(err) {
      if (isKnownSafe(err)) {
        logger.error('uncaught network error (still serving)', { err: describe(err) });
        return;
      }
      logger.error('uncaught exception: stopping gracefully, exit code 1', { err: describe(err) });
      if (!stopping) {
        stopping = true;
        stop(1);
      }
    },
  };
}

export function installProcessGuards(logger: Logger, stop: (exitCode: number) => void): void {
  const guards = processGuards(logger, stop);
  process.on('unhandledRejection', guards.onUnhandledRejection);
  process.on('uncaughtException', guards.onUncaughtException);
}

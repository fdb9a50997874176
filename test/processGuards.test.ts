// What the process does with an error nothing caught: a rejected promise is logged with its message
// and the bot keeps serving; an uncaught network error (a connection gone) likewise; any other
// uncaught exception is logged and stops the bot gracefully with exit code 1, once.
import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from '../src/log/logger.js';
import { isKnownSafe, processGuards } from '../src/processGuards.js';

function capture() {
  const lines: { level: LogLevel; line: Record<string, unknown> }[] = [];
  const logger = createLogger({
    level: 'debug',
    write: (line, level) => lines.push({ level, line: JSON.parse(line) as Record<string, unknown> }),
  });
  return { lines, logger };
}

describe('process guards', () => {
  it('log an unhandled rejection with its message and keep serving', () => {
    const { lines, logger } = capture();
    const stops: number[] = [];
    processGuards(logger, (code) => stops.push(code)).onUnhandledRejection(new Error('typing send failed'));
    expect(stops).toEqual([]);
    expect(lines[0]!.level).toBe('error');
    expect(JSON.stringify(lines[0]!.line)).toContain('typing send failed');
  });

  it('keep serving after a connection that went away; stop once, with 1, after anything else', () => {
    const { lines, logger } = capture();
    const stops: number[] = [];
    const guards = processGuards(logger, (code) => stops.push(code));
    guards.onUncaughtException(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    expect(stops).toEqual([]);
    guards.onUncaughtException(new TypeError('x is not a function'));
    guards.onUncaughtException(new TypeError('again'));
    expect(stops).toEqual([1]);
    expect(lines.map((l) => String(l.line.msg))).toEqual([
      'uncaught network error (still serving)',
      'uncaught exception: stopping gracefully, exit code 1',
      'uncaught exception: stopping gracefully, exit code 1',
    ]);
    expect(isKnownSafe({ code: 'EPIPE' })).toBe(true);
    expect(isKnownSafe(new Error('boom'))).toBe(false);
  });
});

// Log lines written in batches: lines logged during one turn of the event loop go out in one
// synchronous write when that turn ends (setImmediate), instead of one write system call per line —
// under load a write per line was the largest single cost of a turn after the reply itself. Lines
// still leave within the same turn of the event loop, in order, and whatever is pending is written
// before the process exits (process.exit included), so the last lines before an exit are not lost.
import { writeSync } from 'node:fs';

export interface BatchedLines {
  /** Queues one line (with its newline). */
  write(line: string): void;
  /** Writes what is queued now. */
  flush(): void;
}

/** Writes all of `text` to a file descriptor, however many writes that takes (a full pipe, EAGAIN). */
export function writeAll(fd: number, text: string): void {
  let buffer = Buffer.from(text, 'utf8');
  while (buffer.length > 0) {
    let written: number;
    try {
      written = writeSync(fd, buffer);
    } catch (err) {
      // A non-blocking pipe that is full: try again. Anything else (EPIPE: nobody reads the logs
      // any more) drops the lines rather than stopping the bot.
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      return;
    }
    buffer = buffer.subarray(written);
  }
}

export function batchedLines(write: (text: string) => void): BatchedLines {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = pending.length === 1 ? pending[0]! : pending.join('');
    pending = [];
    write(text);
  };
  return {
    write(line) {
      pending.push(line);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush).unref();
      }
    },
    flush,
  };
}

let stdout: BatchedLines | undefined;

/** The one batch of lines for stdout, shared by every logger, and written out at exit. */
export function stdoutLines(): BatchedLines {
  if (!stdout) {
    const lines = batchedLines((text) => writeAll(1, text));
    process.on('exit', () => lines.flush());
    stdout = lines;
  }
  return stdout;
}

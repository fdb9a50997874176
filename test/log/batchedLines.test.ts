// Log lines are batched per turn of the event loop: one write for all the lines of a turn, in order,
// and nothing is lost when the process exits straight after logging.
import { describe, expect, it } from 'vitest';
import { batchedLines } from '../../src/log/batchedLines.js';
import { jsonLines, runModuleScript } from '../helpers/runModuleScript.js';

describe('batched log lines', () => {
  it('go out in one write per turn of the event loop, in order', async () => {
    const writes: string[] = [];
    const lines = batchedLines((text) => writes.push(text));
    lines.write('a\n');
    lines.write('b\n');
    lines.write('c\n');
    expect(writes).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual(['a\nb\nc\n']);
    lines.write('d\n');
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual(['a\nb\nc\n', 'd\n']);
  });

  it('can be written at once (flush), and a flush with nothing queued writes nothing', () => {
    const writes: string[] = [];
    const lines = batchedLines((text) => writes.push(text));
    lines.flush();
    lines.write('x\n');
    lines.flush();
    lines.flush();
    expect(writes).toEqual(['x\n']);
  });

  it('are all written when the process exits right after logging (process.exit)', () => {
    const result = runModuleScript([
      "import { createLogger } from './src/log/logger.ts';",
      'const log = createLogger();',
      'for (let i = 0; i < 500; i++) log.info(`line ${i}`);',
      'process.exit(0);',
    ]);
    expect(result.status).toBe(0);
    const msgs = jsonLines(result.stdout).map((entry) => entry.msg);
    expect(msgs).toEqual(Array.from({ length: 500 }, (_, i) => `line ${i}`));
  });
});

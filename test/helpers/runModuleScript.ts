// Runs a few lines of TypeScript as an ES module in a new Node process in the project folder (with
// tsx), for tests about what a process writes to stdout and stderr, and how it exits.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { projectRoot } from './paths.js';

export function runModuleScript(lines: readonly string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', lines.join('\n')], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

/** The JSON lines a process wrote. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

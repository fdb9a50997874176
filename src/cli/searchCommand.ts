// `yiqi search --jsonl`: one question per line of standard input → one JSON line each, for
// other systems and for evaluation. Every input line gets exactly one well-formed output line.
import { loadKnowledge } from '../kb/loadKnowledge.js';
import { SearchEngine } from '../search/searchEngine.js';
import { toJsonLine } from '../search/toJsonLine.js';
import type { CliIo } from './cliIo.js';

export async function searchCommand(args: readonly string[], io: CliIo): Promise<number> {
  if (!args.includes('--jsonl')) {
    io.err('usage: yiqi search --jsonl < questions.txt\n');
    return 2;
  }
  const engine = new SearchEngine(loadKnowledge());
  for await (const line of io.lines()) {
    io.out(toJsonLine(line, engine.search(line)) + '\n');
  }
  return 0;
}

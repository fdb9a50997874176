#!/usr/bin/env node
// Entry point of the `yiqi` command: dispatches to one module per sub-command.
import { createInterface } from 'node:readline';
import type { CliIo } from './cliIo.js';
import { askCommand } from './askCommand.js';
import { chatCommand } from './chatCommand.js';
import { kbCommand } from './kbCommand.js';
import { reportCommand } from './reportCommand.js';
import { searchCommand } from './searchCommand.js';

const USAGE = `yiqi — 益企问 command line

  yiqi ask "问题"          answer one question
  yiqi chat               talk to the bot in the terminal
  yiqi search --jsonl     one question per stdin line → one JSON line each
  yiqi checkup            run the policy check-up and print the 服务包 as Markdown (--lang en: in English)
  yiqi report [--json]    unanswered questions, feedback and ratings: what to add next
  yiqi requests [--open] [--json]
                          the service requests kept (转人工), for operators
  yiqi kb check           validate the knowledge base
  yiqi kb export          print the validated knowledge base as JSON
`;

// A closed pipe (yiqi … | head) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const io: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'kb':
      return kbCommand(rest, io);
    case 'search':
      return searchCommand(rest, io);
    case 'checkup':
      return (await import('./checkupCommand.js')).checkupCommand(rest, io);
    case 'ask':
      return askCommand(rest, io);
    case 'report':
      return reportCommand(rest, io);
    case 'requests':
      return (await import('./requestsCommand.js')).requestsCommand(rest, io);
    case 'chat':
      return chatCommand(rest, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.err(`unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`yiqi: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);

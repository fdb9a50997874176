// `yiqi chat`: a conversation with the same bot in the terminal (same dialogs and answers; cards
// shown as text), for specialists and demos. Reads lines until end of input or “退出聊天”.
import { MemoryStorage } from 'botbuilder';
import { createBot } from '../bot/createBot.js';
import { createServices } from '../bot/createServices.js';
import { MemoryMaintainerLog } from '../feedback/maintainerLog.js';
import { loadKnowledge } from '../kb/loadKnowledge.js';
import { silentLogger } from '../log/logger.js';
import type { CliIo } from './cliIo.js';
import { today } from './today.js';
import { TerminalAdapter } from './TerminalAdapter.js';

export async function chatCommand(_args: readonly string[], io: CliIo): Promise<number> {
  const services = createServices(loadKnowledge(), today, new MemoryMaintainerLog(), silentLogger);
  const bot = createBot(services, new MemoryStorage());
  const adapter = new TerminalAdapter((text) => io.out(`\n${services.kb.replies.botName}:\n${text}\n\n> `));
  adapter.onTurnError = async (context, error) => {
    io.err(`yiqi: ${error.message}\n`);
    await context.sendActivity(services.kb.replies.errors.turn);
  };
  await adapter.say(undefined, (context) => bot.run(context));
  for await (const line of io.lines()) {
    const text = line.trim();
    if (text === '退出聊天' || text === '/quit') break;
    if (text === '') {
      io.out('> ');
      continue;
    }
    await adapter.say(text, (context) => bot.run(context));
  }
  io.out('\n');
  return 0;
}

import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { message, post, startBot, startCaptureServer } from '../helpers/botServer.js';

describe('logs', () => {
  it('are JSON lines that redact secrets and leave message text out unless allowed', () => {
    const lines: string[] = [];
    const log = createLogger({ write: (line) => lines.push(line) });
    log.info('message', {
      conversationId: 'c1',
      text: log.text('我们公司的秘密'),
      MicrosoftAppPassword: 'p@ss',
      authorization: 'Bearer x',
    });
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 'info', msg: 'message', conversationId: 'c1', text: '[7 chars]' });
    expect(entry.MicrosoftAppPassword).toBe('[redacted]');
    expect(entry.authorization).toBe('[redacted]');
    const verbose = createLogger({ logMessageText: true, write: (line) => lines.push(line) });
    expect(verbose.text('可以记录')).toBe('可以记录');
  });

  it('of a real turn carry the conversation id, not the question, and no secret', async () => {
    const lines: string[] = [];
    const capture = await startCaptureServer();
    const bot = await startBot({}, { logger: createLogger({ write: (line) => lines.push(line) }) });
    try {
      await post(bot.url, {
        ...message('我们厂的研发投入是多少保密', 'log-conv', capture.url),
        deliveryMode: 'expectReplies',
      });
    } finally {
      await bot.close();
      await capture.close();
    }
    const all = lines.join('\n');
    expect(all).toContain('log-conv');
    expect(all).not.toContain('研发投入是多少保密');
  });
});

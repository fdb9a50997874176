import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel, type LoggerOptions } from '../../src/log/logger.js';
import { message, post, startBot, startCaptureServer } from '../helpers/botServer.js';
import { jsonLines, runModuleScript } from '../helpers/runModuleScript.js';

function capture(options: LoggerOptions = {}) {
  const lines: { line: string; level: LogLevel }[] = [];
  const log = createLogger({ ...options, write: (line, level) => lines.push({ line, level }) });
  const entries = () => lines.map(({ line }) => JSON.parse(line) as Record<string, unknown>);
  return { log, lines, entries };
}

describe('logs', () => {
  it('are JSON lines that redact secrets and leave message text out unless allowed', () => {
    const { log, lines, entries } = capture();
    log.info('message', {
      conversationId: 'c1',
      text: log.text('我们公司的秘密'),
      MicrosoftAppPassword: 'p@ss',
      authorization: 'Bearer x',
    });
    expect(lines[0]!.line).not.toContain('\n');
    const entry = entries()[0]!;
    expect(entry).toMatchObject({ level: 'info', msg: 'message', conversationId: 'c1', text: '[7 chars]' });
    expect(Date.parse(entry.time as string)).not.toBeNaN();
    expect(entry.MicrosoftAppPassword).toBe('[redacted]');
    expect(entry.authorization).toBe('[redacted]');
    const verbose = createLogger({
      logMessageText: true,
      write: (line) => lines.push({ line, level: 'info' }),
    });
    expect(verbose.text('可以记录')).toBe('可以记录');
  });

  it('redact by path: credentials, connection strings, contact details, headers and text inside objects', () => {
    const { log, lines, entries } = capture();
    log.warn('direct line refused the token request', {
      status: 403,
      BLOB_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountKey=abc==',
      token: 'eyJhbGciOi',
      phone: '13800000000',
      contact: '王先生',
      request: { headers: { authorization: 'Bearer secret-token', accept: 'application/json' }, attempt: 2 },
      activity: { type: 'message', text: '我的手机号13800000000', channelId: 'msteams' },
      text: '原文也不记录',
    });
    const raw = lines[0]!.line;
    for (const secret of ['AccountKey', 'eyJhbGciOi', '13800000000', '王先生', 'secret-token', '原文'])
      expect(raw).not.toContain(secret);
    const entry = entries()[0]!;
    // Nested objects are kept, with only the redacted values replaced.
    expect(entry).toMatchObject({
      level: 'warn',
      status: 403,
      request: { headers: { authorization: '[redacted]', accept: 'application/json' }, attempt: 2 },
      activity: { type: 'message', text: '[16 chars]', channelId: 'msteams' },
      text: '[6 chars]',
    });
  });

  it('keep message text, and only text, when LOG_MESSAGE_TEXT allows it', () => {
    const { log, entries } = capture({ logMessageText: true });
    log.info('message', { text: log.text('无缝续贷'), activity: { text: '无缝续贷' }, password: 'x' });
    expect(entries()[0]).toMatchObject({
      text: '无缝续贷',
      activity: { text: '无缝续贷' },
      password: '[redacted]',
    });
  });

  it('serialise errors with name and message; the stack in error lines and at debug level', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:10000'), { code: 'ECONNREFUSED' });
    const err = new Error('State storage read failed', { cause });
    const info = capture();
    info.log.warn('could not record for maintainers', { err });
    info.log.error('turn error', { err, conversationId: 'c1' });
    const [warn, error] = info.entries();
    expect(warn).toMatchObject({
      err: {
        name: 'Error',
        message: 'State storage read failed',
        cause: { name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:10000', code: 'ECONNREFUSED' },
      },
    });
    expect((warn!.err as Record<string, unknown>).stack).toBeUndefined();
    expect((error!.err as Record<string, unknown>).stack).toContain('State storage read failed');
    expect(info.lines.map((l) => l.level)).toEqual(['warn', 'error']);

    const debug = capture({ level: 'debug' });
    debug.log.warn('could not record for maintainers', { err });
    expect((debug.entries()[0]!.err as Record<string, unknown>).stack).toContain('logger.test.ts');
  });

  it('drop lines below the level, and everything when silent', () => {
    const warn = capture({ level: 'warn' });
    warn.log.debug('a');
    warn.log.info('b');
    warn.log.warn('c');
    warn.log.error('d');
    expect(warn.entries().map((e) => e.msg)).toEqual(['c', 'd']);
    const silent = capture({ level: 'silent' });
    silent.log.error('e');
    expect(silent.lines).toHaveLength(0);
  });

  it('go to stdout, and errors to stderr, without a write option', () => {
    const result = runModuleScript([
      "import { createLogger } from './src/log/logger.ts';",
      'const log = createLogger();',
      "log.info('started', { port: 3978 });",
      "log.warn('slow', { ms: 900 });",
      "log.error('failed', { err: new Error('boom') });",
    ]);
    expect(result.status).toBe(0);
    const out = jsonLines(result.stdout);
    const err = jsonLines(result.stderr);
    expect(out.map((e) => e.msg)).toEqual(['started', 'slow']);
    expect(err).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: 'failed',
        err: expect.objectContaining({ message: 'boom' }),
      }),
    ]);
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

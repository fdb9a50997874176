// Structured logs: one JSON object per line on stdout (stderr for errors), for operators.
// Message text never appears unless the caller passes it and LOG_MESSAGE_TEXT allows it.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFields = Record<string, unknown>;

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** The user's text, or a placeholder with its length when text logging is off. */
  text(text: string | undefined): string | undefined;
}

export interface LoggerOptions {
  level?: LogLevel;
  logMessageText?: boolean;
  /** Where lines go (tests capture them). */
  write?: (line: string, level: LogLevel) => void;
}

const SECRET_KEYS = /password|secret|token|authorization|connectionstring/i;

function clean(fields: LogFields | undefined): LogFields {
  if (!fields) return {};
  const out: LogFields = {};
  for (const [k, v] of Object.entries(fields)) {
    if (SECRET_KEYS.test(k)) out[k] = '[redacted]';
    else if (v instanceof Error) out[k] = { name: v.name, message: v.message, stack: v.stack };
    else out[k] = v;
  }
  return out;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const min = ORDER[options.level ?? 'info'];
  const write =
    options.write ??
    ((line: string, level: LogLevel) =>
      (level === 'error' ? process.stderr : process.stdout).write(line + '\n'));
  const log = (level: LogLevel) => (msg: string, fields?: LogFields) => {
    if (ORDER[level] < min) return;
    write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...clean(fields) }), level);
  };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    text: (text) =>
      text === undefined ? undefined : options.logMessageText ? text : `[${text.length} chars]`,
  };
}

export const silentLogger: Logger = createLogger({ level: 'silent' });

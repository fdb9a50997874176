// Structured logs for operators, on pino: one JSON object per line, on stdout (errors on stderr).
// Secrets, contact details and message text are redacted by field path; an Error becomes its name and
// message (with its stack at debug level or in an error line); while a trace span is active each line
// carries its trace and span ids, so a log line leads to its trace.
import { trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';
import { stdoutLines, writeAll } from './batchedLines.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFields = Record<string, unknown>;

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
  /** Where lines go (tests capture them); each line without its newline. */
  write?: (line: string, level: LogLevel) => void;
}

/** Field names whose values never reach a log: credentials and connection strings. */
const SECRET_FIELDS = [
  'password',
  'MicrosoftAppPassword',
  'secret',
  'clientSecret',
  'DIRECT_LINE_SECRET',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'authorization',
  'Authorization',
  'cookie',
  'connectionString',
  'BLOB_CONNECTION_STRING',
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'OTEL_EXPORTER_OTLP_HEADERS',
];
/** Personal contact details an enterprise may give (service requests): never logged. */
const CONTACT_FIELDS = ['phone', 'mobile', 'tel', 'contact', 'email'];
/** Where the same things sit inside the objects this code logs (HTTP headers, a request, an activity). */
const NESTED_PATHS = [
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'request.headers.authorization',
  'request.headers.cookie',
  'contact.phone',
  'contact.mobile',
  'contact.email',
  'activity.value',
];
/**
 * The user's words, unless LOG_MESSAGE_TEXT: `text` at the top and one level down (activity.text).
 * Wildcards are what redaction costs most (each doubles a line's cost), so this is the only one.
 */
const TEXT_PATHS = ['text', '*.text'];

const REDACTED = '[redacted]';
const textPlaceholder = (text: string) => `[${text.length} chars]`;
const isPlaceholder = (value: string) => /^\[\d+ chars\]$/.test(value);

/** Text fields keep their length (as logger.text does); everything else is replaced outright. */
function censor(value: unknown, path: string[]): unknown {
  if (path[path.length - 1] !== 'text') return REDACTED;
  if (typeof value !== 'string') return REDACTED;
  return isPlaceholder(value) ? value : textPlaceholder(value);
}

interface SerializedError {
  name: string;
  message: string;
  code?: string | number;
  stack?: string;
  cause?: SerializedError | string;
}

function serializeError(err: Error, withStack: boolean, depth = 0): SerializedError {
  const out: SerializedError = { name: err.name, message: err.message };
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  if (withStack && err.stack) out.stack = err.stack;
  if (err.cause !== undefined && depth < 3) {
    out.cause =
      err.cause instanceof Error ? serializeError(err.cause, withStack, depth + 1) : String(err.cause);
  }
  return out;
}

/** The fields with every top-level Error serialised; the caller's object is not changed. */
function withErrors(fields: LogFields, withStack: boolean): LogFields {
  let out = fields;
  for (const key in fields) {
    const value = fields[key];
    if (value instanceof Error) {
      if (out === fields) out = { ...fields };
      out[key] = serializeError(value, withStack);
    }
  }
  return out;
}

const NO_TRACE = Object.freeze({});

/** The active span's ids, named as OpenTelemetry names them in JSON logs. */
function traceIds(): object {
  const span = trace.getActiveSpan();
  if (!span) return NO_TRACE;
  const ctx = span.spanContext();
  if (!trace.isSpanContextValid(ctx)) return NO_TRACE;
  return { trace_id: ctx.traceId, span_id: ctx.spanId, trace_flags: ctx.traceFlags };
}

const LEVEL_OF: Record<number, LogLevel> = { 20: 'debug', 30: 'info', 40: 'warn', 50: 'error' };
const ERROR = 50;

/** A pino destination that hands each line to `route` with its level (pino tells it through lastLevel). */
function levelledStream(route: (line: string, level: number) => void): DestinationStream {
  const stream = {
    [Symbol.for('pino.metadata')]: true,
    lastLevel: 0,
    write(line: string) {
      route(line, stream.lastLevel);
    },
  };
  return stream;
}

function destination(options: LoggerOptions): DestinationStream {
  if (options.level === 'silent') return levelledStream(() => {});
  const write = options.write;
  if (write) {
    return levelledStream((line, level) =>
      write(line.endsWith('\n') ? line.slice(0, -1) : line, LEVEL_OF[level] ?? 'info'),
    );
  }
  // Errors are written at once. Other lines are batched (src/log/batchedLines.ts): one write per
  // turn of the event loop instead of one per line, still synchronous and flushed at exit.
  const stdout = stdoutLines();
  const stderr = (text: string) => writeAll(2, text);
  return levelledStream((line, level) => (level >= ERROR ? stderr(line) : stdout.write(line)));
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? 'info';
  const logMessageText = options.logMessageText ?? false;
  const paths = [...SECRET_FIELDS, ...CONTACT_FIELDS, ...NESTED_PATHS, ...(logMessageText ? [] : TEXT_PATHS)];
  const log: PinoLogger = pino(
    {
      level,
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths, censor },
      // Errors are serialised before they reach pino (the stack depends on the line's level).
      serializers: { err: (value: unknown) => value },
      mixin: traceIds,
      mixinMergeStrategy: (fields: object, ids: object) =>
        ids === NO_TRACE ? fields : Object.assign(ids, fields),
    },
    destination(options),
  );
  const stackAlways = level === 'debug';
  const at = (name: 'debug' | 'info' | 'warn' | 'error') => {
    const withStack = stackAlways || name === 'error';
    return (msg: string, fields?: LogFields) => {
      if (!log.isLevelEnabled(name)) return;
      if (fields === undefined) log[name](msg);
      else log[name](withErrors(fields, withStack), msg);
    };
  };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    text: (text) => (text === undefined ? undefined : logMessageText ? text : textPlaceholder(text)),
  };
}

export const silentLogger: Logger = createLogger({ level: 'silent' });

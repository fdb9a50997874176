// Starts the real bot server on an ephemeral loopback port, plus a capture server that plays the
// channel's connector (serviceUrl): replies the bot posts there are collected per conversation.
import { mkdtempSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type App, type AppOverrides } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { MemoryMaintainerLog } from '../../src/feedback/maintainerLog.js';
import { silentLogger } from '../../src/log/logger.js';
import { knowledge } from './knowledge.js';

export const TODAY = '2026-11-26';

let dataDir: string | undefined;

/** A temporary DATA_DIR for the bots of this test process (share links are written there). */
export function testDataDir(): string {
  return (dataDir ??= mkdtempSync(join(tmpdir(), 'yiqi-data-')));
}

export interface CaptureServer {
  url: string;
  /** Activities posted to /v3/conversations/{id}/activities…, by conversation id. */
  received: Map<string, Partial<Activity>[]>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const received = new Map<string, Partial<Activity>[]>();
  let counter = 0;
  const server: Server = createHttpServer((req, res) => {
    void readBody(req).then((body) => {
      const m = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (req.method === 'POST' && m) {
        const id = decodeURIComponent(m[1]!);
        const list = received.get(id) ?? [];
        list.push(JSON.parse(body) as Partial<Activity>);
        received.set(id, list);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${++counter}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface BotUnderTest {
  app: App;
  url: string;
  maintainerLog: MemoryMaintainerLog;
  close(): Promise<void>;
}

export async function startBot(
  env: NodeJS.ProcessEnv = {},
  overrides: AppOverrides = {},
): Promise<BotUnderTest> {
  // Tests send many turns from one loopback client: the local per-client turn limit is raised here
  // (its own test sets it).
  const config = loadConfig({
    PORT: '0',
    YIQI_TODAY: TODAY,
    LOG_LEVEL: 'silent',
    DATA_DIR: testDataDir(),
    MESSAGES_RATE_PER_SECOND: '100000',
    MESSAGES_RATE_BURST: '100000',
    ...env,
  });
  const maintainerLog = new MemoryMaintainerLog();
  const app = createApp(config, { kb: knowledge(), maintainerLog, logger: silentLogger, ...overrides });
  const url = await app.listen();
  return { app, url, maintainerLog, close: () => app.close() };
}

let seq = 0;

/** A message activity as the Emulator sends it. */
export function message(
  text: string,
  conversationId: string,
  serviceUrl: string,
  extra: Partial<Activity> = {},
): Partial<Activity> {
  return {
    type: 'message',
    id: `act-${++seq}`,
    text,
    channelId: 'emulator',
    serviceUrl,
    locale: 'zh-CN',
    timestamp: new Date(),
    conversation: { id: conversationId } as Activity['conversation'],
    from: { id: 'user-1', name: '企业用户' },
    recipient: { id: 'bot-1', name: '益企问' },
    ...extra,
  };
}

export async function post(
  baseUrl: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown; text: string }> {
  const res = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

/** Sends with deliveryMode expectReplies and returns the bot's message replies (typing left out). */
export async function ask(baseUrl: string, activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  const { status, json } = await post(baseUrl, { ...activity, deliveryMode: 'expectReplies' });
  if (status !== 200) throw new Error(`expected 200, got ${status}`);
  const activities = (json as { activities?: Partial<Activity>[] } | undefined)?.activities ?? [];
  return activities.filter((a) => a.type === 'message');
}

/** All the text of a reply: its text and every TextBlock, fact and button title of its cards. */
export function replyText(activity: Partial<Activity>): string {
  const parts: string[] = [];
  if (activity.text) parts.push(activity.text);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      for (const key of ['text', 'title', 'value']) if (typeof o[key] === 'string') parts.push(o[key]);
      for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
    }
  };
  walk(activity.attachments?.map((a) => a.content));
  return parts.join('\n');
}

/** Every Action.Submit of a reply's cards, with its title and data. */
export function buttons(activity: Partial<Activity>): { title: string; data: Record<string, unknown> }[] {
  const out: { title: string; data: Record<string, unknown> }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.Submit')
        out.push({ title: String(o.title), data: o.data as Record<string, unknown> });
      for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
    }
  };
  walk(activity.attachments?.map((a) => a.content));
  return out;
}

export async function waitFor<T>(probe: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Starts a capture server and the bot before the tests of a file and stops both after; the fields
 * are set once beforeAll has run.
 */
export function useBotServer(env: NodeJS.ProcessEnv = {}): { bot: BotUnderTest; capture: CaptureServer } {
  const ctx = {} as { bot: BotUnderTest; capture: CaptureServer };
  beforeAll(async () => {
    ctx.capture = await startCaptureServer();
    ctx.bot = await startBot(env);
  });
  afterAll(async () => {
    await ctx.bot.close();
    await ctx.capture.close();
  });
  return ctx;
}

/** Questions of the check-up, by a pattern of their text, and the answer to give. */
export type AnswerTable = readonly (readonly [RegExp, string])[];

/** The check-up's questions as the tests recognise them, in the order a table is searched. */
const CHECKUP_QUESTIONS = {
  highTech: /高新技术企业/,
  firstSishang: /首次成为“四上”/,
  rdSpending: /研发投入/,
  specialized: /专精特新/,
  situation: /属于下面哪种情况/,
  industrial: /工业企业/,
  retrofit: /技术改造/,
  // Before 算力: the question of the compute contract's cost names 算力 too.
  computeContract: /合同的费用/,
  compute: /算力/,
  financing: /融资|贷款/,
  procurement: /政府采购/,
  techSme: /科技型中小企业/,
  achievements: /成果转化/,
} as const;

export type CheckupAnswers = Partial<Record<keyof typeof CHECKUP_QUESTIONS, string>>;

/** The table for these answers: only the questions given, so a question not expected is an error. */
export function checkupAnswers(given: CheckupAnswers): AnswerTable {
  return (Object.keys(CHECKUP_QUESTIONS) as (keyof typeof CHECKUP_QUESTIONS)[]).flatMap((key) => {
    const answer = given[key];
    return answer === undefined ? [] : [[CHECKUP_QUESTIONS[key], answer] as const];
  });
}

/**
 * Answers whatever the check-up asks, looking each question up in `table`, until the 服务包 arrives;
 * returns that reply (the rating prompt that follows it is not a question). `say` sends one message
 * and returns the bot's replies of that turn.
 */
export async function answerCheckup(
  first: readonly Partial<Activity>[],
  table: AnswerTable,
  say: (text: string) => Promise<readonly Partial<Activity>[]>,
): Promise<Partial<Activity>> {
  let replies = first;
  for (let turn = 0; turn < 20; turn++) {
    const pkg = replies.find((r) => replyText(r).includes('企业政策服务包'));
    if (pkg) return pkg;
    const text = replies.length > 0 ? replyText(replies.at(-1)!) : '';
    const answer = table.find(([pattern]) => pattern.test(text));
    if (!answer) throw new Error(`no answer for the question: ${text}`);
    replies = await say(answer[1]);
  }
  throw new Error('the check-up did not finish');
}

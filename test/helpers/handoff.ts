// Service requests under test: a routes file in a temporary folder, an enterprise's conversation and
// a specialists' conversation talking to the real server (expectReplies), and what the capture
// servers received proactively.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { ask, buttons, message, replyText, waitFor, type CaptureServer } from './botServer.js';

export interface RouteSpec {
  district: string;
  conversationId: string;
  serviceUrl: string;
  channelId?: string;
  name?: string;
  tenantId?: string;
}

/** A fresh folder for DATA_DIR and the routes file. */
export function tempDir(prefix = 'yiqi-handoff-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes routes.yaml in `dir` and returns its path. */
export function writeRoutes(dir: string, routes: readonly RouteSpec[], name = 'routes.yaml'): string {
  const lines = ['routes:'];
  for (const r of routes) {
    lines.push(`  - district: "${r.district}"`);
    lines.push(`    channelId: ${r.channelId ?? 'emulator'}`);
    lines.push(`    serviceUrl: ${r.serviceUrl}`);
    lines.push(`    conversationId: ${r.conversationId}`);
    if (r.name) lines.push(`    name: ${r.name}`);
    if (r.tenantId) lines.push(`    tenantId: ${r.tenantId}`);
  }
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** One side of a conversation with the bot: messages and button presses, the replies of each turn. */
export class Party {
  constructor(
    private readonly botUrl: () => string,
    readonly conversationId: string,
    readonly serviceUrl: string,
    readonly from: { id: string; name: string },
    private readonly extra: Partial<Activity> = {},
  ) {}

  private send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    return ask(this.botUrl(), activity);
  }

  /** Sends text; the replies of the turn. */
  say(text: string): Promise<Partial<Activity>[]> {
    return this.send(message(text, this.conversationId, this.serviceUrl, { from: this.from, ...this.extra }));
  }

  /** Presses a button (its data as activity.value, no text, as Teams and Web Chat send it). */
  press(data: Record<string, unknown>): Promise<Partial<Activity>[]> {
    return this.send({
      ...message('', this.conversationId, this.serviceUrl, { from: this.from, ...this.extra }),
      text: undefined,
      value: data,
    });
  }

  /** Says it and returns all reply text of the turn. */
  async text(text: string): Promise<string> {
    return (await this.say(text)).map(replyText).join('\n');
  }
}

/** The button with this title among the replies. */
export function button(replies: readonly Partial<Activity>[], title: string): Record<string, unknown> {
  for (const r of replies) {
    const found = buttons(r).find((b) => b.title === title);
    if (found) return found.data;
  }
  throw new Error(`no button "${title}" in: ${replies.map(replyText).join(' | ')}`);
}

/** The messages the capture server has received in the conversation (typing indicators left out). */
export function messagesIn(capture: CaptureServer, conversationId: string): Partial<Activity>[] {
  return (capture.received.get(conversationId) ?? []).filter((a) => a.type === 'message');
}

/** Waits until the capture server has received `count` messages in the conversation; returns them. */
export function received(
  capture: CaptureServer,
  conversationId: string,
  count: number,
): Promise<Partial<Activity>[]> {
  return waitFor(() => {
    const list = messagesIn(capture, conversationId);
    return list.length >= count ? list : undefined;
  });
}

/** The request number in a “服务请求 #12” reply. */
export function requestNumber(text: string): number {
  const m = /服务请求 #(\d+)/.exec(text);
  if (!m) throw new Error(`no request number in: ${text}`);
  return Number(m[1]);
}

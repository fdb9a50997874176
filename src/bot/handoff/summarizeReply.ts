// One line for a bot reply, for the transcript a service request shows: its text, or the first
// texts of its card (a measure card reads “第8项 · 数字化转型 · AI算力券”).
import type { Activity } from 'botbuilder';

function cardTexts(node: unknown, out: string[]): void {
  if (out.length >= 2 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) cardTexts(item, out);
    return;
  }
  const element = node as Record<string, unknown>;
  if (element.type === 'TextBlock' && typeof element.text === 'string') out.push(element.text);
  for (const key of ['body', 'items', 'columns']) if (key in element) cardTexts(element[key], out);
}

export function summarizeReply(activity: Partial<Activity>): string | undefined {
  if (activity.type !== 'message') return undefined;
  const texts: string[] = [];
  if (activity.text) texts.push(activity.text.split('\n')[0]!);
  for (const attachment of activity.attachments ?? []) {
    const content = attachment.content as { body?: unknown } | undefined;
    if (content?.body) cardTexts(content.body, texts);
  }
  const line = texts.slice(0, 2).join(' · ');
  return line || undefined;
}

// The last turns of a conversation, kept in its conversation state so a service request can show the
// specialists what led to it: each turn is the user's text and one line per bot reply, masked of
// mobile and ID numbers, bounded in number and length, and dropped once older than the retention.
import { maskPersonalNumbers } from './maskPersonalNumbers.js';

export interface TranscriptTurn {
  /** When the user wrote (ISO): turns older than the retention are dropped. */
  at?: string;
  user: string;
  bot: string[];
}

export const MAX_TURNS = 10;
const MAX_USER_CHARS = 300;
const MAX_BOT_CHARS = 120;
const MAX_BOT_LINES = 6;

function clip(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/**
 * Starts a turn with the user's text; the oldest turns beyond MAX_TURNS, and turns older than
 * `retentionDays`, are dropped.
 */
export function startTurn(
  transcript: readonly TranscriptTurn[] | undefined,
  userText: string,
  now: Date,
  retentionDays: number,
): TranscriptTurn[] {
  const oldest = now.getTime() - retentionDays * 86_400_000;
  const kept = (transcript ?? []).filter((t) => t.at === undefined || Date.parse(t.at) >= oldest);
  const turn = { at: now.toISOString(), user: clip(maskPersonalNumbers(userText), MAX_USER_CHARS), bot: [] };
  return [...kept, turn].slice(-MAX_TURNS);
}

/** Adds a one-line summary of a bot reply to the current (last) turn. */
export function addBotLine(transcript: TranscriptTurn[] | undefined, line: string): void {
  const turn = transcript?.at(-1);
  if (!turn || turn.bot.length >= MAX_BOT_LINES || !line.trim()) return;
  turn.bot.push(clip(maskPersonalNumbers(line), MAX_BOT_CHARS));
}

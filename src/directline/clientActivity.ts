// What a Direct Line client may post, and what becomes of it: only the fields below are kept, the
// sender is the token's user (a client cannot speak as someone else), and the stored copy is what
// the client gets back as the echo of its own message.
import { z } from 'zod';
import { freeFormProblem } from '../bot/validateActivity.js';
import type { ChannelActivity } from './conversationStore.js';

/** The bot as the local channel presents it. */
export const LOCAL_BOT = Object.freeze({ id: 'yiqi', name: '益企问', role: 'bot' });

export const clientActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing'], {
    error: 'only message, event and typing activities are accepted',
  }),
  text: z.string().max(100_000).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  value: z.unknown().optional(),
  name: z.string().max(256).optional(),
  locale: z.string().max(64).optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(128).optional(),
  from: z.object({ name: z.string().max(512).optional() }).optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(50).optional(),
  attachments: z
    .array(z.object({ contentType: z.string().max(256) }).loose())
    .max(10)
    .optional(),
});

export type ClientActivity = z.infer<typeof clientActivitySchema>;

/** The parsed activity, or a short reason naming the field. */
export function parseClientActivity(body: unknown): { activity: ClientActivity } | { problem: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { problem: 'body must be a JSON object (an activity)' };
  const result = clientActivitySchema.safeParse(body);
  if (result.success) {
    const tooLarge = freeFormProblem(result.data);
    return tooLarge ? { problem: tooLarge } : { activity: result.data };
  }
  const issue = result.error.issues[0]!;
  const path = issue.path.join('.');
  return { problem: path ? `${path}: ${issue.message}` : issue.message };
}

/** The user's activity as stored and echoed, sent by the token's user. */
export function fromUser(activity: ClientActivity, userId: string): ChannelActivity {
  const { from, ...rest } = activity;
  const kept = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return {
    ...kept,
    type: activity.type,
    from: { id: userId, ...(from?.name ? { name: from.name } : {}), role: 'user' },
    recipient: { ...LOCAL_BOT },
  };
}

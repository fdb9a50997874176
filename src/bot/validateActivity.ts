// Checks that a request body is a Bot Framework activity before it reaches the adapter, so a bad
// body gets a 400 with a short reason instead of an error deep in the SDK. The free-form parts a
// client fills (value, channelData, entities) are bounded in size; their depth is bounded by the
// body reader (src/http/jsonBody.ts).
import { z } from 'zod';

const KNOWN_TYPES = [
  'message',
  'contactRelationUpdate',
  'conversationUpdate',
  'typing',
  'endOfConversation',
  'event',
  'invoke',
  'invokeResponse',
  'deleteUserData',
  'messageUpdate',
  'messageDelete',
  'installationUpdate',
  'messageReaction',
  'suggestion',
  'trace',
  'handoff',
  'command',
  'commandResult',
] as const;

const account = z.object({ id: z.string().min(1).max(512), name: z.string().max(512).optional() }).loose();

export const activitySchema = z
  .object({
    type: z.enum(KNOWN_TYPES, { error: 'unknown activity type' }),
    id: z.string().max(512).optional(),
    channelId: z.string().min(1).max(128),
    serviceUrl: z.url({ protocol: /^https?$/, error: 'serviceUrl must be an http(s) URL' }),
    conversation: z.object({ id: z.string().min(1).max(1024) }).loose(),
    from: account,
    recipient: account.optional(),
    text: z.string().max(100_000).optional(),
    locale: z.string().max(64).optional(),
    attachments: z
      .array(z.object({ contentType: z.string().max(256) }).loose())
      .max(50)
      .optional(),
  })
  .loose();

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

const TYPES: ReadonlySet<unknown> = new Set(KNOWN_TYPES);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const optionalString = (v: unknown, max: number) => v === undefined || isString(v, 0, max);
const isAccount = (v: unknown) => isObject(v) && isString(v.id, 1, 512) && optionalString(v.name, 512);

/**
 * The parsed serviceUrl of a body that certainly passes `activitySchema`, checked in plain code —
 * the schema's checks, no more and no fewer (test/bot/validateActivity.test.ts compares them) —
 * or undefined when it may not pass: then the schema decides, and words the reason. Every turn's
 * body goes through here, and this is several times cheaper than the schema.
 */
export function certainlyActivity(body: Record<string, unknown>): URL | undefined {
  if (!TYPES.has(body.type) || !optionalString(body.id, 512) || !isString(body.channelId, 1, 128))
    return undefined;
  const serviceUrl = body.serviceUrl;
  // The schema's URL check wants "://" written out (http:example.com parses, but is refused).
  if (typeof serviceUrl !== 'string' || !/^https?:\/\//i.test(serviceUrl) || serviceUrl !== serviceUrl.trim())
    return undefined;
  const url = URL.parse(serviceUrl);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  const { conversation, attachments } = body;
  if (!isObject(conversation) || !isString(conversation.id, 1, 1024)) return undefined;
  if (!isAccount(body.from) || (body.recipient !== undefined && !isAccount(body.recipient))) return undefined;
  if (!optionalString(body.text, 100_000) || !optionalString(body.locale, 64)) return undefined;
  if (
    attachments !== undefined &&
    !(
      Array.isArray(attachments) &&
      attachments.length <= 50 &&
      attachments.every((a) => isObject(a) && isString(a.contentType, 0, 256))
    )
  )
    return undefined;
  return url;
}

/** Largest size of each free-form field, in characters of JSON. */
export const MAX_FREE_FORM_CHARS = 32_768;
const FREE_FORM_FIELDS = ['value', 'channelData', 'entities'] as const;

/** A short reason when one of the free-form fields is too large (or cannot be serialised at all). */
export function freeFormProblem(body: Record<string, unknown>): string | undefined {
  for (const field of FREE_FORM_FIELDS) {
    const value = body[field];
    if (value === undefined) continue;
    let size: number;
    try {
      size = JSON.stringify(value)?.length ?? 0;
    } catch {
      return `${field}: cannot be read`;
    }
    if (size > MAX_FREE_FORM_CHARS) return `${field}: larger than ${MAX_FREE_FORM_CHARS} characters`;
  }
  return undefined;
}

/**
 * A short reason for the first problem, or undefined when the body is an activity. In local mode
 * (no credentials) replies may only go to a loopback serviceUrl — the Emulator's or the built-in
 * Direct Line's — so an anonymous caller cannot make the bot post anywhere else.
 */
export function activityProblem(
  body: unknown,
  options: { loopbackServiceUrlOnly?: boolean } = {},
): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return 'body must be a JSON object (a Bot Framework activity)';
  // The common body is taken by the plain-code check; anything else goes to the schema.
  let activity = body as Record<string, unknown>;
  let serviceUrl = certainlyActivity(activity);
  if (!serviceUrl) {
    const result = activitySchema.safeParse(body);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const path = issue.path.join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    }
    activity = result.data;
    serviceUrl = new URL(result.data.serviceUrl);
  }
  const tooLarge = freeFormProblem(activity);
  if (tooLarge) return tooLarge;
  if (options.loopbackServiceUrlOnly && !LOOPBACK.test(serviceUrl.hostname))
    return 'serviceUrl: must be a loopback address in local mode';
  return undefined;
}

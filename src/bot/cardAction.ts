// The data carried by card buttons (Action.Submit) and read back from activity.value. Every
// button also carries the text it stands for, so a channel that turns buttons into text still works.
import { z } from 'zod';
import { ratingLevelSchema } from '../kb/satisfactionSchema.js';

const requestNumber = z.number().int().positive().max(999_999_999);

export const cardActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('measure'), id: z.string().max(64), text: z.string().max(200).optional() }),
  z.object({ action: z.literal('area'), id: z.string().max(64), text: z.string().max(200).optional() }),
  z.object({ action: z.literal('overview'), text: z.string().max(200).optional() }),
  z.object({ action: z.literal('checkup'), text: z.string().max(200).optional() }),
  z.object({
    action: z.literal('eligibility'),
    id: z.string().max(64),
    text: z.string().max(200).optional(),
  }),
  z.object({
    action: z.literal('feedback'),
    id: z.string().max(64),
    useful: z.boolean(),
    text: z.string().max(200).optional(),
  }),
  /** The last check-up's 服务包 as plain text, to copy into a message. */
  z.object({ action: z.literal('servicePackageText'), text: z.string().max(200).optional() }),
  /** Revokes the share link of a 服务包 (the button on the check-up card). */
  z.object({
    action: z.literal('revokeShare'),
    token: z.string().max(64),
    text: z.string().max(200).optional(),
  }),
  /** Asks for a person (the offer after answers the bot could not give). */
  z.object({ action: z.literal('handoff'), text: z.string().max(200).optional() }),
  /** A specialist's button on a service request card; a reply's text comes from the card's input. */
  z.object({
    action: z.literal('serviceRequest'),
    op: z.enum(['claim', 'reply', 'close']),
    number: requestNumber,
    replyText: z.string().max(2000).optional(),
    text: z.string().max(200).optional(),
  }),
  /** 回复服务专员: the enterprise's next message goes to the specialists of that request. */
  z.object({
    action: z.literal('replyToSpecialist'),
    number: requestNumber,
    text: z.string().max(200).optional(),
  }),
  /** A satisfaction rating of a service request (its number) or of a check-up. */
  z.object({
    action: z.literal('rating'),
    subject: z.union([requestNumber, z.literal('checkup')]),
    level: ratingLevelSchema,
    text: z.string().max(200).optional(),
  }),
  /** No comment after a rating (跳过). */
  z.object({ action: z.literal('ratingSkip'), text: z.string().max(200).optional() }),
  /** An answer to the question a dialog is asking (是/否, an option). */
  z.object({ action: z.literal('answer'), text: z.string().max(200) }),
]);

export type CardAction = z.infer<typeof cardActionSchema>;

export function parseCardAction(value: unknown): CardAction | undefined {
  // Most messages carry no value: skip zod (a failed parse builds an error object) for them.
  if (typeof value !== 'object' || value === null || !('action' in value)) return undefined;
  const result = cardActionSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

// The data carried by card buttons (Action.Submit) and read back from activity.value. Every
// button also carries the text it stands for, so a channel that turns buttons into text still works.
import { z } from 'zod';

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

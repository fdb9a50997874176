// A share link: an unguessable token (128 random bits, base64url) naming a snapshot of one 服务包 as
// it was on the day of the check-up — its content, not the answers to recompute it — with the
// enterprise's name when it has one, and when the link expires. The owner is kept as a one-way hash
// of the channel and user id, so the store can find a user's links without holding the user id.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ServicePackageDocument } from '../eligibility/checkup.js';

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function newShareToken(): string {
  return randomBytes(16).toString('base64url');
}

/** The owner key of a user's links: a hash, so neither the store nor the page holds the user id. */
export function shareOwner(userId: string, channelId: string): string {
  return createHash('sha256').update(`yiqi-share-owner\n${channelId}\n${userId}`).digest('hex').slice(0, 40);
}

const text = z.string().max(4000);
const documentSchema = z.object({
  title: text,
  meta: z.array(z.object({ label: text, value: text })).max(20),
  sections: z
    .array(
      z.object({
        heading: text,
        intro: text.optional(),
        entries: z
          .array(z.object({ title: text, headline: text.optional(), details: z.array(text).max(20) }))
          .max(100),
        lines: z.array(text).max(100).optional(),
      }),
    )
    .max(20),
  notes: z.array(text).max(20),
});

export const shareSnapshotSchema = z.object({
  version: z.literal(1),
  token: z.string().regex(TOKEN_PATTERN),
  owner: z.string().regex(/^[0-9a-f]{40}$/),
  /** The enterprise profile it was made for (an opaque key), so deleting the profile revokes it. */
  profileKey: z.string().max(64).optional(),
  enterpriseName: z.string().max(200).optional(),
  /** The day of the check-up (YYYY-MM-DD, Shanghai). */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  document: documentSchema,
});

export type ShareSnapshot = Omit<z.infer<typeof shareSnapshotSchema>, 'document'> & {
  document: ServicePackageDocument;
};

export function isExpired(snapshot: Pick<ShareSnapshot, 'expiresAt'>, now: Date): boolean {
  return Date.parse(snapshot.expiresAt) <= now.getTime();
}

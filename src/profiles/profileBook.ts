// A user's enterprise profiles: several enterprises, each with its own answers to the eligibility
// questions, and which one is active. Kept in user state as plain JSON and read through
// readProfileBook, which migrates the earlier single profile ({answers}), drops what is past the
// retention period and ignores what does not validate. Answers never move between profiles.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AnswerValue } from '../eligibility/parseAnswer.js';

/** One enterprise a user checks. `key` is opaque (it is what logs carry, never the name). */
export interface EnterpriseProfile {
  key: string;
  name?: string;
  answers: Record<string, AnswerValue>;
  /** ISO timestamps; a profile expires RETENTION_DAYS after updatedAt. */
  createdAt: string;
  updatedAt: string;
}

export interface ProfileBook {
  version: 2;
  activeKey?: string;
  profiles: EnterpriseProfile[];
}

/** A specialist visits many enterprises, but state must stay small. */
export const MAX_PROFILES = 30;

const DAY_MS = 86_400_000;

const answerValue = z.union([z.boolean(), z.number(), z.string().max(200)]);
const answersSchema = z.record(z.string().max(64), answerValue);
const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO timestamp');

const profileSchema = z.object({
  key: z.string().min(1).max(64),
  name: z.string().min(1).max(200).optional(),
  answers: answersSchema,
  createdAt: isoTime,
  updatedAt: isoTime,
});

const bookSchema = z.object({
  version: z.literal(2),
  activeKey: z.string().optional(),
  profiles: z.array(profileSchema),
});

/** The user state of the bot before named profiles: one enterprise's answers. */
const legacySchema = z.object({ answers: answersSchema });

export function newProfileKey(): string {
  return randomBytes(6).toString('base64url');
}

export function emptyBook(): ProfileBook {
  return { version: 2, profiles: [] };
}

export interface ReadBook {
  book: ProfileBook;
  /** The stored value must be written back (migrated, expired profiles dropped, invalid data reset). */
  changed: boolean;
  /** Keys of the profiles dropped as expired. */
  expired: string[];
}

/** Reads what user state holds, whatever its age: migrates, validates and drops expired profiles. */
export function readProfileBook(raw: unknown, now: Date, retentionDays: number): ReadBook {
  let book: ProfileBook;
  let changed = false;
  const parsed = bookSchema.safeParse(raw);
  if (parsed.success) {
    book = parsed.data as ProfileBook;
  } else {
    changed = raw !== undefined;
    const legacy = legacySchema.safeParse(raw);
    book = emptyBook();
    if (legacy.success && Object.keys(legacy.data.answers).length > 0) {
      const at = now.toISOString();
      const key = newProfileKey();
      book.profiles.push({ key, answers: { ...legacy.data.answers }, createdAt: at, updatedAt: at });
      book.activeKey = key;
    }
  }
  const oldest = now.getTime() - retentionDays * DAY_MS;
  const expired = book.profiles.filter((p) => Date.parse(p.updatedAt) < oldest).map((p) => p.key);
  if (expired.length > 0) {
    book.profiles = book.profiles.filter((p) => !expired.includes(p.key));
    changed = true;
  }
  if (book.activeKey !== undefined && !book.profiles.some((p) => p.key === book.activeKey)) {
    delete book.activeKey;
    changed = true;
  }
  return { book, changed, expired };
}

export function activeProfile(book: ProfileBook): EnterpriseProfile | undefined {
  return book.profiles.find((p) => p.key === book.activeKey);
}

export function profileByKey(book: ProfileBook, key: string | undefined): EnterpriseProfile | undefined {
  return key === undefined ? undefined : book.profiles.find((p) => p.key === key);
}

/**
 * Adds a profile and makes it active; 'too-many' when the book is full. A user who never names an
 * enterprise gets one unnamed profile this way.
 */
export function addProfile(
  book: ProfileBook,
  name: string | undefined,
  now: Date,
): EnterpriseProfile | 'too-many' {
  if (book.profiles.length >= MAX_PROFILES) return 'too-many';
  const at = now.toISOString();
  const profile: EnterpriseProfile = {
    key: newProfileKey(),
    ...(name ? { name } : {}),
    answers: {},
    createdAt: at,
    updatedAt: at,
  };
  book.profiles.push(profile);
  book.activeKey = profile.key;
  return profile;
}

/** The active profile, made (unnamed) when there is none. */
export function ensureActive(book: ProfileBook, now: Date): EnterpriseProfile {
  const active = activeProfile(book);
  if (active) return active;
  // A full book with no active profile: reuse the least recently used rather than refuse to work.
  const made = addProfile(book, undefined, now);
  if (made !== 'too-many') return made;
  const oldest = [...book.profiles].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))[0]!;
  book.activeKey = oldest.key;
  return oldest;
}

export function switchTo(book: ProfileBook, key: string, now: Date): EnterpriseProfile | undefined {
  const profile = profileByKey(book, key);
  if (!profile) return undefined;
  book.activeKey = key;
  profile.updatedAt = now.toISOString();
  return profile;
}

export function removeProfile(book: ProfileBook, key: string): EnterpriseProfile | undefined {
  const profile = profileByKey(book, key);
  if (!profile) return undefined;
  book.profiles = book.profiles.filter((p) => p.key !== key);
  if (book.activeKey === key) delete book.activeKey;
  return profile;
}

export function recordAnswer(
  book: ProfileBook,
  key: string,
  questionId: string,
  value: AnswerValue,
  now: Date,
): boolean {
  const profile = profileByKey(book, key);
  if (!profile) return false;
  profile.answers[questionId] = value;
  profile.updatedAt = now.toISOString();
  return true;
}

export function clearAnswers(book: ProfileBook, key: string, now: Date): void {
  const profile = profileByKey(book, key);
  if (!profile) return;
  profile.answers = {};
  profile.updatedAt = now.toISOString();
}

/**
 * Whether results must say whose answers they used: always for a named enterprise, and for an
 * unnamed one beside others. A user with one unnamed profile sees the bot as before.
 */
export function needsAttribution(book: ProfileBook, profile: EnterpriseProfile): boolean {
  return profile.name !== undefined || book.profiles.length > 1;
}

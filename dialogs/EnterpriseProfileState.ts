// The user's enterprise profiles in user state, for the dialogs: read once per turn (migrated from
// the single profile of earlier versions, expired profiles dropped), then changed in place — the book
// object is the one user state saves at the end of the turn. Logs carry profile keys, never names.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { TurnServices } from '../src/bot/turnServices.js';
import type { AnswerValue } from '../src/eligibility/parseAnswer.js';
import {
  clearAnswers,
  ensureActive,
  needsAttribution,
  profileByKey,
  readProfileBook,
  recordAnswer,
  type EnterpriseProfile,
  type ProfileBook,
} from '../src/profiles/profileBook.js';
import { fill, profileTexts } from '../src/profiles/texts.js';

const BOOK = Symbol('enterpriseProfileBook');

export class EnterpriseProfileState {
  constructor(
    private readonly accessor: StatePropertyAccessor<unknown>,
    private readonly services: Pick<TurnServices, 'retentionDays' | 'logger'>,
  ) {}

  /** The book for this turn (the same object on every call within a turn). */
  async book(context: TurnContext): Promise<ProfileBook> {
    const cached = context.turnState.get(BOOK) as ProfileBook | undefined;
    if (cached) return cached;
    const raw = await this.accessor.get(context);
    const { book, expired } = readProfileBook(raw, new Date(), this.services.retentionDays);
    if (expired.length > 0)
      this.services.logger.info('enterprise profiles expired', { profileKeys: expired });
    await this.accessor.set(context, book);
    context.turnState.set(BOOK, book);
    return book;
  }

  /** The active profile, made (unnamed) when the user has none: one enterprise, as before. */
  async active(context: TurnContext): Promise<EnterpriseProfile> {
    return ensureActive(await this.book(context), new Date());
  }

  async profile(context: TurnContext, key: string | undefined): Promise<EnterpriseProfile | undefined> {
    return profileByKey(await this.book(context), key);
  }

  /** Saves an answer to that profile only (never to whichever is active by then). */
  async recordAnswer(
    context: TurnContext,
    key: string,
    questionId: string,
    value: AnswerValue,
  ): Promise<void> {
    recordAnswer(await this.book(context), key, questionId, value, new Date());
  }

  async clearAnswers(context: TurnContext, key: string): Promise<void> {
    clearAnswers(await this.book(context), key, new Date());
  }

  /** Marks a profile as used now (its retention period starts again). */
  async touch(context: TurnContext, key: string): Promise<void> {
    const profile = profileByKey(await this.book(context), key);
    if (profile) profile.updatedAt = new Date().toISOString();
  }

  /** The line naming whose answers a result used; undefined for a user's only, unnamed profile. */
  async attribution(context: TurnContext, key: string | undefined): Promise<string | undefined> {
    const book = await this.book(context);
    const profile = profileByKey(book, key);
    if (!profile || !needsAttribution(book, profile)) return undefined;
    return fill(profileTexts.profiles.basedOn, { name: profileLabel(profile) });
  }

  /** Forgets this turn's copy (after the user state was deleted). */
  forgetTurn(context: TurnContext): void {
    context.turnState.delete(BOOK);
  }
}

export function profileLabel(profile: EnterpriseProfile): string {
  return profile.name ?? profileTexts.profiles.unnamed;
}

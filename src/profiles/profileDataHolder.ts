// Enterprise profiles as personal data: forgetting a user removes the profiles from their user state
// (the item botbuilder's UserState keeps under "<channelId>/users/<userId>/", property "profile") and
// says which were there. Other properties of that item are left to their own holders; an item left
// with nothing is deleted.
import type { PersonalDataHolder } from '../privacy/personalData.js';
import { readProfileBook } from './profileBook.js';
import { fill, type ProfileTexts } from './texts.js';

/** The part of a botbuilder Storage this needs (structural, so the core imports no botbuilder). */
export interface StateItems {
  read(keys: string[]): Promise<Record<string, unknown>>;
  write(changes: Record<string, unknown>): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

/** The user-state property that holds the profiles. */
export const PROFILE_PROPERTY = 'profile';

/** The storage key of a user's state, as botbuilder's UserState (default namespace) makes it. */
export function userStateKey(userId: string, channelId: string): string {
  return `${channelId}/users/${userId}/`;
}

export class EnterpriseProfileHolder implements PersonalDataHolder {
  readonly name = 'enterprise profiles';

  constructor(
    private readonly storage: StateItems,
    private readonly texts: ProfileTexts,
    private readonly retentionDays: number,
  ) {}

  async forgetUser(userId: string, channelId: string): Promise<string[]> {
    const key = userStateKey(userId, channelId);
    const item = (await this.storage.read([key]))[key] as Record<string, unknown> | undefined;
    if (!item || !(PROFILE_PROPERTY in item)) return [];
    const { book } = readProfileBook(item[PROFILE_PROPERTY], new Date(), this.retentionDays);
    const rest = Object.fromEntries(
      Object.entries(item).filter(([name]) => name !== PROFILE_PROPERTY && name !== 'eTag'),
    );
    if (Object.keys(rest).length === 0) await this.storage.delete([key]);
    else await this.storage.write({ [key]: { ...rest, eTag: '*' } });
    return book.profiles
      .filter((p) => p.name !== undefined || Object.keys(p.answers).length > 0)
      .map((p) =>
        fill(this.texts.privacy.profileItem, {
          name: p.name ?? this.texts.profiles.unnamed,
          count: Object.keys(p.answers).length,
        }),
      );
  }
}

// User state (the enterprise profile answers kept per user) as a personal-data holder: deleting a
// user removes their user-state item from storage.
import type { Storage, TurnContext, UserState } from 'botbuilder';
import type { PersonalDataHolder } from '../privacy/personalData.js';

export function userStateHolder(
  userState: UserState,
  storage: Storage,
  /** What the user is told was deleted (knowledge/replies.yaml personalData.userState). */
  description: string,
): PersonalDataHolder {
  return {
    name: 'user state',
    async forgetUser(userId, channelId) {
      // The key UserState itself uses, from the only two fields it reads.
      const key = userState.getStorageKey({ activity: { channelId, from: { id: userId } } } as TurnContext);
      if (!key) return [];
      const items = await storage.read([key]);
      if (items[key] === undefined) return [];
      await storage.delete([key]);
      return [description];
    },
  };
}

// Share links as personal data: forgetting a user revokes every link they made, and says which.
import { chineseDate } from '../kb/chineseDate.js';
import type { PersonalDataHolder } from '../privacy/personalData.js';
import { fill, type ProfileTexts } from '../profiles/texts.js';
import type { ShareLinks } from './shareLinks.js';

export class ShareLinkHolder implements PersonalDataHolder {
  readonly name = 'share links';

  constructor(
    private readonly links: ShareLinks,
    private readonly texts: ProfileTexts,
  ) {}

  async forgetUser(userId: string, channelId: string): Promise<string[]> {
    const revoked = await this.links.revokeOwned(userId, channelId);
    return revoked.map((s) =>
      fill(this.texts.privacy.shareItem, {
        name: s.enterpriseName ?? this.texts.profiles.unnamed,
        date: chineseDate(s.day),
      }),
    );
  }
}

// Where personal data lives, in one registry: every part that keeps something about a user (user
// state, service requests, enterprise profiles, share links) registers a holder, and a deletion —
// the user's 「删除我的数据」 or a channel's deleteUserData activity — asks each one to forget that user.

/** A part of the bot that keeps personal data and can forget one user's. */
export interface PersonalDataHolder {
  /** What it holds, for operators' logs (e.g. "service requests"). */
  readonly name: string;
  /**
   * Deletes what it keeps about the user on that channel; resolves to short descriptions of what was
   * deleted (for telling the user), empty when there was nothing.
   */
  forgetUser(userId: string, channelId: string): Promise<string[]>;
}

export interface ForgetResult {
  /** What was deleted, holder by holder. */
  deleted: string[];
  /** Holders that failed (their names); the others still ran. */
  failed: string[];
}

export class PersonalDataRegistry {
  private readonly holders: PersonalDataHolder[] = [];

  register(holder: PersonalDataHolder): void {
    this.holders.push(holder);
  }

  get names(): string[] {
    return this.holders.map((h) => h.name);
  }

  /** Asks every holder to forget the user; one failing holder does not stop the others. */
  async forgetUser(userId: string, channelId: string): Promise<ForgetResult> {
    const results = await Promise.allSettled(this.holders.map((h) => h.forgetUser(userId, channelId)));
    const deleted: string[] = [];
    const failed: string[] = [];
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') deleted.push(...r.value);
      else failed.push(this.holders[i]!.name);
    });
    return { deleted, failed };
  }
}

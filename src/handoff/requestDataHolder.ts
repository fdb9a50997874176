// Service requests as a holder of personal data: a deletion of a user's data erases the contact,
// enterprise name, question, transcript and check-up answers of their requests, keeping the number,
// district, status and dates (so the specialists' records still add up).
import type { HandoffTexts } from '../kb/handoffSchema.js';
import { fill } from '../kb/replies.js';
import type { PersonalDataHolder } from '../privacy/personalData.js';
import type { ServiceRequests } from './serviceRequests.js';

export class RequestDataHolder implements PersonalDataHolder {
  readonly name = 'service requests';

  constructor(
    private readonly requests: ServiceRequests,
    private readonly texts: HandoffTexts,
  ) {}

  async forgetUser(userId: string, channelId: string): Promise<string[]> {
    const numbers = await this.requests.forgetUser(userId, channelId);
    return numbers.map((number) => fill(this.texts.forgotten, { number }));
  }
}

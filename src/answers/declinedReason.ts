// The first line of a declined answer, by the reason the question was declined. Shared by the
// plain-text rendering and the card, so both say the same.
import { fill, type Replies } from '../kb/replies.js';
import type { DeclinedAnswer } from './answer.js';

export function declinedReason(r: Replies['declined'], a: DeclinedAnswer): string {
  switch (a.reason) {
    case 'empty':
      return r.empty;
    case 'other-region':
      return fill(r.region, { region: a.region ?? '' });
    case 'not-covered':
      return fill(r.notCovered, { topic: a.topic ?? '' });
    case 'low-confidence':
      return r.text;
  }
}

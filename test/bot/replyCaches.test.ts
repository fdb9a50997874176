// The caches of a turn (recent questions' searches and decisions, measure cards) must not change a
// reply: every conversation of the tuning set runs with the caches and without them, and the bot sends the very
// same activities. Run twice with the caches, so the second run answers from them.
import { describe, expect, it } from 'vitest';
import { readCases } from '../../scripts/conversationCases.js';
import { ConversationHarness } from '../../scripts/conversationHarness.js';
import { knowledge } from '../helpers/knowledge.js';

describe('the caches of a turn', () => {
  it('change no reply: the tuning conversations send the same activities with and without them', async () => {
    const kb = knowledge();
    const cases = readCases('tune');
    const withCaches = new ConversationHarness(kb);
    const without = new ConversationHarness(kb, {
      searchCacheSize: 0,
      cardCacheSize: 0,
      responseCacheSize: 0,
    });
    for (const c of cases) await withCaches.run(c); // fills the caches
    for (const c of cases) {
      const a = await withCaches.run(c);
      const b = await without.run(c);
      expect(a.transcript, c.id).toEqual(b.transcript);
    }
  }, 240_000);
});

// The conversation test set as data (test/fixtures/conversations/): both parts are well formed and as
// large as the issue asks, and the tuning part's pass rate does not fall. The held-out part is only
// read here, never run (`npm run eval` measures it).
import { describe, expect, it } from 'vitest';
import { CONVERSATION_KINDS, readCases } from '../../scripts/conversationCases.js';
import { type CaseResult, ConversationHarness } from '../../scripts/conversationHarness.js';
import { knowledge } from '../helpers/knowledge.js';

describe('the conversation test set', () => {
  it('has at least 400 cases, 120 of them held out, every kind in both parts', () => {
    const tune = readCases('tune');
    const heldout = readCases('heldout');
    expect(tune.length + heldout.length).toBeGreaterThanOrEqual(400);
    expect(heldout.length).toBeGreaterThanOrEqual(120);
    for (const kind of CONVERSATION_KINDS) {
      expect(tune.some((c) => c.kind === kind)).toBe(true);
      expect(heldout.some((c) => c.kind === kind)).toBe(true);
    }
    const ids = [...tune, ...heldout].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // A floor a little under today's figure (98.0%, every kind ≥ 95.8%), so a change that breaks conversations is caught.
  it('tuning part: at least 96% of the cases pass, and at least 92% of every kind', async () => {
    const harness = new ConversationHarness(knowledge());
    const results: CaseResult[] = [];
    for (const c of readCases('tune')) results.push(await harness.run(c));
    const rate = (rs: typeof results) => rs.filter((r) => r.passed).length / rs.length;
    expect(rate(results)).toBeGreaterThanOrEqual(0.96);
    for (const kind of CONVERSATION_KINDS)
      expect(rate(results.filter((r) => r.kind === kind)), kind).toBeGreaterThanOrEqual(0.92);
  }, 120_000);
});

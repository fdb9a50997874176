// “Why not” in words: each unmet condition as a sentence's words (若为有效期内高新技术企业,则可…), and
// how much an amount falls short of its threshold.
import { describe, expect, it } from 'vitest';
import { whyNotLines } from '../../src/answers/whyNotLines.js';
import { kbIn } from '../../src/kb/language.js';
import { knowledge } from '../helpers/knowledge.js';

describe('whyNotLines', () => {
  it('says how much an investment falls short of the threshold', () => {
    const kb = knowledge();
    const lines = whyNotLines(kb, kb.measureById.get('tech-retrofit')!, 'not-eligible', {
      'is-guishang-industrial': true,
      'retrofit-investment': 8_000_000,
    });
    expect(lines?.unmet.join('\n')).toContain('还差200万元');
    const en = kbIn(kb, 'en');
    const english = whyNotLines(en, en.measureById.get('tech-retrofit')!, 'not-eligible', {
      'is-guishang-industrial': true,
      'retrofit-investment': 8_000_000,
    });
    expect(english?.unmet.join('\n')).toContain('2,000,000 yuan (200万元) short');
  });

  it('words a yes/no condition as the issue does', () => {
    const kb = knowledge();
    const lines = whyNotLines(kb, kb.measureById.get('rd-reward')!, 'not-eligible', {
      'is-high-tech': false,
      'first-time-sishang': true,
      'rd-last-year': 6_000_000,
    });
    expect(lines?.change.join('\n')).toContain('若为有效期内高新技术企业,则可');
  });

  it('works out what a status that can be regained would give, not what history rules out', () => {
    const kb = knowledge();
    const lapsed = whyNotLines(kb, kb.measureById.get('rd-reward')!, 'not-eligible', {
      'is-high-tech': false,
      'first-time-sishang': true,
      'rd-last-year': 4_000_000,
    });
    expect(lapsed?.change.join('\n')).toContain('400万元 × 5% = 20万元');
    const en = kbIn(kb, 'en');
    const english = whyNotLines(en, en.measureById.get('rd-reward')!, 'not-eligible', {
      'is-high-tech': false,
      'first-time-sishang': true,
      'rd-last-year': 4_000_000,
    });
    expect(english?.change.join('\n')).toContain('with your figures');
    // Four-above since 2021 cannot become “first time” again: no amount is worked out for it.
    const longAgo = whyNotLines(kb, kb.measureById.get('rd-reward')!, 'not-eligible', {
      'is-high-tech': true,
      'first-time-sishang': false,
      'rd-last-year': 9_000_000,
    });
    expect(longAgo?.change.join('\n')).not.toContain('45万元');
  });
});

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
});

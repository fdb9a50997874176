// What every measure must offer the bot and its users, and how its Chinese text must read.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/loadKnowledge.js';

const kb = loadKnowledge();

/** Every string in a value, with its field path. */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** A Chinese character or Chinese punctuation (including the curly quotes the texts use). */
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’…—]';
/** White space with Chinese on one side and Chinese or punctuation on the other, e.g. “计算, 最高”. */
const SPURIOUS_SPACE = new RegExp(`${CJK}\\s+(?:${CJK}|[,.;:!?()])|[,.;:!?()]\\s+${CJK}`, 'u');

describe.each(kb.measures.map((m) => [m.id, m] as const))('measure %s', (_id, measure) => {
  it('has at least 3 FAQs, each with a question and an answer', () => {
    expect(measure.faq.length).toBeGreaterThanOrEqual(3);
    for (const { q, a } of measure.faq) {
      expect(q.trim()).not.toBe('');
      expect(a.trim()).not.toBe('');
    }
  });

  it('has at least one alias, a summary and beneficiaries', () => {
    expect(measure.aliases.length).toBeGreaterThanOrEqual(1);
    expect(measure.summary.trim()).not.toBe('');
    expect(measure.beneficiaries.length).toBeGreaterThanOrEqual(1);
  });

  it('sends users only to channels that exist', () => {
    expect(measure.howToApply.channels.length).toBeGreaterThanOrEqual(1);
    for (const channel of measure.howToApply.channels)
      expect(kb.channelById.has(channel), channel).toBe(true);
  });
});

describe('the Chinese text of the knowledge base', () => {
  it('has no space inside Chinese text (as a folded YAML line break would insert)', () => {
    const { sources, areas, measures, synonyms, glossary, channels, questions } = kb;
    // English (the `en` fields) is spaced as English is; its own tests are in englishView.test.ts.
    const spaced = strings({ sources, areas, measures, synonyms, glossary, channels, questions })
      .filter(({ path }) => !/(?:^|\.)en(?:[.[]|$)/.test(path))
      .filter(({ text }) => SPURIOUS_SPACE.test(text))
      .map(({ path, text }) => `${path}: ${text}`);
    expect(spaced).toEqual([]);
  });

  it('never says in an answer that a 2023 stage has already ended (the bot adds today’s status)', () => {
    const texts = kb.measures.flatMap((m) => [
      { id: m.id, text: m.summary },
      { id: m.id, text: m.howToApply.note },
      ...m.faq.map((f) => ({ id: m.id, text: f.a })),
    ]);
    const dated = texts.filter(({ text }) => /已(经)?(结束|截止|到期|过期|失效)/.test(text));
    expect(dated.map(({ id, text }) => `${id}: ${text}`)).toEqual([]);
  });

  it('gives no web address or phone number, which the source does not give', () => {
    const all = strings({ measures: kb.measures, glossary: kb.glossary, channels: kb.channels });
    const found = all.filter(({ text }) => /https?:|www\.|\d{3,4}-\d{7,8}|\b1\d{10}\b|12345/.test(text));
    expect(found.map(({ path, text }) => `${path}: ${text}`)).toEqual([]);
  });
});

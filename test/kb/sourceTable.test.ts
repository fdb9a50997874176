// The knowledge base against the source of truth: the table of the 28 measures and the clean
// reading of the press report in test/fixtures/source/measures.zh-Hans.md.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/loadKnowledge.js';
import {
  arabicNumbers,
  areaRows,
  cleanReading,
  measureRows,
  withoutSpaces,
} from './helpers/sourceFixture.js';

const kb = loadKnowledge();

describe('the 28 measures of the source table', () => {
  it('are parsed from the fixture as 28 rows numbered 1 to 28', () => {
    expect(measureRows.map((row) => row.number)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });

  it('are exactly the measures of the knowledge base, with the same ids, numbers and areas', () => {
    const loaded = kb.measures.map(({ id, number, area }) => ({ id, number, area }));
    const expected = measureRows.map(({ id, number, area }) => ({ id, number, area }));
    expect(loaded).toEqual(expected);
  });

  it('use exactly the six areas of the source, in its order', () => {
    expect(kb.areas.map((a) => ({ id: a.id, title: a.title }))).toEqual(areaRows);
  });

  it.each(measureRows)(
    'measure $number ($id) records every Arabic number of its key facts as a fact',
    ({ id, keyFactsWithoutMarker }) => {
      const measure = kb.measureById.get(id);
      expect(measure, `measure ${id} is loaded`).toBeDefined();
      const recorded = new Set<number>();
      for (const fact of measure?.facts ?? []) {
        if (fact.value !== undefined) recorded.add(fact.value);
        if (fact.date !== undefined) recorded.add(Number(fact.date.slice(0, 4)));
      }
      const missing = arabicNumbers(keyFactsWithoutMarker).filter((n) => !recorded.has(n));
      expect(missing, `numbers of "${keyFactsWithoutMarker}" not among the facts of ${id}`).toEqual([]);
    },
  );

  it('give the key facts of the technology-retrofit measure the figures 2000, 1000 and 1000', () => {
    const row = measureRows.find((r) => r.id === 'tech-retrofit');
    expect(arabicNumbers(row?.keyFactsWithoutMarker ?? '')).toEqual([1000, 2000, 1000]);
  });

  it('ignore the numbers inside the 〔official …〕 marker', () => {
    const row = measureRows.find((r) => r.id === 'specialized-sme');
    expect(row?.keyFacts).toContain('〔official (一)');
    expect(arabicNumbers(row?.keyFactsWithoutMarker ?? '')).toEqual([10, 30, 2023, 2, 1, 700]);
  });
});

describe('the official article numbers', () => {
  it('are recorded exactly for specialized-sme (一), scale-up (二), rd-reward (二) and tech-achievements (三)', () => {
    const recorded = kb.measures.flatMap((m) => (m.officialArticle ? [[m.id, m.officialArticle.label]] : []));
    expect(Object.fromEntries(recorded)).toEqual({
      'specialized-sme': '(一)',
      'scale-up': '(二)',
      'rd-reward': '(二)',
      'tech-achievements': '(三)',
    });
  });

  it('match the 〔official …〕 markers of the source table', () => {
    for (const row of measureRows) {
      expect(kb.measureById.get(row.id)?.officialArticle?.label, row.id).toBe(row.officialArticle);
    }
  });
});

describe('the quotes of the knowledge base', () => {
  const facts = kb.measures.flatMap((m) =>
    m.facts.map((fact, i) => ({ id: m.id, path: `facts[${i}]`, fact })),
  );

  it('of the press report are word for word in the clean reading of the report', () => {
    const notFound = facts
      .filter(({ fact }) => fact.origin === 'press-report')
      .filter(({ fact }) => !cleanReading.includes(withoutSpaces(fact.quote)))
      .map(({ id, path, fact }) => `${id} ${path}: ${fact.quote}`);
    expect(notFound).toEqual([]);
  });

  it('of the official notice are word for word in the key facts of their own measure', () => {
    const notFound = facts
      .filter(({ fact }) => fact.origin === 'official-notice')
      .filter(({ id, fact }) => {
        const row = measureRows.find((r) => r.id === id);
        return !withoutSpaces(row?.keyFacts ?? '').includes(withoutSpaces(fact.quote));
      })
      .map(({ id, path, fact }) => `${id} ${path}: ${fact.quote}`);
    expect(notFound).toEqual([]);
  });

  it('of the business press are rendered in Chinese, without English words', () => {
    const english = facts
      .filter(({ fact }) => fact.origin === 'business-press' && /[A-Za-z]/.test(fact.quote))
      .map(({ id, path, fact }) => `${id} ${path}: ${fact.quote}`);
    expect(english).toEqual([]);
  });

  it('of dated stages and targets come from the report, the official notice or a business-press fact', () => {
    const notFound = kb.measures.flatMap((m) => {
      const row = measureRows.find((r) => r.id === m.id);
      const businessPress = m.facts.filter((f) => f.origin === 'business-press').map((f) => f.quote);
      return m.validity
        .filter(
          (v) =>
            !cleanReading.includes(withoutSpaces(v.quote)) &&
            !withoutSpaces(row?.keyFacts ?? '').includes(withoutSpaces(v.quote)) &&
            !businessPress.includes(v.quote),
        )
        .map((v) => `${m.id}: ${v.quote}`);
    });
    expect(notFound).toEqual([]);
  });

  it('quote the technology retrofit as the report writes it (“扩大技改收益面”), not as the table does (受益面)', () => {
    expect(cleanReading).toContain('扩大技改收益面');
    const measure = kb.measureById.get('tech-retrofit');
    const texts = [
      measure?.summary ?? '',
      ...(measure?.facts.map((f) => f.quote) ?? []),
      ...(measure?.faq.map((f) => f.a) ?? []),
    ];
    const quoted = texts.flatMap((t) => [...t.matchAll(/“(扩大技改.益面)”/g)].map((m) => m[1]));
    expect(quoted.length).toBeGreaterThan(0);
    expect(new Set(quoted)).toEqual(new Set(['扩大技改收益面']));
  });
});

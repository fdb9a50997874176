// The English view of the real knowledge base: the same shape, ids, numbers, order and maps as the
// Chinese base, every user-facing text in English (Chinese only beside it, in brackets or quotes),
// matching data shared with the Chinese base, and links both ways (kb.en, view.zh).
import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../src/answers/formatFact.js';
import { kbIn } from '../../src/kb/language.js';
import type { KnowledgeBase } from '../../src/kb/loadKnowledge.js';
import { knowledge } from '../helpers/knowledge.js';

const zh = knowledge();
const en = zh.en as KnowledgeBase;

/** Chinese characters left once brackets (…), quotes “…” and 《…》 are taken out: none in English. */
function bareChinese(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest
      .replace(/[(（][^()（）]*[)）]/g, '')
      .replace(/“[^“”]*”/g, '')
      .replace(/《[^《》]*》/g, '');
  }
  return [...rest.matchAll(/\p{Script=Han}+/gu)].map((m) => m[0]).join(' ');
}

/** Every user-facing text of a view, with where it is. */
function userTexts(kb: KnowledgeBase): [string, string][] {
  const out: [string, string][] = [];
  for (const s of kb.sources)
    out.push(
      ...([s.title, s.shortTitle, s.issuer, s.numberingCaveat, s.citation].map((t) => [
        `source ${s.id}`,
        t,
      ]) as [string, string][]),
    );
  for (const a of kb.areas)
    out.push([`area ${a.id}`, a.title], [`area ${a.id}`, a.shortTitle], [`area ${a.id}`, a.summary]);
  for (const c of kb.channels) out.push([`channel ${c.id}`, c.name], [`channel ${c.id}`, c.description]);
  for (const t of kb.glossary) out.push([`term ${t.id}`, t.term], [`term ${t.id}`, t.explanation]);
  for (const t of kb.notCovered) out.push([`topic ${t.id}`, t.name]);
  for (const q of kb.questions) {
    out.push([`question ${q.id}`, q.label], [`question ${q.id}`, q.text]);
    if (q.type === 'choice') for (const o of q.options) out.push([`option ${q.id}.${o.id}`, o.label]);
  }
  for (const m of kb.measures) {
    const at = `measure ${m.id}`;
    out.push([at, m.title], [at, m.fullTitle], [at, m.summary], [at, m.howToApply.note]);
    for (const t of [...m.beneficiaries, ...m.departments, ...m.faq.flatMap((f) => [f.q, f.a])])
      out.push([at, t]);
    for (const f of m.facts) out.push([`${at} fact`, f.label]);
    for (const v of m.validity) out.push([`${at} validity`, v.what]);
    if (m.officialArticle) out.push([`${at} article`, m.officialArticle.title]);
    for (const r of m.eligibility?.rules ?? [])
      out.push([`${at} rule`, r.reason], [`${at} benefit`, r.benefit?.text ?? '']);
  }
  return out;
}

describe('the English view', () => {
  it('is linked both ways and says its language', () => {
    expect(zh.lang).toBe('zh');
    expect(en.lang).toBe('en');
    expect(en.en).toBeUndefined();
    expect(en.zh).toBe(zh);
    expect(zh.zh).toBe(zh);
    expect(kbIn(zh, 'en')).toBe(en);
    expect(kbIn(en, 'zh')).toBe(zh);
    expect(kbIn(en, 'en')).toBe(en);
    expect(Object.isFrozen(en)).toBe(true);
  });

  it('has the same ids, numbers and order, and maps over its own items', () => {
    expect(en.measures.map((m) => [m.id, m.number, m.area, m.source])).toEqual(
      zh.measures.map((m) => [m.id, m.number, m.area, m.source]),
    );
    expect(en.areas.map((a) => [a.id, a.order])).toEqual(zh.areas.map((a) => [a.id, a.order]));
    expect(
      en.questions.map((q) => [q.id, q.type, q.type === 'choice' ? q.options.map((o) => o.id) : []]),
    ).toEqual(zh.questions.map((q) => [q.id, q.type, q.type === 'choice' ? q.options.map((o) => o.id) : []]));
    expect(en.channels.map((c) => c.id)).toEqual(zh.channels.map((c) => c.id));
    expect(en.glossary.map((t) => t.id)).toEqual(zh.glossary.map((t) => t.id));
    expect(en.notCovered.map((t) => t.id)).toEqual(zh.notCovered.map((t) => t.id));
    for (const m of en.measures) expect(en.measureById.get(m.id)).toBe(m);
    for (const q of en.questions) expect(en.questionById.get(q.id)).toBe(q);
    for (const a of en.areas) expect(en.areaById.get(a.id)).toBe(a);
    for (const c of en.channels) expect(en.channelById.get(c.id)).toBe(c);
    for (const s of en.sources) expect(en.sourceById.get(s.id)).toBe(s);
    expect(en.version).toBe(zh.version);
  });

  it('keeps every figure, date and rule of the Chinese base', () => {
    zh.measures.forEach((m, i) => {
      const v = en.measures[i]!;
      expect(v.facts.map(({ label: _, ...f }) => f)).toEqual(m.facts.map(({ label: _, en: __, ...f }) => f));
      expect(v.validity.map(({ what: _, ...x }) => x)).toEqual(
        m.validity.map(({ what: _, en: __, ...x }) => x),
      );
      expect(v.howToApply.channels).toEqual(m.howToApply.channels);
      expect(v.related).toEqual(m.related);
      expect(v.officialArticle?.label).toBe(m.officialArticle?.label);
      expect(v.eligibility?.rules.map((r) => [r.when, r.outcome, r.benefit?.kind])).toEqual(
        m.eligibility?.rules.map((r) => [r.when, r.outcome, r.benefit?.kind]),
      );
      const benefits = (b: NonNullable<typeof v.eligibility>['rules'][number]['benefit']) =>
        b && { ...b, text: undefined, en: undefined };
      expect(v.eligibility?.rules.map((r) => benefits(r.benefit))).toEqual(
        m.eligibility?.rules.map((r) => benefits(r.benefit)),
      );
    });
  });

  it('shares the matching data with the Chinese base: aliases, keywords, synonyms, the English reading', () => {
    expect(en.synonyms).toBe(zh.synonyms);
    zh.measures.forEach((m, i) => {
      const v = en.measures[i]!;
      expect(v.aliases).toBe(m.aliases);
      expect(v.keywords).toBe(m.keywords);
      expect(v.english).toBe(m.english);
    });
    zh.areas.forEach((a, i) => expect(en.areas[i]!.aliases).toBe(a.aliases));
    zh.glossary.forEach((t, i) => expect(en.glossary[i]!.aliases).toBe(t.aliases));
    zh.notCovered.forEach((t, i) => expect(en.notCovered[i]!.terms).toBe(t.terms));
  });

  it('has every user-facing text in English, with Chinese only in brackets or quotes beside it', () => {
    const texts = userTexts(en);
    expect(texts.length).toBeGreaterThan(600);
    const chinese = texts.filter(([, t]) => bareChinese(t) !== '').map(([at, t]) => `${at}: ${t}`);
    expect(chinese).toEqual([]);
    expect(en.replies.measure.numberLabel).toBe('No. {number}');
    expect(bareChinese(JSON.stringify(en.replies))).toBe('');
    expect(bareChinese(JSON.stringify(en.eligibilityTexts))).toBe('');
  });

  it('never says in an answer that a 2023 stage has already ended (the bot adds today’s status)', () => {
    const texts = en.measures.flatMap((m) => [m.summary, m.howToApply.note, ...m.faq.map((f) => f.a)]);
    expect(
      texts.filter((t) => /\b(?:has|have|had) (?:ended|expired)|\bis over\b|\bno longer\b/i.test(t)),
    ).toEqual([]);
  });

  it('carries no `en` fields of its own', () => {
    const json = JSON.stringify([
      en.measures,
      en.areas,
      en.sources,
      en.channels,
      en.glossary,
      en.notCovered,
      en.questions,
    ]);
    expect(json).not.toContain('"en":');
  });

  it('understands a choice in English or in Chinese: the Chinese option names stay as synonyms', () => {
    const q = en.questionById.get('specialized-status');
    if (q?.type !== 'choice') throw new Error('specialized-status is a choice question');
    const giant = q.options.find((o) => o.id === 'new-giant');
    expect(giant?.label).toBe('Newly recognised SRDI “little giant” enterprise');
    expect(giant?.synonyms).toEqual(
      expect.arrayContaining(['little giant', '新认定专精特新“小巨人”企业', '小巨人']),
    );
  });

  it('says floors as floors and names who decides where the source gives no amount', () => {
    for (const m of en.measures)
      for (const r of m.eligibility?.rules ?? []) {
        if (r.benefit?.kind === 'floor') {
          expect(r.benefit.text).toContain('at least');
          expect(r.benefit.text).toContain('is the minimum, not the maximum');
          expect(r.benefit.text).not.toMatch(/\bup to\b/);
        }
        if (r.benefit?.kind === 'unspecified')
          expect(r.benefit.text).toMatch(
            /gives no|lists no|gives neither|does not give|decide|set by|\bset\b|arrangements/,
          );
      }
  });

  it('writes every figure of every fact in English, with the source form beside amounts in 万 or 亿', () => {
    for (const m of en.measures)
      for (const f of m.facts) {
        const figure = formatFigure(f, 'en');
        expect(bareChinese(figure), `${m.id} ${f.label}: ${figure}`).toBe('');
        if (/[万亿]/.test(f.unit ?? '')) expect(figure).toContain(`(${formatFigure(f, 'zh')})`);
      }
  });
});

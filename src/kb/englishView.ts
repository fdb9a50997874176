// The English view of a knowledge base: the same shape, ids, numbers, order and maps as the Chinese
// base, with every user-facing text taken from its reviewed `en` field (and the replies and
// eligibility texts from the .en.yaml files). Matching data — aliases, keywords, synonyms, the
// `english` reading, fact values, units and quotes, dates — is shared with the Chinese base. Built
// once at load, after the loader has checked that the English is complete.
import type { EligibilityTexts } from '../eligibility/texts.js';
import type { Benefit, EligibilityQuestion, EligibilityRule } from '../eligibility/schema.js';
import type { KnowledgeBase } from './loadKnowledge.js';
import type { Replies } from './replies.js';
import type { Area, Channel, GlossaryEntry, Measure, NotCoveredTopic, SourceDocument } from './schema.js';

/** An English field the completeness check guarantees; its absence here is a bug, not bad data. */
function need<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new Error(`English view: ${what} has no English (completeness not checked?)`);
  return value;
}

function withoutEn<T extends { en?: unknown }>(item: T): Omit<T, 'en'> {
  const copy = { ...item };
  delete copy.en;
  return copy;
}

function sourceIn(s: SourceDocument): SourceDocument {
  const en = need(s.en, `source ${s.id}`);
  return {
    ...withoutEn(s),
    title: en.title,
    shortTitle: en.shortTitle,
    issuer: en.issuer,
    numberingCaveat: en.numberingCaveat,
    citation: en.citation,
  };
}

function areaIn(a: Area): Area {
  const en = need(a.en, `area ${a.id}`);
  return { ...withoutEn(a), title: en.title, shortTitle: en.shortTitle, summary: en.summary };
}

function channelIn(c: Channel): Channel {
  const en = need(c.en, `channel ${c.id}`);
  return { ...withoutEn(c), name: en.name, description: en.description };
}

function termIn(t: GlossaryEntry): GlossaryEntry {
  const en = need(t.en, `glossary term ${t.id}`);
  return { ...withoutEn(t), term: en.term, explanation: en.explanation };
}

function topicIn(t: NotCoveredTopic): NotCoveredTopic {
  return { ...withoutEn(t), name: need(t.en, `not-covered topic ${t.id}`).name };
}

/**
 * A question in English. A choice option keeps its Chinese label and synonyms as extra synonyms,
 * so an answer typed in Chinese (小巨人) is still understood in an English check-up.
 */
function questionIn(q: EligibilityQuestion): EligibilityQuestion {
  const en = need(q.en, `question ${q.id}`);
  const base = { ...withoutEn(q), label: en.label, text: en.text };
  switch (q.type) {
    case 'yesno':
      return q.when
        ? { ...base, type: 'yesno', attainable: q.attainable, when: need(en.when, `question ${q.id} when`) }
        : { ...base, type: 'yesno', attainable: q.attainable };
    case 'amount':
      return { ...base, type: 'amount', example: need(en.example, `question ${q.id} example`) };
    case 'choice': {
      const options = need(en.options, `question ${q.id} options`);
      return {
        ...base,
        type: 'choice',
        options: q.options.map((o, i) => {
          const eo = need(options[i], `question ${q.id} option ${o.id}`);
          return { id: o.id, label: eo.label, synonyms: [...eo.synonyms, o.label, ...o.synonyms] };
        }),
      };
    }
  }
}

function benefitIn(b: Benefit, what: string): Benefit {
  return { ...withoutEn(b), text: need(b.en, what).text } as Benefit;
}

function ruleIn(r: EligibilityRule, what: string): EligibilityRule {
  const rule: EligibilityRule = { ...withoutEn(r), reason: need(r.en, what).reason };
  if (r.benefit) rule.benefit = benefitIn(r.benefit, `${what} benefit`);
  return rule;
}

function measureIn(m: Measure): Measure {
  const en = need(m.en, `measure ${m.id}`);
  const measure: Measure = {
    ...withoutEn(m),
    title: en.title,
    fullTitle: en.fullTitle,
    brief: en.brief,
    summary: en.summary,
    facts: m.facts.map((f, i) => ({ ...withoutEn(f), label: need(f.en, `${m.id} facts[${i}]`).label })),
    beneficiaries: [...en.beneficiaries],
    howToApply: {
      channels: m.howToApply.channels,
      note: en.howToApply.note,
      ...(en.howToApply.sourceSays === undefined ? {} : { sourceSays: en.howToApply.sourceSays }),
    },
    validity: m.validity.map((v, i) => ({
      ...withoutEn(v),
      what: need(v.en, `${m.id} validity[${i}]`).what,
    })),
    departments: [...en.departments],
    faq: en.faq.map((f) => ({ q: f.q, a: f.a })),
  };
  if (m.officialArticle)
    measure.officialArticle = {
      ...withoutEn(m.officialArticle),
      title: need(m.officialArticle.en, `${m.id} officialArticle`).title,
    };
  if (m.eligibility)
    measure.eligibility = {
      ...m.eligibility,
      rules: m.eligibility.rules.map((r, i) => ruleIn(r, `${m.id} eligibility.rules[${i}]`)),
    };
  return measure;
}

/** Builds the English view of `zh`; the caller links zh.en to it and freezes both. */
export function buildEnglishView(
  zh: KnowledgeBase,
  replies: Replies,
  eligibilityTexts: EligibilityTexts,
): KnowledgeBase {
  const sources = zh.sources.map(sourceIn);
  const areas = zh.areas.map(areaIn);
  const measures = zh.measures.map(measureIn);
  const channels = zh.channels.map(channelIn);
  const questions = zh.questions.map(questionIn);
  const notCovered = zh.notCovered.map(topicIn);
  return {
    lang: 'en',
    en: undefined,
    zh,
    // Service requests and ratings have no English yet: the view shares their Chinese texts.
    handoff: zh.handoff,
    satisfaction: zh.satisfaction,
    dir: zh.dir,
    sources,
    areas,
    measures,
    synonyms: zh.synonyms,
    glossary: zh.glossary.map(termIn),
    notCovered,
    unlistedMayHelp: zh.unlistedMayHelp,
    channels,
    questions,
    replies,
    eligibilityTexts,
    measureById: new Map(measures.map((m) => [m.id, m])),
    areaById: new Map(areas.map((a) => [a.id, a])),
    sourceById: new Map(sources.map((s) => [s.id, s])),
    channelById: new Map(channels.map((c) => [c.id, c])),
    questionById: new Map(questions.map((q) => [q.id, q])),
    notCoveredById: new Map(notCovered.map((t) => [t.id, t])),
    version: zh.version,
  };
}

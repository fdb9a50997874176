// English is all or nothing: a knowledge base without any `en` field (and without the English
// replies files) is a Chinese-only base, but as soon as one English text is present every
// user-facing text needs its English counterpart — otherwise an English answer would silently fall
// back to Chinese halfway through a card. Parallel lists (beneficiaries, departments, faq, options)
// must have the same length as the Chinese ones, and the English replies the same {placeholders}.
import type { EligibilityQuestion } from '../eligibility/schema.js';
import type { Area, Channel, GlossaryEntry, Measure, NotCoveredTopic, SourceDocument } from './schema.js';

/** Records one problem against a file (absolute path) and a field path. */
export type AddIssue = (file: string, path: string, message: string) => void;

/** A texts file (replies, eligibility texts) with its English counterpart, when it exists. */
export interface TextsPair {
  /** The Chinese texts, parsed and valid. */
  zh: unknown;
  /** The English file; `exists` false when there is none, `en` undefined when it failed validation. */
  enFile: string;
  exists: boolean;
  en: unknown;
}

export interface EnglishParts {
  sources: readonly { file: string; source: SourceDocument }[];
  areasFile: string;
  areas: readonly Area[];
  channelsFile: string;
  channels: readonly Channel[];
  glossaryFile: string;
  glossary: readonly GlossaryEntry[];
  notCoveredFile: string;
  notCovered: readonly NotCoveredTopic[];
  eligibilityFile: string;
  questions: readonly EligibilityQuestion[];
  measures: readonly { file: string; measure: Measure }[];
  texts: readonly TextsPair[];
}

const MISSING = 'English is missing (the knowledge base has English, so every text needs it)';

/** Whether any English is present: an `en` field anywhere, or an English texts file. */
export function hasEnglish(parts: EnglishParts): boolean {
  const withEn = (items: readonly { en?: unknown }[]) => items.some((i) => i.en !== undefined);
  return (
    parts.sources.some((s) => s.source.en !== undefined) ||
    withEn(parts.areas) ||
    withEn(parts.channels) ||
    withEn(parts.glossary) ||
    withEn(parts.notCovered) ||
    withEn(parts.questions) ||
    parts.measures.some(({ measure }) => measureHasEnglish(measure)) ||
    parts.texts.some((t) => t.exists)
  );
}

function measureHasEnglish(m: Measure): boolean {
  return (
    m.en !== undefined ||
    m.facts.some((f) => f.en !== undefined) ||
    m.validity.some((v) => v.en !== undefined) ||
    m.officialArticle?.en !== undefined ||
    (m.eligibility?.rules ?? []).some((r) => r.en !== undefined || r.benefit?.en !== undefined)
  );
}

function items(n: number): string {
  return `${n} item${n === 1 ? '' : 's'}`;
}

/** Checks that a parallel English list has the Chinese list's length. */
function sameLength(
  add: AddIssue,
  file: string,
  path: string,
  zhName: string,
  zh: readonly unknown[],
  en: readonly unknown[],
): void {
  if (zh.length !== en.length)
    add(file, path, `expected ${items(zh.length)} (as ${zhName}), got ${en.length}`);
}

function checkMeasure(add: AddIssue, file: string, m: Measure): void {
  if (!m.en) add(file, 'en', MISSING);
  else {
    sameLength(add, file, 'en.beneficiaries', 'beneficiaries', m.beneficiaries, m.en.beneficiaries);
    sameLength(add, file, 'en.departments', 'departments', m.departments, m.en.departments);
    sameLength(add, file, 'en.faq', 'faq', m.faq, m.en.faq);
    const zhSays = m.howToApply.sourceSays !== undefined;
    const enSays = m.en.howToApply.sourceSays !== undefined;
    if (zhSays && !enSays)
      add(file, 'en.howToApply.sourceSays', 'English is missing: howToApply has sourceSays');
    if (!zhSays && enSays)
      add(file, 'en.howToApply.sourceSays', 'not expected: howToApply has no sourceSays');
  }
  m.facts.forEach((f, i) => {
    if (!f.en) add(file, `facts[${i}].en`, MISSING);
  });
  m.validity.forEach((v, i) => {
    if (!v.en) add(file, `validity[${i}].en`, MISSING);
  });
  if (m.officialArticle && !m.officialArticle.en) add(file, 'officialArticle.en', MISSING);
  m.eligibility?.rules.forEach((rule, i) => {
    if (!rule.en) add(file, `eligibility.rules[${i}].en`, MISSING);
    if (rule.benefit && !rule.benefit.en) add(file, `eligibility.rules[${i}].benefit.en`, MISSING);
  });
}

function checkQuestion(add: AddIssue, file: string, q: EligibilityQuestion, i: number): void {
  const path = `questions[${i}].en`;
  if (!q.en) return add(file, path, MISSING);
  if (q.type === 'amount' && q.en.example === undefined)
    add(file, `${path}.example`, 'English is missing: an amount question needs an example');
  if (q.type !== 'amount' && q.en.example !== undefined)
    add(file, `${path}.example`, `not expected: "${q.id}" is a ${q.type} question`);
  if (q.type === 'choice') {
    if (!q.en.options) add(file, `${path}.options`, 'English is missing: a choice question needs options');
    else sameLength(add, file, `${path}.options`, 'options', q.options, q.en.options);
  } else if (q.en.options !== undefined)
    add(file, `${path}.options`, `not expected: "${q.id}" is a ${q.type} question`);
}

/** The {placeholders} of a template, sorted: “{title}的{count}” → count,title. */
function placeholders(text: string): string {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(',');
}

function describe(names: string): string {
  return names === ''
    ? '(none)'
    : names
        .split(',')
        .map((n) => `{${n}}`)
        .join(' ');
}

/** Walks two texts trees of the same schema: arrays of the same length, the same placeholders. */
function checkTexts(add: AddIssue, pair: TextsPair, zh: unknown, en: unknown, path: string): void {
  if (typeof zh === 'string' && typeof en === 'string') {
    const want = placeholders(zh);
    const got = placeholders(en);
    if (want !== got)
      add(pair.enFile, path, `placeholders ${describe(got)} differ from the Chinese ${describe(want)}`);
    return;
  }
  if (Array.isArray(zh) && Array.isArray(en)) {
    if (zh.length !== en.length)
      add(pair.enFile, path, `expected ${items(zh.length)} (as the Chinese), got ${en.length}`);
    zh.forEach((z, i) => {
      if (i < en.length) checkTexts(add, pair, z, en[i], `${path}[${i}]`);
    });
    return;
  }
  if (zh && en && typeof zh === 'object' && typeof en === 'object') {
    for (const [key, value] of Object.entries(zh))
      checkTexts(add, pair, value, (en as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
  }
}

/**
 * Reports every English text that is missing or does not match its Chinese counterpart, when any
 * English is present. Returns whether the base has English.
 */
export function checkEnglish(parts: EnglishParts, add: AddIssue): boolean {
  if (!hasEnglish(parts)) return false;
  for (const { file, source } of parts.sources) if (!source.en) add(file, 'en', MISSING);
  parts.areas.forEach((a, i) => {
    if (!a.en) add(parts.areasFile, `areas[${i}].en`, MISSING);
  });
  parts.channels.forEach((c, i) => {
    if (!c.en) add(parts.channelsFile, `channels[${i}].en`, MISSING);
  });
  parts.glossary.forEach((t, i) => {
    if (!t.en) add(parts.glossaryFile, `terms[${i}].en`, MISSING);
  });
  parts.notCovered.forEach((t, i) => {
    if (!t.en) add(parts.notCoveredFile, `topics[${i}].en`, MISSING);
  });
  parts.questions.forEach((q, i) => checkQuestion(add, parts.eligibilityFile, q, i));
  for (const { file, measure } of parts.measures) checkMeasure(add, file, measure);
  for (const pair of parts.texts) {
    if (!pair.exists)
      add(
        pair.enFile,
        '',
        'file is missing (the knowledge base has English, so it needs these texts in English)',
      );
    else if (pair.en !== undefined) checkTexts(add, pair, pair.zh, pair.en, '');
  }
  return true;
}

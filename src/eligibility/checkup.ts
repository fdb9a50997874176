// The policy check-up: every measure with eligibility rules evaluated for one enterprise, grouped as
// the 服务包 of the source (普惠性政策 and 个性化政策), plus what districts or departments must confirm,
// what did not fit and what has ended; and the 服务包 as plain text (to paste into WeChat) or Markdown.
// It is written in the language of the knowledge base view given (kbIn(kb, 'en') for English).
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import { type Lang, punctuation } from '../kb/language.js';
import type { Measure } from '../kb/schema.js';
import { toShanghaiDay } from '../kb/statusOn.js';
import { formatDate } from '../kb/formatDate.js';
import { evaluateMeasure, type Evaluation } from './evaluateMeasure.js';
import type { Answers } from './parseAnswer.js';
import { formatAnswer } from './questionPrompt.js';
import { fill, type Wording } from './texts.js';

export interface ServicePackage {
  /** 普惠性政策: measures every enterprise benefits from (scope universal). */
  universal: Evaluation[];
  /** 个性化政策: targeted measures this enterprise is eligible for. */
  targeted: Evaluation[];
  /** Measures that depend on the district or the department, or that missing answers leave open. */
  possible: Evaluation[];
  notEligible: Evaluation[];
  /** Measures whose dated stage is over on the day of the check-up. */
  ended: Evaluation[];
  /** The answers the package was made from (shown as 企业情况); set by runCheckup. */
  answers?: Answers;
}

/**
 * Evaluates every measure that has eligibility rules, in the order given, and groups the results;
 * reasons and amounts are written in the wording's language (pass the view the measures come from).
 */
export function runCheckup(
  measures: readonly Measure[],
  answers: Answers,
  today: Date | string,
  wording: Wording,
): ServicePackage {
  const pkg: ServicePackage = {
    universal: [],
    targeted: [],
    possible: [],
    notEligible: [],
    ended: [],
    answers,
  };
  for (const measure of measures) {
    if (!measure.eligibility) continue;
    const evaluation = evaluateMeasure(measure, answers, today, wording);
    switch (evaluation.outcome) {
      case 'ended':
        pkg.ended.push(evaluation);
        break;
      case 'not-eligible':
        pkg.notEligible.push(evaluation);
        break;
      case 'eligible':
        (measure.eligibility.scope === 'universal' ? pkg.universal : pkg.targeted).push(evaluation);
        break;
      case 'possible':
      case 'unknown':
        (measure.eligibility.scope === 'universal' ? pkg.universal : pkg.possible).push(evaluation);
        break;
    }
  }
  return pkg;
}

// ---------------------------------------------------------------------------------------------
// Rendering: one structure, two formats

interface Entry {
  title: string;
  /** Shown after the title on the same line (金额 of 个性化政策, the reason of 已结束). */
  headline?: string;
  details: string[];
}

interface Section {
  heading: string;
  intro?: string;
  entries: Entry[];
  /** Plain lines instead of entries (企业情况, 申请渠道). */
  lines?: string[];
}

interface Document {
  title: string;
  meta: { label: string; value: string }[];
  sections: Section[];
  notes: string[];
}

function measureTitle(kb: KnowledgeBase, measureId: string): string {
  const texts = kb.eligibilityTexts;
  const p = punctuation(kb.lang);
  const measure = kb.measureById.get(measureId);
  if (!measure) return measureId;
  const refs = [fill(texts.pkg.numberLabel, { number: measure.number })];
  if (measure.officialArticle)
    refs.push(fill(texts.pkg.officialArticle, { label: measure.officialArticle.label }));
  return `${measure.title}${p.openBracket}${refs.join(p.semicolon)}${p.closeBracket}`;
}

function questionLabels(kb: KnowledgeBase, ids: readonly string[]): string {
  return ids.map((id) => kb.questionById.get(id)?.label ?? id).join(punctuation(kb.lang).listSeparator);
}

function detailedEntry(kb: KnowledgeBase, evaluation: Evaluation): Entry {
  const texts = kb.eligibilityTexts;
  const colon = punctuation(kb.lang).colon;
  const details: string[] = [];
  const benefit = evaluation.benefit;
  let headline: string | undefined;
  if (benefit?.amountText) {
    headline = benefit.amountText;
    if (benefit.arithmetic) details.push(benefit.arithmetic);
  }
  if (evaluation.outcome === 'unknown')
    details.push(fill(texts.pkg.missing, { labels: questionLabels(kb, evaluation.unanswered) }));
  else details.push(`${texts.pkg.reason}${colon}${evaluation.reason}`);
  if (benefit && !(benefit.upTo && benefit.arithmetic))
    details.push(`${texts.pkg.support}${colon}${benefit.text}`);
  if (benefit?.kind === 'percent-of' && benefit.amountYuan === undefined && evaluation.unanswered.length > 0)
    details.push(fill(texts.pkg.noAmount, { label: questionLabels(kb, evaluation.unanswered) }));
  return { title: measureTitle(kb, evaluation.measureId), ...(headline ? { headline } : {}), details };
}

function shortEntry(kb: KnowledgeBase, evaluation: Evaluation): Entry {
  return { title: measureTitle(kb, evaluation.measureId), headline: evaluation.reason, details: [] };
}

function packageDocument(pkg: ServicePackage, kb: KnowledgeBase, today: Date | string): Document {
  const texts = kb.eligibilityTexts;
  const colon = punctuation(kb.lang).colon;
  const all = [...pkg.universal, ...pkg.targeted, ...pkg.possible, ...pkg.notEligible, ...pkg.ended];
  const measures = all.flatMap((e) => kb.measureById.get(e.measureId) ?? []);
  const sources = kb.sources.filter((s) => measures.some((m) => m.source === s.id));

  const meta: Document['meta'] = [
    { label: texts.pkg.date, value: formatDate(toShanghaiDay(today), kb.lang) },
  ];
  for (const source of sources) meta.push({ label: texts.pkg.basis, value: source.citation });

  const sections: Section[] = [];
  const answers = pkg.answers;
  if (answers) {
    const lines = kb.questions
      .filter((q) => Object.hasOwn(answers, q.id))
      .map((q) => `${q.label}${colon}${formatAnswer(q, answers[q.id], kb)}`);
    if (lines.length > 0) sections.push({ heading: texts.pkg.profile, entries: [], lines });
  }
  sections.push(
    {
      heading: texts.pkg.universal,
      intro: texts.pkg.universalIntro,
      entries: pkg.universal.map((e) => detailedEntry(kb, e)),
    },
    {
      heading: texts.pkg.targeted,
      intro: texts.pkg.targetedIntro,
      entries: pkg.targeted.map((e) => detailedEntry(kb, e)),
    },
    { heading: texts.pkg.possible, entries: pkg.possible.map((e) => detailedEntry(kb, e)) },
    { heading: texts.pkg.ended, entries: pkg.ended.map((e) => shortEntry(kb, e)) },
    { heading: texts.pkg.notEligible, entries: pkg.notEligible.map((e) => shortEntry(kb, e)) },
  );

  const offered = [...pkg.universal, ...pkg.targeted, ...pkg.possible].flatMap(
    (e) => kb.measureById.get(e.measureId)?.howToApply.channels ?? [],
  );
  const channels = kb.channels.filter((c) => offered.includes(c.id) || offered.length === 0);
  sections.push({
    heading: texts.pkg.channels,
    entries: [],
    lines: channels.map((c) => `${c.name}${colon}${c.description}`),
  });

  return {
    title: texts.pkg.title,
    meta,
    sections,
    notes: [texts.pkg.disclaimer, ...sources.map((s) => s.numberingCaveat)],
  };
}

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一、企业情况 in Chinese; 1. Enterprise profile in English. */
export function numberedHeadings(doc: ServicePackageDocument, lang: Lang): string[] {
  return doc.sections.map((s, i) =>
    lang === 'en' ? `${i + 1}. ${s.heading}` : `${CHINESE_ORDINALS[i] ?? String(i + 1)}、${s.heading}`,
  );
}

/** A heading of the plain text: 【一、企业情况】 or [1. Enterprise profile]. */
function textHeading(heading: string, kb: KnowledgeBase): string {
  return kb.lang === 'en' ? `[${heading}]` : `【${heading}】`;
}

/** The 服务包 as structured content: what a share link keeps as its snapshot and its page shows. */
export type ServicePackageDocument = Document;

export function servicePackageDocument(
  pkg: ServicePackage,
  kb: KnowledgeBase,
  today: Date | string,
): ServicePackageDocument {
  return packageDocument(pkg, kb, today);
}

/** The 服务包 as plain text, to paste into a WeChat message. */
export function servicePackageText(pkg: ServicePackage, kb: KnowledgeBase, today: Date | string): string {
  const texts = kb.eligibilityTexts;
  const colon = punctuation(kb.lang).colon;
  const doc = packageDocument(pkg, kb, today);
  const headings = numberedHeadings(doc, kb.lang);
  const out: string[] = [doc.title, ...doc.meta.map((m) => `${m.label}${colon}${m.value}`)];
  doc.sections.forEach((section, i) => {
    out.push('', textHeading(headings[i] ?? section.heading, kb));
    if (section.lines) {
      out.push(...section.lines.map((l) => `· ${l}`));
      return;
    }
    if (section.entries.length === 0) {
      out.push(texts.pkg.none);
      return;
    }
    if (section.intro) out.push(section.intro);
    section.entries.forEach((entry, j) => {
      out.push(`${j + 1}. ${entry.title}${entry.headline ? `${colon}${entry.headline}` : ''}`);
      out.push(...entry.details.map((d) => `   ${d}`));
    });
  });
  out.push('', textHeading(texts.pkg.notes, kb), ...doc.notes.map((n) => `· ${n}`));
  return out.join('\n') + '\n';
}

/** The 服务包 as Markdown. */
export function servicePackageMarkdown(pkg: ServicePackage, kb: KnowledgeBase, today: Date | string): string {
  const texts = kb.eligibilityTexts;
  const colon = punctuation(kb.lang).colon;
  const doc = packageDocument(pkg, kb, today);
  const headings = numberedHeadings(doc, kb.lang);
  const out: string[] = [`# ${doc.title}`, ''];
  out.push(...doc.meta.map((m) => `- **${m.label}**${colon}${m.value}`));
  doc.sections.forEach((section, i) => {
    out.push('', `## ${headings[i]}`, '');
    if (section.lines) {
      out.push(...section.lines.map((l) => `- ${l}`));
      return;
    }
    if (section.entries.length === 0) {
      out.push(texts.pkg.none);
      return;
    }
    if (section.intro) out.push(section.intro, '');
    section.entries.forEach((entry, j) => {
      out.push(`${j + 1}. **${entry.title}**${entry.headline ? `${colon}${entry.headline}` : ''}`);
      out.push(...entry.details.map((d) => `   - ${d}`));
    });
  });
  out.push('', `## ${texts.pkg.notes}`, '', ...doc.notes.map((n) => `- ${n}`));
  return out.join('\n') + '\n';
}

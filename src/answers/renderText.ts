// Renders an Answer as plain Chinese text: for channels without Adaptive Cards, the terminal and
// `yiqi ask`. It says the same as the cards, in the same order.
import { punctuation } from '../kb/language.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import { fill } from '../kb/replies.js';
import type { Fact, Measure } from '../kb/schema.js';
import type { Answer, MeasureAnswer, Section } from './answer.js';
import { briefLine } from './briefLine.js';
import { renderComparisonText } from './renderComparisonText.js';
import { renderStatusListText } from './renderStatusListText.js';
import { declinedReason } from './declinedReason.js';
import { estimateLines } from './estimateLines.js';
import { formatFact } from './formatFact.js';

export function measureLabel(kb: KnowledgeBase, m: Measure): string {
  return `${fill(kb.replies.measure.numberLabel, { number: m.number })} ${m.title}`;
}

export function howToApplyLines(kb: KnowledgeBase, m: Measure): string[] {
  const lines: string[] = [];
  if (m.howToApply.sourceSays) lines.push(m.howToApply.sourceSays);
  lines.push(m.howToApply.note);
  for (const id of m.howToApply.channels) {
    const channel = kb.channelById.get(id);
    if (channel) lines.push(`· ${channel.name}${punctuation(kb.lang).colon}${channel.description}`);
  }
  return lines;
}

/** Figures that say what support is given (a cap, a floor, a rate, a fund), not counts or targets. */
const SUPPORT_KINDS: ReadonlySet<Fact['kind']> = new Set(['cap', 'floor', 'rate', 'fund']);

/** The lines a follow-up focus shows first (怎么申请 → how to apply …). */
export function focusLines(kb: KnowledgeBase, a: MeasureAnswer): string[] {
  const r = kb.replies;
  const m = a.measure;
  switch (a.focus) {
    case 'apply':
      return [fill(r.followUp.apply, { title: m.title }), ...howToApplyLines(kb, m)];
    case 'conditions':
      return [fill(r.followUp.conditions, { title: m.title }), ...m.beneficiaries.map((b) => `· ${b}`)];
    case 'amount':
      // 绿色工厂能补多少: counts and targets are not what an enterprise gets; say so before them.
      return [
        fill(r.followUp.amount, { title: m.title }),
        ...(a.keyFacts.some((f) => SUPPORT_KINDS.has(f.kind)) ? [] : [r.measure.noFacts]),
        ...a.keyFacts.map((f) => `· ${formatFact(f, kb.lang)}`),
      ];
    case 'deadline':
      // 申请截止到什么时候: a target's year or a standing arrangement is no closing date for applications.
      return [
        fill(r.followUp.deadline, { title: m.title }),
        ...(a.validityNotes.length > 0 ? a.validityNotes.map((v) => `· ${v.text}`) : [r.measure.noValidity]),
        ...(a.validityNotes.length > 0 &&
        !a.validityNotes.some((v) => v.status === 'ended' || v.status === 'in-force')
          ? [r.followUp.noClosingDate]
          : []),
      ];
    case 'department':
      return [
        fill(r.followUp.department, { title: m.title }),
        ...(m.departments.length > 0
          ? [m.departments.join(punctuation(kb.lang).listSeparator)]
          : [r.followUp.noDepartment]),
      ];
    case 'article':
      return [
        fill(r.followUp.article, { title: m.title }),
        m.officialArticle ? `${m.officialArticle.label} ${m.officialArticle.title}` : r.followUp.noArticle,
      ];
    case undefined:
      return [];
  }
}

function renderMeasure(kb: KnowledgeBase, a: MeasureAnswer): string {
  const r = kb.replies.measure;
  const m = a.measure;
  const head = [measureLabel(kb, m)];
  if (m.officialArticle) head.push(`(${fill(r.officialArticle, { label: m.officialArticle.label })})`);
  const lines = [head.join(' '), `${r.areaLabel}${punctuation(kb.lang).colon}${a.area.title}`];
  const focus = focusLines(kb, a);
  if (focus.length > 0) lines.push('', ...focus);
  lines.push('', m.summary);
  if (a.focus !== 'amount' && a.keyFacts.length > 0) {
    lines.push(
      '',
      `${r.factsHeading}${punctuation(kb.lang).colon}`,
      ...a.keyFacts.map((f) => `· ${formatFact(f, kb.lang)}`),
    );
  }
  if (a.focus !== 'deadline') {
    lines.push('', `${r.validityHeading}${punctuation(kb.lang).colon}`);
    if (a.validityNotes.length > 0) lines.push(...a.validityNotes.map((v) => `· ${v.text}`));
    else lines.push(r.noValidity);
  }
  if (a.focus !== 'conditions')
    lines.push(
      '',
      `${r.beneficiariesHeading}${punctuation(kb.lang).colon}`,
      ...m.beneficiaries.map((b) => `· ${b}`),
    );
  if (a.focus !== 'apply')
    lines.push('', `${r.howToApplyHeading}${punctuation(kb.lang).colon}`, ...howToApplyLines(kb, m));
  if (m.departments.length > 0)
    lines.push(
      '',
      `${r.departmentsHeading}${punctuation(kb.lang).colon}${m.departments.join(punctuation(kb.lang).listSeparator)}`,
    );
  const also = alsoNamedLine(kb, a);
  if (also) lines.push('', also);
  if (a.related.length > 0)
    lines.push(
      '',
      `${r.relatedHeading}${punctuation(kb.lang).colon}${a.related.map((x) => measureLabel(kb, x)).join(punctuation(kb.lang).semicolon)}`,
    );
  lines.push(
    '',
    `${r.sourceLabel}${punctuation(kb.lang).colon}${a.source.citation}${punctuation(kb.lang).fullStop}${r.numberingNote}`,
  );
  return lines.join('\n');
}

/** The other measures the message named, and how to see them (另外那个 / 第二个). */
export function alsoNamedLine(kb: KnowledgeBase, a: MeasureAnswer): string | undefined {
  const others = a.alsoNamed ?? [];
  if (others.length === 0) return undefined;
  const r = kb.replies.measure;
  const measures = others.map((x) => measureLabel(kb, x)).join(punctuation(kb.lang).listSeparator);
  return fill(others.length === 1 ? r.alsoNamedOne : r.alsoNamedSeveral, { measures });
}

/**
 * What a section adds for what the message asks of each measure (这两条现在还有效吗 → the time of each).
 * Asked how much, a section shows its figures already; one without an amount or a rate says so.
 */
export function sectionFocusLines(kb: KnowledgeBase, a: MeasureAnswer): string[] {
  if (!a.focus) return [];
  if (a.focus !== 'amount') return focusLines(kb, a);
  return a.keyFacts.some((f) => SUPPORT_KINDS.has(f.kind)) ? [] : [kb.replies.measure.noFacts];
}

/** The figures a section shows: dates are said by its status line already. */
export function sectionFacts(m: MeasureAnswer) {
  return m.keyFacts.filter((f) => f.kind !== 'date');
}

/** What a section about a part outside the 28 measures (or about another region) says. */
export function outsideText(kb: KnowledgeBase, section: Extract<Section, { kind: 'outside' }>): string {
  const r = kb.replies.several;
  return section.region
    ? fill(r.otherRegion, { label: section.label, region: section.region })
    : fill(r.notCovered, { label: section.label });
}

/** One section of an answer about several things. */
function sectionLines(kb: KnowledgeBase, section: Section): string[] {
  if (section.kind === 'outside')
    return [
      outsideText(kb, section),
      ...(section.mayHelp
        ? [kb.replies.several.mayHelp, ...section.mayHelp.map((b) => `· ${briefLine(kb, b)}`)]
        : []),
    ];
  if (section.kind === 'measure') {
    const m = section.answer;
    return [
      `【${measureLabel(kb, m.measure)}】`,
      m.measure.brief,
      ...section.badges.map((t) => `${punctuation(kb.lang).noteOpen}${t}${punctuation(kb.lang).noteClose}`),
      ...sectionFacts(m).map((f) => `· ${formatFact(f, kb.lang)}`),
      ...sectionFocusLines(kb, m),
    ];
  }
  const r = kb.replies.several;
  const heading = section.area
    ? fill(r.area, { label: section.label, area: section.area.shortTitle, count: section.measures.length })
    : fill(r.group, { label: section.label });
  return [heading, ...section.measures.map((b) => `· ${briefLine(kb, b)}`)];
}

function list(kb: KnowledgeBase, measures: readonly Measure[]): string[] {
  return measures.map((m) => `· ${measureLabel(kb, m)}`);
}

/** The answer as text; in English a label's colon may end a line: no trailing spaces are kept. */
export function renderAnswerText(kb: KnowledgeBase, answer: Answer): string {
  return answerText(kb, answer).replace(/ +$/gm, '');
}

function answerText(kb: KnowledgeBase, answer: Answer): string {
  const r = kb.replies;
  switch (answer.type) {
    case 'measure':
      return renderMeasure(kb, answer);
    case 'ambiguous':
      return [r.ambiguous.prompt, ...list(kb, answer.measures)].join('\n');
    case 'area':
      return [
        fill(r.area.prompt, { area: answer.area.shortTitle, count: answer.measures.length }),
        ...list(kb, answer.measures),
      ].join('\n');
    case 'overview':
      return [
        r.overview.prompt,
        ...answer.areas.flatMap(({ area, measures }) => ['', area.title, ...list(kb, measures)]),
      ].join('\n');
    case 'declined': {
      return [
        declinedReason(r.declined, answer),
        r.declined.whereToAsk,
        ...(answer.offerPerson ? [r.person.offerText] : []),
        '',
        `${r.declined.coversHeading}${punctuation(kb.lang).colon}${answer.areas.map((a) => a.shortTitle).join(punctuation(kb.lang).listSeparator)}`,
      ].join('\n');
    }
    case 'partial':
      return [
        fill(r.partial.text, { topic: answer.topic }),
        r.partial.mayHelp,
        ...answer.mayHelp.map((b) => `· ${briefLine(kb, b)}`),
        ...(answer.estimates ? ['', ...estimateLines(kb, answer.estimates)] : []),
        '',
        r.declined.whereToAsk,
        ...(answer.offerPerson ? [r.person.offerText] : []),
      ].join('\n');
    case 'several':
      return [
        fill(r.several.intro, { count: answer.sections.length }),
        ...(answer.combined ? [r.combined] : []),
        ...answer.sections.flatMap((section) => ['', ...sectionLines(kb, section)]),
        ...(answer.estimates ? ['', ...estimateLines(kb, answer.estimates)] : []),
      ].join('\n');
    case 'compare':
      return renderComparisonText(kb, answer);
    case 'status-list':
      return renderStatusListText(kb, answer);
    case 'calculation': {
      const c = r.calculation;
      const e = answer.estimate;
      return [
        fill(c.title, { title: answer.measure.title }),
        `${c.estimate}${punctuation(kb.lang).colon}${e.benefit.arithmetic ?? e.benefit.amountText ?? ''}`,
        e.benefit.text,
        fill(c.premise, { condition: e.condition }),
        c.note,
      ].join('\n');
    }
    case 'glossary':
      return [
        fill(r.glossary.heading, { term: answer.term.term }),
        answer.term.explanation,
        ...(answer.related.length > 0
          ? ['', `${r.glossary.relatedHeading}${punctuation(kb.lang).colon}`, ...list(kb, answer.related)]
          : []),
      ].join('\n');
    case 'person':
      return [
        ...(answer.asksNumber ? [r.person.noNumber] : []),
        answer.reason === 'asked' ? r.person.asked : r.person.declines,
        ...answer.channels.map((c) => `· ${c.name}${punctuation(kb.lang).colon}${c.description}`),
      ].join('\n');
    case 'smalltalk':
      return r[answer.kind];
  }
}

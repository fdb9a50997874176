// A comparison of two measures as plain text: one sentence on the difference, then each measure's
// area, who it is for, key figures, time and how to apply, side by side in the same order.
import { punctuation } from '../kb/language.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import { fill } from '../kb/replies.js';
import type { CompareAnswer, MeasureAnswer } from './answer.js';
import { formatFact } from './formatFact.js';
import { measureLabel, sectionFacts } from './renderText.js';

/** A brief that opens with the measure's own name says the rest after it (智评券支持… → 支持…). */
function withoutTitle(brief: string, title: string): string {
  return brief.startsWith(title) && brief.length > title.length + 2 ? brief.slice(title.length) : brief;
}

export function differenceLines(kb: KnowledgeBase, a: CompareAnswer): string[] {
  const r = kb.replies.compare;
  const [x, y] = a.pair;
  const lines = [
    fill(r.difference, {
      a: x.measure.title,
      briefA: withoutTitle(x.measure.brief, x.measure.title),
      b: y.measure.title,
      briefB: withoutTitle(y.measure.brief, y.measure.title),
    }),
  ];
  lines.push(
    x.area.id === y.area.id
      ? fill(r.sameArea, { area: x.area.shortTitle })
      : fill(r.differentAreas, { areaA: x.area.shortTitle, areaB: y.area.shortTitle }),
  );
  return lines;
}

/** The rows of the side-by-side table, for one measure. */
export function comparisonRows(kb: KnowledgeBase, m: MeasureAnswer): { label: string; value: string }[] {
  const r = kb.replies.compare;
  const channels = m.measure.howToApply.channels.flatMap((id) => kb.channelById.get(id)?.name ?? []);
  return [
    { label: r.area, value: m.area.shortTitle },
    { label: r.who, value: m.measure.beneficiaries.join(punctuation(kb.lang).semicolon) },
    {
      label: r.figures,
      value:
        sectionFacts(m).length > 0
          ? sectionFacts(m)
              .map((f) => formatFact(f, kb.lang))
              .join(punctuation(kb.lang).semicolon)
          : r.noFigures,
    },
    {
      label: r.time,
      value: m.validityNotes.length > 0 ? m.validityNotes.map((v) => v.text).join(' ') : r.undated,
    },
    {
      label: r.apply,
      value: [m.measure.howToApply.sourceSays, channels.join(punctuation(kb.lang).listSeparator)]
        .filter(Boolean)
        .join(' '),
    },
  ];
}

export function renderComparisonText(kb: KnowledgeBase, a: CompareAnswer): string {
  const r = kb.replies.compare;
  const [x, y] = a.pair;
  const lines = [
    fill(r.title, { a: x.measure.title, b: y.measure.title }),
    ...differenceLines(kb, a),
    ...(a.combined ? [kb.replies.combined] : []),
  ];
  for (const m of a.pair) {
    lines.push(
      '',
      measureLabel(kb, m.measure),
      ...comparisonRows(kb, m).map((row) => `· ${row.label}${punctuation(kb.lang).colon}${row.value}`),
    );
  }
  if (a.offerCheck) {
    lines.push('', r.offerCheck);
    for (const m of a.pair)
      if (m.canCheckEligibility) lines.push(`· ${fill(r.checkButton, { title: m.measure.title })}`);
  }
  return lines.join('\n');
}

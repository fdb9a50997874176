// A list of measures by what today means for them, as plain text. What the question asked for comes
// first; measures the source does not date are always labelled so, never as still open.
import { formatDate } from '../kb/formatDate.js';
import { punctuation } from '../kb/language.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import { fill } from '../kb/replies.js';
import type { MeasureBrief, StatusListAnswer } from './answer.js';
import { briefLine } from './briefLine.js';
import { measureLabel } from './renderText.js';

export interface StatusGroup {
  heading: string;
  items: MeasureBrief[];
  /** Only number and title per measure (a long list whose dates say nothing). */
  compact?: boolean;
  /** Said when the group is empty. */
  empty?: string;
  note?: string;
}

/** The groups to show for the filter asked, in order. */
export function statusGroups(kb: KnowledgeBase, a: StatusListAnswer): StatusGroup[] {
  const r = kb.replies.statusList;
  const count = (n: number) => punctuation(kb.lang).wordSpace + fill(r.count, { count: n });
  const ended: StatusGroup = {
    heading: `${r.ended}${count(a.ended.length)}`,
    items: a.ended,
    empty: r.noneEnded,
  };
  const targets: StatusGroup = {
    heading: `${r.targetPassed}${count(a.targetPassed.length)}`,
    items: a.targetPassed,
    note: r.targetsNote,
  };
  const inForce: StatusGroup = { heading: r.inForce, items: a.inForce, empty: r.noneInForce };
  const undated: StatusGroup = {
    heading: `${r.undated}${count(a.undated.length)}`,
    items: a.undated,
    note: r.undatedNote,
    compact: true,
  };
  // A period still running (say, on 2023-11-15) is worth showing whatever was asked.
  const running = a.inForce.length > 0 ? [inForce] : [];
  // 过期的别给我列: what has ended is counted in one line, so the reader knows it was left out.
  const passed = a.ended.length + a.targetPassed.length;
  const passedLine = (text: string) =>
    passed > 0 ? [{ heading: '', items: [], empty: fill(text, { count: passed }) }] : [];
  if (a.endedHidden && (a.filter === 'open' || a.filter === 'undated' || a.filter === 'soon'))
    return [
      ...(a.filter === 'undated'
        ? [undated, ...running]
        : a.filter === 'soon'
          ? [inForce]
          : [inForce, undated]),
      ...passedLine(r.endedHidden),
    ];
  switch (a.filter) {
    case 'ended':
      return [ended, targets, ...running];
    case 'soon':
      return [inForce, { ...ended, empty: undefined }, targets];
    case 'open':
      return [inForce, undated, ended, targets];
    case 'targets':
      return [targets, ended, ...running];
    // 哪些没写截止时间: the undated ones are what is asked; what has ended is counted in one line.
    case 'undated':
      return [undated, ...running, ...passedLine(r.endedNotListed)];
    case 'all':
      return [ended, targets, inForce, undated];
  }
}

export function statusListHeading(kb: KnowledgeBase, a: StatusListAnswer): string {
  const r = kb.replies.statusList;
  return (
    fill(r.heading, { today: formatDate(a.today, kb.lang) }) +
    (a.area ? fill(r.areaScope, { area: a.area.shortTitle }) : '')
  );
}

export function renderStatusListText(kb: KnowledgeBase, a: StatusListAnswer): string {
  const lines = [statusListHeading(kb, a)];
  for (const group of statusGroups(kb, a)) {
    if (group.items.length === 0) {
      if (group.empty) lines.push('', group.empty);
      continue;
    }
    lines.push(
      '',
      `${group.heading}${punctuation(kb.lang).colon}`,
      ...(group.compact
        ? [group.items.map((b) => measureLabel(kb, b.measure)).join(punctuation(kb.lang).listSeparator)]
        : group.items.map((b) => `· ${briefLine(kb, b)}`)),
    );
    if (group.note) lines.push(group.note);
  }
  return lines.join('\n');
}

// Writes a fact the way the source does: qualifiers such as 最高/不低于 before the figure and
// 以上/左右/(含)以下 after it — 最高50万元, 40%以上, 1%(含)以下.
import type { Fact } from '../kb/schema.js';
import { chineseDate } from '../kb/chineseDate.js';

const AFTER = new Set(['以上', '左右', '以下', '(含)以下', '（含）以下']);

export function formatFigure(fact: Fact): string {
  if (fact.kind === 'date') return chineseDate(fact.date);
  const figure = `${fact.value}${fact.unit}`;
  if (!fact.qualifier) return figure;
  return AFTER.has(fact.qualifier) ? `${figure}${fact.qualifier}` : `${fact.qualifier}${figure}`;
}

export function formatFact(fact: Fact): string {
  return `${fact.label}:${formatFigure(fact)}`;
}

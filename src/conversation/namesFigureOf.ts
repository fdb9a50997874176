// Whether a message names one of a measure's own figures (是1%以下还是包括1%, 那个50万是上限吗) — a
// follow-up about that figure is about that measure, even when its words name nothing else.
import type { Measure } from '../kb/schema.js';

/** A number with its unit as people write it (1%, 50万, 1.2万亿, 5000万元, 30家). */
const FIGURE = /(\d+(?:\.\d+)?)\s*(%|％|万亿|万家|亿|万|家|个|人)/gu;

/** The unit as written, in the terms of the facts' units (万元 is written 万). */
function unitOf(written: string): string {
  return written === '％' ? '%' : written;
}

/** A fact's unit as people write it (万元 → 万, 亿元 → 亿, 万亿元 → 万亿). */
function writtenUnit(unit: string): string {
  return unit.replace(/元$/u, '');
}

export function namesFigureOf(measure: Measure, text: string): boolean {
  const figures = new Set(
    measure.facts.flatMap((f) => (f.value === undefined ? [] : [`${f.value}${writtenUnit(f.unit ?? '')}`])),
  );
  for (const m of text.matchAll(FIGURE)) if (figures.has(`${Number(m[1])}${unitOf(m[2]!)}`)) return true;
  return false;
}

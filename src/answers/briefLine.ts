// A measure as one line of a list: our number and title, its brief, and — when a dated part of it
// has ended or its target year has passed — that notice, so a list never shows an ended stage as open.
import { punctuation } from '../kb/language.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { MeasureBrief } from './answer.js';
import { measureLabel } from './renderText.js';

export function briefLine(kb: KnowledgeBase, b: MeasureBrief): string {
  const badges = b.badges.map((t) => `${punctuation(kb.lang).noteOpen}${t}${punctuation(kb.lang).noteClose}`);
  return [`${measureLabel(kb, b.measure)}${punctuation(kb.lang).colon}${b.measure.brief}`, ...badges].join(
    ' ',
  );
}

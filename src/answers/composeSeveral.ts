// An answer about several things asked in one message: a section per measure (with its key figures
// and status) or per group (an area, or the candidates of a part that could mean more than one).
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Area, Measure } from '../kb/schema.js';
import type { Section, SeveralAnswer } from './answer.js';
import { composeBrief, composeMeasureAnswer } from './composeAnswer.js';

/** What one part of the message was found to be about. */
export type SectionTarget =
  | { kind: 'measure'; measure: Measure }
  | { kind: 'area'; area: Area; label: string }
  | { kind: 'candidates'; label: string; measures: Measure[] }
  | { kind: 'outside'; label: string; region?: string };

export function composeSeveral(
  kb: KnowledgeBase,
  targets: readonly SectionTarget[],
  today: Date | string,
): SeveralAnswer {
  const sections: Section[] = targets.map((t) => {
    switch (t.kind) {
      case 'measure':
        return {
          kind: 'measure',
          answer: composeMeasureAnswer(kb, t.measure, today),
          badges: composeBrief(kb, t.measure, today).badges,
        };
      case 'area':
        return {
          kind: 'group',
          label: t.label,
          area: t.area,
          measures: kb.measures.filter((m) => m.area === t.area.id).map((m) => composeBrief(kb, m, today)),
        };
      case 'candidates':
        return { kind: 'group', label: t.label, measures: t.measures.map((m) => composeBrief(kb, m, today)) };
      case 'outside':
        return t;
    }
  });
  return { type: 'several', sections };
}

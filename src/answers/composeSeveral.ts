// An answer about several things asked in one message: a section per measure (with its key figures
// and status) or per group (an area, or the candidates of a part that could mean more than one).
// When the message tells the enterprise's own situation and one of its needs is outside the 28
// measures (我们…房租和算力这两块开销都很大), the reply is that topic's partial answer: what is not
// covered first, then the measures found for the other needs and those the topic names as possibly
// helpful. Things listed by name (有没有房租减免和算力券) keep a section each.
import type { BenefitEstimate } from '../eligibility/estimateBenefit.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Area, Measure } from '../kb/schema.js';
import type { Focus, PartialAnswer, Section, SeveralAnswer } from './answer.js';
import { briefsOf, composeBrief, composeMeasureAnswer } from './composeAnswer.js';

/** What one part of the message was found to be about. */
export type SectionTarget =
  | { kind: 'measure'; measure: Measure }
  | { kind: 'area'; area: Area; label: string }
  | { kind: 'candidates'; label: string; measures: Measure[] }
  /**
   * `topicId`: the uncovered topic of knowledge/not-covered.yaml, when it is one; `unlisted`: support
   * asked for by its own name that no topic lists (原材料价格补贴).
   */
  | { kind: 'outside'; label: string; region?: string; topicId?: string; unlisted?: boolean };

/** What the message says beyond the things it names. */
export interface SeveralOptions {
  /**
   * Topics the measures do not cover, beside what they do, make one partial answer: the message tells the
   * enterprise's own situation (我们是…, we are …), or every need it names lies outside the measures.
   */
  asOnePartial?: boolean;
  /** Asks whether the measures can be used together (能一起申请吗). */
  combined?: boolean;
  /** Amounts the message states, worked out for the measures they are the base of. */
  estimates?: readonly BenefitEstimate[];
  /** What it asks of each measure (这两条现在还有效吗 → the time of each). */
  focus?: Focus;
}

export function composeSeveral(
  kb: KnowledgeBase,
  targets: readonly SectionTarget[],
  today: Date | string,
  { asOnePartial = false, combined = false, estimates = [], focus }: SeveralOptions = {},
): SeveralAnswer | PartialAnswer {
  const worked = estimates.length > 0 ? { estimates: [...estimates] } : {};
  const partial = asOnePartial ? partialOf(kb, targets, today) : undefined;
  if (partial) return { ...partial, ...worked };
  const sectioned = new Set(targets.flatMap((t) => (t.kind === 'measure' ? [t.measure.id] : [])));
  const sections: Section[] = targets.map((t) => {
    switch (t.kind) {
      case 'measure':
        return {
          kind: 'measure',
          answer: composeMeasureAnswer(kb, t.measure, today, focus),
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
      case 'outside': {
        if (t.region) return { kind: 'outside', label: t.label, region: t.region };
        // 房租补贴有没有？另外续贷怎么弄: the rent is answered as a partial answer would be — what may
        // still help — beside the section of the measure asked.
        const topic = t.topicId ? kb.notCoveredById.get(t.topicId) : undefined;
        const ids = (topic?.mayHelp ?? (t.unlisted ? kb.unlistedMayHelp : [])).filter(
          (id) => !sectioned.has(id),
        );
        const mayHelp = briefsOf(kb, ids, today);
        return { kind: 'outside', label: t.label, ...(mayHelp.length > 0 ? { mayHelp } : {}) };
      }
    }
  });
  return { type: 'several', sections, ...(combined ? { combined } : {}), ...worked };
}

/**
 * Uncovered topics beside measures or an area (no other region): the topics' partial answer, offering
 * what was found for the other needs (an area's measures) and what the topics name.
 */
function partialOf(
  kb: KnowledgeBase,
  targets: readonly SectionTarget[],
  today: Date | string,
): PartialAnswer | undefined {
  const outside = targets.filter((t) => t.kind === 'outside');
  if (outside.length === 0) return undefined;
  if (targets.some((t) => t.kind === 'outside' && t.region)) return undefined;
  const topics = outside.map((o) => (o.topicId ? kb.notCoveredById.get(o.topicId) : undefined));
  if (outside.some((o, i) => !topics[i] && !o.unlisted)) return undefined;
  const ids = new Set<string>();
  for (const t of targets)
    if (t.kind === 'measure') ids.add(t.measure.id);
    else if (t.kind === 'candidates') for (const m of t.measures) ids.add(m.id);
    else if (t.kind === 'area') for (const m of kb.measures) if (m.area === t.area.id) ids.add(m.id);
  for (const topic of topics) for (const id of topic?.mayHelp ?? kb.unlistedMayHelp) ids.add(id);
  return {
    type: 'partial',
    topic: outside.map((o) => (o.unlisted ? `“${o.label}”` : o.label)).join(kb.lang === 'en' ? ', ' : '、'),
    mayHelp: briefsOf(kb, ids, today),
  };
}

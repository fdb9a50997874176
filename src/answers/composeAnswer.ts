// Turns a search result (or a measure id) into an Answer: looks up the measure, its area and
// source, compares its dated stages with today, and picks the figures and related measures to show.
import { formatDate } from '../kb/formatDate.js';
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Measure, NotCoveredTopic } from '../kb/schema.js';
import { statusOn, toShanghaiDay, validityStatusOn } from '../kb/statusOn.js';
import { fill } from '../kb/replies.js';
import type { SearchResult } from '../search/searchEngine.js';
import type {
  Answer,
  DeclinedAnswer,
  Focus,
  MeasureAnswer,
  MeasureBrief,
  PartialAnswer,
  PersonAnswer,
  ValidityNote,
} from './answer.js';

/** Each dated stage or target of a measure, with what it means on `day`. */
function validityNotesOf(kb: KnowledgeBase, measure: Measure, day: string): ValidityNote[] {
  return measure.validity.map((v) => {
    const status = validityStatusOn(v, day);
    const values = { what: v.what, until: formatDate(v.until, kb.lang), today: formatDate(day, kb.lang) };
    const template =
      status === 'ended'
        ? kb.replies.status.ended
        : status === 'target-year-passed'
          ? kb.replies.status.targetPassed
          : status === 'recurring' || status === 'undated'
            ? kb.replies.status.recurring
            : kb.replies.status.inForce;
    return { status, text: fill(template, values) };
  });
}

export function composeMeasureAnswer(
  kb: KnowledgeBase,
  measure: Measure,
  today: Date | string,
  focus?: Focus,
): MeasureAnswer {
  const area = kb.areaById.get(measure.area)!;
  const source = kb.sourceById.get(measure.source)!;
  const day = toShanghaiDay(today);
  const validityNotes = validityNotesOf(kb, measure, day);
  return {
    type: 'measure',
    measure,
    area,
    source,
    status: statusOn(measure, day),
    validityNotes,
    keyFacts: measure.facts.filter((f) => f.kind !== 'statistic'),
    related: measure.related.flatMap((id) => kb.measureById.get(id) ?? []),
    canCheckEligibility: measure.eligibility !== undefined,
    ...(focus ? { focus } : {}),
  };
}

export function composeAnswer(
  kb: KnowledgeBase,
  result: SearchResult,
  today: Date | string,
  focus?: Focus,
): Answer {
  const measuresOf = (ids: readonly string[]) => ids.flatMap((id) => kb.measureById.get(id) ?? []);
  switch (result.kind) {
    case 'measure': {
      const measure = kb.measureById.get(result.matches[0]!.id)!;
      return composeMeasureAnswer(kb, measure, today, focus);
    }
    case 'ambiguous':
      return { type: 'ambiguous', measures: measuresOf(result.matches.map((m) => m.id)) };
    case 'area': {
      const area = kb.areaById.get(result.area!)!;
      return { type: 'area', area, measures: kb.measures.filter((m) => m.area === area.id) };
    }
    case 'overview':
      return {
        type: 'overview',
        areas: kb.areas.map((area) => ({ area, measures: kb.measures.filter((m) => m.area === area.id) })),
      };
    case 'none': {
      const topic = uncoveredTopic(kb, result);
      if (topic && topic.mayHelp.length > 0) return composePartial(kb, topic, today, result.term);
      return composeDeclined(kb, result);
    }
  }
}

/** The uncovered topic a declined search names, in this language (the search names it in Chinese). */
function uncoveredTopic(kb: KnowledgeBase, result: SearchResult): NotCoveredTopic | undefined {
  return result.declined === 'not-covered'
    ? result.topicId
      ? kb.notCoveredById.get(result.topicId)
      : undefined
    : undefined;
}

/** The decline of a question: why (another region, a topic the measures do not cover), and the areas covered. */
export function composeDeclined(kb: KnowledgeBase, result: SearchResult): DeclinedAnswer {
  const topic = uncoveredTopic(kb, result);
  return {
    type: 'declined',
    reason: result.declined ?? 'low-confidence',
    ...(result.region ? { region: result.region } : {}),
    ...(result.topic ? { topic: topicLabel(kb, topic?.name ?? result.topic, result.term) } : {}),
    areas: [...kb.areas],
  };
}

/** A measure as a line of a list: its brief and what today means for its dated parts. */
export function composeBrief(kb: KnowledgeBase, measure: Measure, today: Date | string): MeasureBrief {
  const day = toShanghaiDay(today);
  const r = kb.replies.statusBadge;
  const badges: string[] = [];
  for (const v of measure.validity) {
    const status = validityStatusOn(v, day);
    if (status === 'ended')
      badges.push(
        fill(r.ended, { what: v.what.replace(/[。;,]+$/, ''), until: formatDate(v.until, kb.lang) }),
      );
    else if (status === 'target-year-passed')
      badges.push(fill(r.targetPassed, { year: (v.until ?? day).slice(0, 4) }));
  }
  return { measure, status: statusOn(measure, day), badges: [...new Set(badges)] };
}

/**
 * An uncovered topic as the reply names it: with the user's own words beside its name when they are
 * not already in it (“推广费”(直播带货和网店、电商经营的补贴)), so the reply answers what was asked.
 */
function topicLabel(kb: KnowledgeBase, name: string, term: string | undefined): string {
  const words = term?.trim();
  if (!words || name.toLowerCase().includes(words.toLowerCase())) return name;
  return fill(kb.replies.partial.asked, { term: words, topic: name });
}

export function composePartial(
  kb: KnowledgeBase,
  topic: NotCoveredTopic,
  today: Date | string,
  term?: string,
): PartialAnswer {
  return {
    type: 'partial',
    topic: topicLabel(kb, topic.name, term),
    mayHelp: briefsOf(kb, topic.mayHelp, today),
  };
}

/** The brief lines of the measures with these ids, in order (ids the knowledge base lacks are left out). */
export function briefsOf(kb: KnowledgeBase, ids: Iterable<string>, today: Date | string): MeasureBrief[] {
  return [...ids].flatMap((id) => {
    const m = kb.measureById.get(id);
    return m ? [composeBrief(kb, m, today)] : [];
  });
}

/**
 * Support asked for by its own name that neither a measure nor a listed topic is about (原材料价格补贴):
 * said plainly in the user's words, with the measures not-covered.yaml offers for unlisted support.
 */
export function composeUnlistedPartial(
  kb: KnowledgeBase,
  asked: string,
  today: Date | string,
): PartialAnswer {
  return composeGeneralPartial(kb, `“${asked}”`, today);
}

/**
 * A topic said not covered (its label as given), with the measures not-covered.yaml offers for support no
 * topic lists — the relief action and the specialists, which the source names for enterprises in difficulty.
 */
export function composeGeneralPartial(kb: KnowledgeBase, topic: string, today: Date | string): PartialAnswer {
  return { type: 'partial', topic, mayHelp: briefsOf(kb, kb.unlistedMayHelp, today) };
}

/** The channels through which a person helps, as the source names them. */
const PERSON_CHANNELS = ['district-specialist', 'enterprise-service-cloud'];

export function composePersonAnswer(
  kb: KnowledgeBase,
  reason: PersonAnswer['reason'],
  asksNumber = false,
): PersonAnswer {
  return {
    type: 'person',
    reason,
    ...(asksNumber ? { asksNumber } : {}),
    channels: PERSON_CHANNELS.flatMap((id) => kb.channelById.get(id) ?? []),
  };
}

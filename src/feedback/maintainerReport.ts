// What maintainers read from the records (`yiqi report`): the counts, the questions most often not
// covered, the uncertain answers, the measures with 没用 feedback — what to add to the knowledge
// base next — and the satisfaction ratings of service requests and check-ups, with their comments.
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import { RATING_LEVELS, type RatingLevel } from '../kb/satisfactionSchema.js';
import { normalizeQuery } from '../search/normalizeQuery.js';
import type { MaintainerRecord, RatingSubject } from './maintainerLog.js';

/** Ratings per level, for service requests and for check-ups. */
export type RatingCounts = Record<RatingLevel, { requests: number; checkups: number }>;

export interface MaintainerReport {
  counts: { unanswered: number; lowConfidence: number; useful: number; notUseful: number };
  /** With why it was declined (low-confidence, not-covered, other-region …), as last recorded. */
  topUnanswered: { q: string; count: number; reason: string }[];
  topLowConfidence: { q: string; measureId: string; count: number }[];
  negativeFeedback: { measureId: string; notUseful: number; useful: number }[];
  satisfaction: {
    counts: RatingCounts;
    /** The latest comments first. */
    comments: { subject: RatingSubject; level: RatingLevel; comment: string }[];
  };
}

function top<T extends { count: number }>(items: Iterable<T>, limit: number): T[] {
  return [...items].sort((a, b) => b.count - a.count).slice(0, limit);
}

export function buildReport(records: Iterable<MaintainerRecord>, limit = 20): MaintainerReport {
  const counts = { unanswered: 0, lowConfidence: 0, useful: 0, notUseful: 0 };
  const unanswered = new Map<string, { q: string; count: number; reason: string }>();
  const uncertain = new Map<string, { q: string; measureId: string; count: number }>();
  const feedback = new Map<string, { measureId: string; notUseful: number; useful: number }>();
  const ratings = Object.fromEntries(
    RATING_LEVELS.map((l) => [l, { requests: 0, checkups: 0 }]),
  ) as RatingCounts;
  const comments: MaintainerReport['satisfaction']['comments'] = [];
  for (const r of records) {
    switch (r.type) {
      case 'unanswered': {
        counts.unanswered++;
        // The same question typed differently (繁體, full-width, spaces) counts once.
        const key = normalizeQuery(r.q);
        const entry = unanswered.get(key) ?? { q: r.q, count: 0, reason: r.reason };
        entry.count++;
        entry.reason = r.reason;
        unanswered.set(key, entry);
        break;
      }
      case 'low-confidence': {
        counts.lowConfidence++;
        const key = `${r.measureId}\u0000${normalizeQuery(r.q)}`;
        const entry = uncertain.get(key) ?? { q: r.q, measureId: r.measureId, count: 0 };
        entry.count++;
        uncertain.set(key, entry);
        break;
      }
      case 'feedback': {
        if (r.useful) counts.useful++;
        else counts.notUseful++;
        const entry = feedback.get(r.measureId) ?? { measureId: r.measureId, notUseful: 0, useful: 0 };
        if (r.useful) entry.useful++;
        else entry.notUseful++;
        feedback.set(r.measureId, entry);
        break;
      }
      case 'rating': {
        const count = ratings[r.level];
        if (!count) break; // a level this version does not know
        if (r.subject === 'checkup') count.checkups++;
        else count.requests++;
        break;
      }
      case 'rating-comment':
        comments.push({ subject: r.subject, level: r.level, comment: r.comment });
        break;
    }
  }
  return {
    counts,
    topUnanswered: top(unanswered.values(), limit),
    topLowConfidence: top(uncertain.values(), limit),
    negativeFeedback: [...feedback.values()]
      .filter((f) => f.notUseful > 0)
      .sort((a, b) => b.notUseful - a.notUseful || a.useful - b.useful),
    satisfaction: { counts: ratings, comments: comments.reverse().slice(0, limit) },
  };
}

export function renderReport(report: MaintainerReport, kb: KnowledgeBase): string {
  const title = (id: string) => {
    const m = kb.measureById.get(id);
    return m ? `第${m.number}项 ${m.title} (${id})` : id;
  };
  const { counts } = report;
  const lines = [
    `records: ${counts.unanswered} unanswered, ${counts.lowConfidence} low-confidence, feedback ${counts.useful} 有用 / ${counts.notUseful} 没用`,
    '',
    'Top unanswered questions (add aliases, synonyms or FAQ entries for those in scope; a topic in',
    'knowledge/not-covered.yaml for those that are not):',
    ...(report.topUnanswered.length > 0
      ? report.topUnanswered.map(
          (u) =>
            `  ${String(u.count).padStart(4)}  ${u.q}${u.reason === 'low-confidence' ? '' : `  (${u.reason})`}`,
        )
      : ['  (none)']),
    '',
    'Low-confidence answers (check the measure chosen):',
    ...(report.topLowConfidence.length > 0
      ? report.topLowConfidence.map(
          (u) => `  ${String(u.count).padStart(4)}  ${u.q}  → ${title(u.measureId)}`,
        )
      : ['  (none)']),
    '',
    'Measures with 没用 feedback:',
    ...(report.negativeFeedback.length > 0
      ? report.negativeFeedback.map(
          (f) => `  ${String(f.notUseful).padStart(4)} 没用 / ${f.useful} 有用  ${title(f.measureId)}`,
        )
      : ['  (none)']),
    '',
    ...renderSatisfaction(report.satisfaction, kb),
  ];
  return lines.join('\n') + '\n';
}

function renderSatisfaction(s: MaintainerReport['satisfaction'], kb: KnowledgeBase): string[] {
  const label = (level: RatingLevel) => kb.satisfaction.levels.find((l) => l.id === level)?.label ?? level;
  const subject = (x: RatingSubject) => (x === 'checkup' ? 'check-up' : `request #${x}`);
  const total = RATING_LEVELS.reduce((n, l) => n + s.counts[l].requests + s.counts[l].checkups, 0);
  return [
    `Satisfaction ratings (好差评): ${total}`,
    '  service requests / check-ups',
    ...RATING_LEVELS.map(
      (l) =>
        `  ${String(s.counts[l].requests).padStart(4)} / ${String(s.counts[l].checkups).padEnd(4)}  ${label(l)}`,
    ),
    '',
    'Comments with the ratings (latest first):',
    ...(s.comments.length > 0
      ? s.comments.map((c) => `  ${subject(c.subject)}, ${label(c.level)}: ${c.comment}`)
      : ['  (none)']),
  ];
}

const RECORD_TYPES: ReadonlySet<string> = new Set<MaintainerRecord['type']>([
  'unanswered',
  'low-confidence',
  'feedback',
  'rating',
  'rating-comment',
]);

/** Parses JSON lines of records, skipping lines that are not records (a torn last line, say). */
export function parseRecords(text: string): MaintainerRecord[] {
  const out: MaintainerRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as MaintainerRecord;
      if (r && RECORD_TYPES.has(r.type)) out.push(r);
    } catch {
      // not a record
    }
  }
  return out;
}

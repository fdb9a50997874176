// A measure's status on a day in a few words, for lists, pages and previews: a stage that ended, a
// 2023 target year that passed, a stage still in force (with its date), a recurring arrangement, or
// "not dated by the source". A measure the source does not date is never called open or in force.
import { chineseDate } from '../kb/chineseDate.js';
import { fill, type Replies } from '../kb/replies.js';
import type { Measure } from '../kb/schema.js';
import { toShanghaiDay, validityStatusOn, type ValidityStatus } from '../kb/statusOn.js';

export type BadgeKind = 'ended' | 'target-year-passed' | 'in-force' | 'recurring' | 'undated';

export interface StatusBadge {
  kind: BadgeKind;
  text: string;
}

/** Which statuses decide the badge, strongest first: an ended stage outweighs everything else. */
const ORDER: readonly Exclude<ValidityStatus, 'undated'>[] = [
  'ended',
  'target-year-passed',
  'in-force',
  'recurring',
];

export function statusBadge(
  replies: Pick<Replies, 'badge'>,
  measure: Pick<Measure, 'validity'>,
  date: Date | string,
): StatusBadge {
  const day = toShanghaiDay(date);
  const dated = measure.validity.map((v) => ({ v, status: validityStatusOn(v, day) }));
  const b = replies.badge;
  for (const status of ORDER) {
    const hit = dated.find((d) => d.status === status);
    if (!hit) continue;
    const until = chineseDate(hit.v.until);
    switch (status) {
      case 'ended':
        return { kind: 'ended', text: fill(b.ended, { until }) };
      case 'target-year-passed':
        return { kind: 'target-year-passed', text: fill(b.targetPassed, { until }) };
      case 'in-force':
        return { kind: 'in-force', text: fill(b.inForce, { until }) };
      case 'recurring':
        return { kind: 'recurring', text: b.recurring };
    }
  }
  return { kind: 'undated', text: b.undated };
}

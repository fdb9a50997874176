// Lists the measures by what today means for them: a dated stage that has ended, a 2023 target
// whose year has passed, a period the source dates that is still running, or no date in the source
// at all — which is never presented as “still open”.
import type { KnowledgeBase } from '../kb/loadKnowledge.js';
import type { Area } from '../kb/schema.js';
import { toShanghaiDay, validityStatusOn } from '../kb/statusOn.js';
import type { MeasureBrief, StatusFilter, StatusListAnswer } from './answer.js';
import { composeBrief } from './composeAnswer.js';

export function composeStatusList(
  kb: KnowledgeBase,
  filter: StatusFilter,
  today: Date | string,
  area?: Area,
  { hideEnded = false }: { hideEnded?: boolean } = {},
): StatusListAnswer {
  const day = toShanghaiDay(today);
  const answer: StatusListAnswer = {
    type: 'status-list',
    filter,
    today: day,
    ...(area ? { area } : {}),
    ...(hideEnded ? { endedHidden: true } : {}),
    ended: [],
    targetPassed: [],
    inForce: [],
    undated: [],
  };
  for (const measure of kb.measures) {
    if (area && measure.area !== area.id) continue;
    const statuses = measure.validity.map((v) => validityStatusOn(v, day));
    const brief: MeasureBrief = composeBrief(kb, measure, day);
    if (statuses.includes('ended')) answer.ended.push(brief);
    else if (statuses.includes('target-year-passed')) answer.targetPassed.push(brief);
    else if (statuses.includes('in-force')) answer.inForce.push(brief);
    else answer.undated.push(brief);
  }
  return answer;
}

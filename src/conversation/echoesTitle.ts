// Whether a follow-up repeats words of the last measure's own title (那降费具体是怎么降的 right after
// 稳岗扩岗和社保降费): two Han characters of the title, other than those any measure's title may hold, name
// that measure when the message names nothing else the measures know of.
import type { Measure } from '../kb/schema.js';

/** Two characters of a measure's title that say nothing of which measure it is. */
const GENERIC_TITLE_WORDS = new Set(['企业', '中小', '服务', '支持', '行动', '工程', '系列', '政策', '一起']);

/** Whether a message repeats two characters of the measure's title (降费 of 稳岗扩岗和社保降费). */
export function echoesTitle(measure: Measure, bare: string): boolean {
  const title = [...measure.title.replace(/[^\p{Script=Han}]/gu, ' ')];
  for (let i = 0; i + 1 < title.length; i++) {
    const word = title[i]! + title[i + 1]!;
    if (!/^\p{Script=Han}{2}$/u.test(word) || GENERIC_TITLE_WORDS.has(word)) continue;
    if (bare.includes(word)) return true;
  }
  return false;
}

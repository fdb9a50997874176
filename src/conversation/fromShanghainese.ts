// Shanghainese as people type it read as the Mandarin the readers know (阿拉 → 我们, 侬 → 你, 哪能 →
// 怎么, 勿 → 不, 覅 → 不要, 搿个 → 这个, 辰光 → 时候, …伐？ → …吗？): only words that are Shanghainese
// and nothing else in a message about the measures, so a Mandarin message is left as it is.
import { replaceWords } from './replaceWords.js';

const SHANGHAINESE: readonly (readonly [shanghainese: string, mandarin: string])[] = [
  ['阿拉', '我们'],
  ['侬', '你'],
  ['哪能', '怎么'],
  ['覅', '不要'],
  ['勿', '不'],
  ['搿个', '这个'],
  ['搿些', '这些'],
  ['搿', '这'],
  ['啥体', '什么'],
  ['辰光', '时候'],
  ['今朝', '今天'],
  ['明朝', '明天'],
  ['交关', '很多'],
  ['吃力额', '吃力的'],
  ['屋里厢', '家里'],
  ['店里厢', '店里'],
  ['厂里厢', '厂里'],
  ['里厢', '里面'],
  ['寻个', '找个'],
  ['寻人', '找人'],
  ['真个人', '真人'],
  ['讲讲闲话', '聊聊'],
  ['讲闲话', '聊天'],
];

const shanghaineseWords = replaceWords(SHANGHAINESE);
/** 伐 at the end of a clause asks, as 吗 does (有补贴伐？); elsewhere (采伐, 步伐) it is itself. */
const FA = /(?<![采砍征讨步])伐(?:啦|啊)?(?=\s*(?:[?？!！。，,；;]|$))/gu;

/** The message with its Shanghainese words in Mandarin; a message without them is returned as it is. */
export function fromShanghainese(text: string): string {
  return shanghaineseWords(text).replace(FA, '吗');
}

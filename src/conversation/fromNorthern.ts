// Northern colloquial Mandarin as people type it, read as the words the readers know (俺们 → 我们, 俺 → 我,
// 咋整 → 怎么办, 啥玩意 → 什么, 嘎哈 → 干什么, 老鼻子 → 很多, 贼贵 → 很贵, 整不明白 → 弄不明白): only
// words that are this colloquial speech and nothing else in a message about the measures.
import { replaceWords } from './replaceWords.js';

const NORTHERN: readonly (readonly [northern: string, mandarin: string])[] = [
  ['俺们', '我们'],
  ['俺家', '我们'],
  ['咱家', '我们'],
  // 俺 is only ever “I” in Mandarin.
  ['俺', '我'],
  ['咋整', '怎么办'],
  ['咋弄', '怎么弄'],
  ['啥玩意', '什么'],
  ['嘎哈', '干什么'],
  ['干哈', '干什么'],
  ['老鼻子', '很多'],
  ['贼贵', '很贵'],
  ['贼高', '很高'],
  ['贼多', '很多'],
  ['整不明白', '弄不明白'],
  ['整明白', '弄明白'],
  ['唠唠', '聊聊'],
  ['唠一唠', '聊一聊'],
  ['唠嗑', '聊天'],
];

const northernWords = replaceWords(NORTHERN);

/** The message with its northern colloquial words in Mandarin; a message without them is returned as it is. */
export function fromNorthern(text: string): string {
  return northernWords(text);
}

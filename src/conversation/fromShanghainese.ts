// Shanghainese as people type it read as the Mandarin the readers know (阿拉 → 我们, 侬 → 你, 哪能 →
// 怎么, 勿 → 不, 覅 → 不要, 搿个 → 这个, 辰光 → 时候, …伐？ → …吗？): only words that are Shanghainese
// and nothing else in a message about the measures, so a Mandarin message is left as it is.
import { replaceWords } from './replaceWords.js';
import { TONG_AND } from './tongAsAnd.js';

const SHANGHAINESE: readonly (readonly [shanghainese: string, mandarin: string])[] = [
  ['阿拉', '我们'],
  ['侬', '你'],
  ['哪能', '怎么'],
  ['覅', '不要'],
  ['勿', '不'],
  ['搿个', '这个'],
  ['搿只', '这个'],
  ['最后那只', '最后那个'],
  ['那只呢', '那个呢'],
  ['头一趟', '第一次'],
  ['钞票', '钱'],
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
  ['啥人', '谁'],
  // 拨 is “give” only before whom it is given to (讲拨我听); 拨款 and 拨打 stay Mandarin.
  ['拨我', '给我'],
  ['拨阿拉', '给我们'],
];

const shanghaineseWords = replaceWords(SHANGHAINESE);
/** 伐 at the end of a clause asks, as 吗 does (有补贴伐？); elsewhere (采伐, 步伐) it is itself. */
const FA = /(?<![采砍征讨步])伐(?:啦|啊)?(?=\s*(?:[?？!！。，,；;]|$))/gu;

/**
 * 搭 between two things joins them (专精特新奖励搭研发投入奖励, 揭榜挂帅搭特色产业集群): “and” — not in
 * the Mandarin words that hold it (搭建, 搭配, 搭车, 搭档, 搭理, 搭上 …).
 */
const DA_AND =
  /(?<=\p{Script=Han})(?<![勾])搭(?![建配车档界桥理上伙载乘救话腔讪个一把子棚台了过着起成在的好])(?=\p{Script=Han})/gu;
/** Words only Shanghainese uses: a message with one of them reads 同 as “and”, as Cantonese does. */
const SHANGHAINESE_MARKER = /阿拉|侬|儂|哪能|覅|搿|伐(?=\s*(?:[?？!！。，,；;]|$))/u;

/** The message with its Shanghainese words in Mandarin; a message without them is returned as it is. */
export function fromShanghainese(text: string): string {
  const read = shanghaineseWords(text).replace(FA, '吗').replace(DA_AND, '和');
  return SHANGHAINESE_MARKER.test(text) ? read.replace(TONG_AND, '和') : read;
}

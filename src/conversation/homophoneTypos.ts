// Common homophone typos of the words a question about the measures turns on, and the initials people
// type for a few of them, put right before a message is read: 代款 → 贷款, 设保 → 社保, 正策 → 政策,
// 过其了 → 过期了, 申情 → 申请, zjtx → 专精特新, gq → 高企. A typo is an IME's first choice of the same
// sound; each typed form here is no word of its own, so putting it right cannot turn one real word into
// another (货款 and 补铁 are words, and are not here). Typos of the measures' own names (专精特心, 致评券)
// are in knowledge/synonyms.yaml, where the search reads them.
import { replaceWords } from './replaceWords.js';

const TYPOS: readonly (readonly [typed: string, meant: string])[] = [
  ['代款', '贷款'],
  ['纾因', '纾困'],
  ['续代', '续贷'],
  ['高薪技术企业', '高新技术企业'],
  ['研法投入', '研发投入'],
  ['带点款', '贷点款'],
  ['带款', '贷款'],
  ['首带', '首贷'],
  ['补帖', '补贴'],
  ['政侧', '政策'],
  ['设被', '设备'],
  ['水俺', '水淹'],
  ['贷欵', '贷款'],
  ['设保', '社保'],
  ['社宝', '社保'],
  ['正策', '政策'],
  ['点话', '电话'],
  ['连系方式', '联系方式'],
  ['凡请', '烦请'],
  ['投述', '投诉'],
  ['投sue', '投诉'],
  ['专圆', '专员'],
  ['公伤', '工伤'],
  ['人工克服', '人工客服'],
  // 人公 alone is in 主人公, 个人公积金 and 一人公司, so only where a person is asked for is it 人工.
  ['转人公', '转人工'],
  ['转个人公', '转个人工'],
  ['找人公', '找人工'],
  ['要人公', '要人工'],
  ['跟人公说', '跟人工说'],
  ['人公客服', '人工客服'],
  ['课服', '客服'],
  ['刻服', '客服'],
  ['专猿', '专员'],
  ['专元', '专员'],
  ['退锐', '退税'],
  ['房组', '房租'],
  ['水点补贴', '水电补贴'],
  ['水点费', '水电费'],
  ['政册', '政策'],
  ['政测', '政策'],
  ['申情', '申请'],
  ['深请', '申请'],
  ['补帖', '补贴'],
  ['补占', '补贴'],
  ['绪贷', '续贷'],
  ['序贷', '续贷'],
  ['续代', '续贷'],
  // 继续带 (继续带领) is read as itself first, so only a lone 续带 becomes 续贷.
  ['继续带', '继续带'],
  ['续带', '续贷'],
  ['过其了', '过期了'],
  ['担宝', '担保'],
  ['胆保', '担保'],
  ['融姿', '融资'],
  ['熔资', '融资'],
  ['税废', '税费'],
  ['减面', '减免'],
  ['奖历', '奖励'],
  ['讲励', '奖励'],
  ['技该', '技改'],
  ['研法', '研发'],
  ['规尚', '规上'],
  ['四尚', '四上'],
  ['高心技术', '高新技术'],
  ['智评卷', '智评券'],
  ['算力卷', '算力券'],
  ['算利券', '算力券'],
  // 劵 is the old variant of 券 that IMEs still offer; nobody means anything else by it today.
  ['劵', '券'],
];

/** Initials typed for the terms people shorten (zjtx 专精特新, gq 高企, xjr 小巨人), as whole words. */
const INITIALS: ReadonlyMap<string, string> = new Map([
  ['zjtx', '专精特新'],
  ['gq', '高企'],
  ['xjr', '小巨人'],
  ['zrg', '转人工'],
  ['rgkf', '人工客服'],
  ['rg', '人工'],
  ['kf', '客服'],
  ['zy', '专员'],
]);
const INITIALS_PATTERN = new RegExp(
  String.raw`(?<![a-z])(?:${[...INITIALS.keys()].join('|')})(?![a-z])`,
  'giu',
);

const typosPutRight = replaceWords(TYPOS);

/** The message with each common homophone typo put right. */
export function correctHomophoneTypos(text: string): string {
  return typosPutRight(text).replace(INITIALS_PATTERN, (typed) => INITIALS.get(typed.toLowerCase()) ?? typed);
}

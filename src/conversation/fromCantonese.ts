// Written Cantonese read as the Mandarin the readers know (邊啲 → 哪些, 而家 → 现在, 仲有 → 还有,
// 過咗期 → 过了期, 有冇 → 有没有, 佢 → 它, 啱 → 适合, 係 → 是): only words that are Cantonese and
// nothing else, so a Traditional Chinese message is left as it is (邊 alone is also 边; 關係 keeps 係).
import { replaceWords } from './replaceWords.js';
import { TONG_AND } from './tongAsAnd.js';

const CANTONESE: readonly (readonly [cantonese: string, mandarin: string])[] = [
  ['嗰啲', '那些'],
  ['嗰個', '那个'],
  ['嗰个', '那个'],
  ['嗰part', '那块'],
  ['嗰', '那'],
  ['呢part', '这块'],
  ['邊啲', '哪些'],
  ['边啲', '哪些'],
  ['邊個', '哪个'],
  ['边个', '哪个'],
  ['邊度', '哪里'],
  ['边度', '哪里'],
  ['邊項', '哪项'],
  ['邊條', '哪条'],
  ['而家', '现在'],
  ['宜家', '现在'],
  ['著數', '划算'],
  ['着数', '划算'],
  ['幾時', '什么时候'],
  ['几时', '什么时候'],
  ['同埋', '和'],
  ['攞', '拿'],
  ['入面', '里面'],
  ['呢幾個', '这几个'],
  ['呢几个', '这几个'],
  ['呢個', '这个'],
  ['呢个', '这个'],
  ['呢啲', '这些'],
  ['呢項', '这项'],
  ['呢條', '这条'],
  ['仲有', '还有'],
  ['仲可以', '还可以'],
  ['仲有冇', '还有没有'],
  ['仲係', '还是'],
  ['定係', '还是'],
  ['定系', '还是'],
  ['咁樣', '这样'],
  ['咁样', '这样'],
  ['幫手', '帮忙'],
  ['返工', '上班'],
  ['仲未', '还没'],
  ['仲做緊', '还在做'],
  ['仲做紧', '还在做'],
  ['做緊', '在做'],
  ['做紧', '在做'],
  ['仲有效', '还有效'],
  ['機械人', '机器人'],
  ['机械人', '机器人'],
  ['幾多', '多少'],
  ['几多', '多少'],
  ['列吓', '列一下'],
  ['有冇', '有没有'],
  ['係咪', '是不是'],
  ['係唔係', '是不是'],
  ['我哋', '我们'],
  ['你哋', '你们'],
  ['佢哋', '他们'],
  ['佢', '它'],
  ['咗', '了'],
  ['嘅', '的'],
  ['啲', '些'],
  ['咩', '什么'],
  ['乜嘢', '什么'],
  ['嘢', '东西'],
  ['唔同', '不同'],
  ['唔係', '不是'],
  ['唔', '不'],
  ['冇', '没有'],
  ['喺', '在'],
  ['點樣', '怎样'],
  ['点样', '怎样'],
  ['啱', '适合'],
  ['搵', '找'],
  ['嚟', '来'],
  ['跟進吓', '跟进一下'],
  ['跟进吓', '跟进一下'],
  ['㗎', ''],
  ['嘞', ''],
];

const cantoneseWords = replaceWords(CANTONESE);
/** 係 is Cantonese 是, except in the Traditional words that hold it (關係, 聯係, 干係). */
const HAI = /(?<![關关聯联干幹])係/gu;

/** Words only written Cantonese uses: a message with one of them is Cantonese throughout. */
const CANTONESE_MARKER = /[咩係冇嘅佢哋嗰啲喺乜咗噉咁]|點解|点解/u;
/** 咁 opening a sentence is “so, then” (咁上一項呢 → 那上一项呢); elsewhere “this, so” (咁貴 → 这么贵). */
const GAM_THEN = /(^|[\s，,。！？!?；;])咁/gu;
const GAM = /咁/gu;
/** The message with its Cantonese words in Mandarin; a message without them is returned as it is. */
export function fromCantonese(text: string): string {
  const cantonese = CANTONESE_MARKER.test(text);
  const read = cantoneseWords(text).replace(HAI, '是').replace(GAM_THEN, '$1那').replace(GAM, '这么');
  return cantonese ? read.replace(TONG_AND, '和') : read;
}

// Takes out of a message what it says it does NOT mean — 不是问续贷, 不要跟我讲贷款, 贷款我不需要,
// 我问的是绿色工厂…，不是专精特新, 续贷上次已经问过了 — and the framing of a correction (不对，我是说
// 第三个), so that what is left is what the message asks. Facts stay (我们不是高企 is no disclaimer:
// it says nothing about what is asked).
/** One clause: up to the next comma, full stop, question or exclamation mark. */
const REST = String.raw`[^，,。？?！!；;]*`;

const DISCLAIMERS: readonly RegExp[] = [
  // 不是问续贷啊 / 并不是要贷款 / 又不是说上市那个
  new RegExp(
    String.raw`(?:我|我们)?(?:不是|並不是|并不是|又不是|并非|並非)(?:在)?(?:问|問|要|想问|想問|想要|说|說|讲|講|找)${REST}`,
    'gu',
  ),
  // 不要跟我讲贷款 / 别给我推荐上市 / 不用说续贷 (过期的就别说了 keeps its words: the list by date reads them)
  new RegExp(
    String.raw`(?<!(?:过期|過期|过了期|结束|結束|截止|失效|到期)(?:了)?的?(?:就|都)?)(?:不要|(?<![分特区區性级級类類个個识識告差])(?:别|別)|不用|甭)(?:再)?(?:跟我|给我|給我|和我|向我)?(?:讲|講|说|說|提|推荐|推薦|推|发|發|介绍|介紹)${REST}`,
    'gu',
  ),
  // 我问的是A，不是B: the B after what was asked
  /(?<=(?:问|問|说|說|要|找)的是[^，,。？?！!；;]+[，,]\s*)(?:而)?不是[^，,。？?！!；;]*/gu,
  // 贷款我不需要 / 贷款我们用不上
  new RegExp(
    String.raw`[^，,。？?！!；;]*(?:我|我们|我們)(?:暂时|暫時)?(?:不需要|用不上|不用|不考虑|不考慮)(?![^，,。？?！!；;]*(?:吗|么|嘛|呢))${REST}`,
    'gu',
  ),
  // 办公室房租贵得离谱这个先不说了 / 房租的事先放一边: set aside, not asked
  new RegExp(
    String.raw`[^，,。？?！!；;]*(?:先|就|暂且|暫且|姑且)(?:不说了?|不說了?|不提了?|不管了?|不谈了?|不談了?|放一边|放一邊|放一放)${REST}`,
    'gu',
  ),
  // 续贷上次已经问过了 / 你上次又给我专精特新: what was said before, not what is asked now
  new RegExp(
    String.raw`[^，,。？?！!；;]*(?:上次|刚才|剛才|之前|以前)[^，,。？?！!；;]*?(?:问过|問過|给我|給我|给了我|給了我|说过|說過|回答了|推了)${REST}`,
    'gu',
  ),
  // 专精特新、技改、上市这些我都看过了: what the writer has read already, not what is asked now
  new RegExp(
    String.raw`[^，,。？?！!；;]*(?:这些|这几个|这几条|那些|这几项)(?:我|我们)?(?:都|已经|早就)(?:已经)?(?:看过|看了|了解过?|知道|查过|问过|研究过)(?:了)?${REST}`,
    'gu',
  ),
];

/** 不对，我是说 / 错了，我要的是: the framing of a correction, at the start. */
const CORRECTION =
  /^\s*(?:不对|不是不是|错了|搞错了|弄错了|不是这个)[，,。！!\s]*(?:我是说|我说的是|我问的是|我要的是|是)?/u;

export function withoutDisclaimed(text: string): string {
  let rest = text.replace(CORRECTION, '');
  for (const disclaimer of DISCLAIMERS) rest = rest.replace(disclaimer, '');
  // Nothing left (不是问这个): the message as it was.
  return /[\p{Script=Han}a-z0-9]/iu.test(rest) ? rest : text;
}

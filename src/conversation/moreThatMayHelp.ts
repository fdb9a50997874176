// “还有别的吗” right after an answer that said what the measures do not cover: more of what may help
// the need told. The topic's own measures come with the relief measures (纾困支持), which the source
// names for enterprises in difficulty, those not offered yet first; financing is left out when the
// writer says they do not need it (贷款我们暂时不缺, we don't really need a loan).
import type { KnowledgeBase } from '../kb/loadKnowledge.js';

/** Asks for anything else (还有别的吗, 其他的呢, anything else?), read on the text without spaces or punctuation. */
const ANYTHING_ELSE =
  /^(?:那|那么|ok|okay|好的?|嗯|行)?(?:还|還)?(?:有)?(?:没有|沒有)?(?:别|別|其他|其它)(?:的)?(?:办法|辦法|政策|措施|路子)?(?:吗|嗎|么|麼|嘛|呢|没有|沒有|没|沒|不|可以帮|能帮|$)|^(?:那|那么|格么|嗯|唉|哎)?(?:我们|我|阿拉)?(?:该|应该|可以|能|又)?(?:怎么办|咋办|哪能办|怎么弄|怎么搞|咋整)(?:呢|啊|呀|哦|了)?$|isthereanything(?:atall)?(?:inthe(?:se)?measures|inthepackage)?(?:that)?(?:can|could)help|whatcan(?:we|i)do|whatshould(?:we|i)do|anythingelse|whatelse|somethingelse|(?:any|some)other(?:measures?|options?|help|ideas?)/iu;

/** Financing said not to be needed (贷款我们暂时不缺, no need for a loan). */
const NO_FINANCING =
  /(?:贷款|借钱|借款|融资|loans?|financing|borrow(?:ing)?)[^，,。.!！?？]{0,10}(?:不缺|不需要|不用|暂时不|没需求|不要|not needed)|(?:不缺|不需要|不用|don'?t(?: really)? need|do not need|no need for)[^，,。.!！?？]{0,10}(?:贷款|借钱|融资|loans?|financing)/iu;

/** The area whose measures help any enterprise in difficulty. */
const RELIEF_AREA = 'relief';
/** The area whose measures lend or raise money. */
const FINANCE_AREA = 'finance';

export function asksForMore(text: string): boolean {
  return ANYTHING_ELSE.test(text.replace(/[\s\p{P}]+/gu, '').toLowerCase());
}

/**
 * The measures that may help with an uncovered topic, for “anything else”: the topic's own and the
 * relief area's, those `offered` already last, without financing when the text rules it out.
 */
export function moreThatMayHelp(
  kb: KnowledgeBase,
  topicId: string | undefined,
  offered: readonly string[],
  text: string,
): string[] {
  const topic = topicId ? kb.notCoveredById.get(topicId) : undefined;
  const relief = kb.measures.filter((m) => m.area === RELIEF_AREA).map((m) => m.id);
  const noFinancing = NO_FINANCING.test(text);
  const ids = [...new Set([...(topic?.mayHelp ?? kb.unlistedMayHelp), ...relief])].filter(
    (id) => !(noFinancing && kb.measureById.get(id)?.area === FINANCE_AREA),
  );
  return [...ids.filter((id) => !offered.includes(id)), ...ids.filter((id) => offered.includes(id))];
}

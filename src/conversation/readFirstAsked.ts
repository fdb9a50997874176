// Reads which of several measures a message asks to hear about first (“小升规和研发奖励我都想了解，先说
// 小升规”, “start with the R&D reward”): that one is answered, and the others wait for “另外那个呢”.
import type { Measure } from '../kb/schema.js';
import type { SearchEngine } from '../search/searchEngine.js';

/** 先说X, 先讲讲X, 先介绍一下X. */
const FIRST_THEN_NAME =
  /先(?:说说?|讲讲?|聊聊?|介绍介绍|介绍|解释|了解|问问?|看看?|来)(?:一下|下)?(?:那个|这个)?([^,，。;；:：]+)/u;
/** X先说, X先讲讲. */
const NAME_THEN_FIRST = /([^,，。;；:：]+?)先(?:说|讲|聊|介绍|来)/u;
/** start with X, tell me about X first: said outright (“without paying it back first” asks nothing first). */
const FIRST_ENGLISH =
  /\b(?:start with|begin with|first tell me about|tell me first about)\s+([^,.;!?]+)|\b(?:tell me about|explain|what about)\s+([^,.;!?]+?)\s+first\b/iu;
/** The phrase after 先问下 joins several things (和, 分别, 、): it asks for each, none first. */
const SEVERAL_IN_PHRASE = /[和跟与及、]|分别|以及|\band\b/u;
/** A measure named this confidently is the one asked for first. */
const NAMED = 0.6;

/** The measure of `measures` the message asks about first, if it asks for one first. */
export function readFirstAsked(
  text: string,
  measures: readonly Measure[],
  engine: SearchEngine,
): Measure | undefined {
  const m = FIRST_THEN_NAME.exec(text) ?? NAME_THEN_FIRST.exec(text) ?? FIRST_ENGLISH.exec(text);
  const phrase = m?.[1] ?? m?.[2];
  // 先问下 无缝续贷和融资担保费率分别是啥政策: “let me ask first”, and what follows names several — all of them.
  if (!phrase || SEVERAL_IN_PHRASE.test(phrase)) return undefined;
  const found = engine.search(phrase.replace(/[吧吗呢啊。.!！?？]+$/u, ''));
  if (found.kind !== 'measure' && found.kind !== 'ambiguous') return undefined;
  const top = found.matches[0];
  if (!top || top.score < NAMED) return undefined;
  return measures.find((x) => x.id === top.id);
}

// Reads the support a message asks for by its own name (有没有原材料价格补贴, 政府有没有受灾补贴,
// 农机购置补贴这28条里有吗, subsidies for investing overseas, 危废处置费…能补一点吗) — used when neither a measure nor a topic of
// knowledge/not-covered.yaml is about it, so the reply can say plainly that the 28 measures do not
// name it, in the user's words, instead of the general decline.
import { normalizeText } from '../search/normalizeQuery.js';

/** The Han words just before 补贴 (or 补助, 资助, 津贴, 扶持, 帮扶, 补偿), after the last word that only asks. */
const HAN_SUPPORT = /(\p{Script=Han}{1,14})(补贴|补助|资助|津贴|扶持|帮扶|补偿)/gu;
/** Words at the end that say what kind of support, not what it is for (专项, 专门的). */
const KIND_ONLY = /(?:专项|专门的?)$/u;
/** The last run of Han words before a clause that only asks (原材料涨价太厉害，有啥扶持 → 原材料涨价太厉害). */
const CLAUSE_BEFORE = /(\p{Script=Han}{2,14})[^\p{Script=Han}]+$/u;
/** How hard a cost bites, which says nothing about what it is (太厉害, 压力太大). */
const HOW_HARD =
  /(?:太厉害|得厉害|厉害|太贵|太高|很贵|很高|压力(?:太|很|特别|好)?大|太多|严重|太猛|顶不住|扛不住|吃不消|受不了|了|啊|呀)+$/u;
const ASKING =
  /^.*(?:有没有|有无|是否有|是否|能不能|能否|可不可以|可以|请问|政府|申请|申领|领取|领到|拿到|得到|享受到|享受|领|拿|给|有|啥|什么|哪些|这种|那种|那个|这个|的)/u;
/** Words that say nothing about what the support is for. */
const EMPTY =
  /^(?:政策|相关|这方面|那方面|专项|企业|政府|一些|一点|点|些|方面|其他|别的|我们|咱们|公司|这个|那个|这边|那边)?$/u;
/** What comes before the asking words (出口有没有补贴 → 出口), after the words that only lead in. */
const BEFORE_ASKING = /(\p{Script=Han}{2,6}?)(?:有没有|有无|是否有|能不能有|有)(?:什么|啥|哪些)?$/u;
const LEAD_IN = /^.*(?:想问|问问|问一下|请教|件事|个问题|就是|那么|还有|另外)/u;
const LATIN_SUPPORT =
  /\b(?:subsid(?:y|ies)|grants?|allowances?)\s+(?:for|on|to)\s+([a-z][a-z' -]{2,60}?)\s*(?=[?.!,;]|$)/u;

/** A pronoun in place of what the support is for (subsidy for that). */
const PRONOUN_EN = /^(?:that|this|it|these|those|them|us|me|our company|my company|companies like us)$/u;

/** Asks whether the government pays toward a cost, with or without the word 补贴 (这块政府能补一点吗). */
const ASKS_TO_PAY = /(补贴|补助|资助|津贴|能补|能不能补|可以补|会不会补|补不补|给不给补|补一点|补点)/u;
/** A cost the message names (危废处置费, 一年保费, 参展费用), not a rate (费率). */
const COST = /\p{Script=Han}{1,6}?(?:费用|费)(?!率)/gu;
/** Words before a cost that say how often or how much, not what it is for. */
const COST_PREFIX = /^(?:每年|一年|每个月|一个月|每月|一次|光|就|这些|那些|这笔|那笔|这|那|都|要|还有)+/u;

/** The last cost the message names, as the support asked for (危废处置费 → 危废处置费补贴). */
function askedForCost(t: string): string | undefined {
  if (!ASKS_TO_PAY.test(t)) return undefined;
  const costs = [...t.matchAll(COST)].map((m) => m[0].replace(COST_PREFIX, ''));
  const cost = costs.reverse().find((c) => c.length >= 2 && !EMPTY.test(c));
  return cost ? `${cost}补贴` : undefined;
}

export function readAskedSupport(text: string): string | undefined {
  const t = normalizeText(text);
  for (const m of t.matchAll(HAN_SUPPORT)) {
    // 生育方面的补贴: what the support is for comes before 方面的.
    // (对实体书店有专项扶持: 专项 says what kind, not what for.)
    const asked = m[1]!.replace(KIND_ONLY, '');
    const core = asked
      .replace(/(?:方面|这块|这一块)?的$/u, '')
      .replace(ASKING, '')
      .slice(-8);
    if (core.length >= 2 && !EMPTY.test(core)) return `${core}${m[2]}`;
    const before = BEFORE_ASKING.exec(asked)?.[1]
      ?.replace(LEAD_IN, '')
      .replace(ASKING, '')
      .replace(/(?:这块|这一块|这方面|方面)$/u, '')
      // (的地方对实体书店有…: what follows 对 is what the support is for.)
      .replace(/^.*?(?:对|针对|给)(?=\p{Script=Han}{2})/u, '');
    if (before && before.length >= 2 && !EMPTY.test(before)) return `${before}${m[2]}`;
    // 原材料涨价太厉害，有啥扶持: the clause is only the asking; what the support is for comes before it.
    if (m[1]!.replace(ASKING, '') === '') {
      const told = CLAUSE_BEFORE.exec(t.slice(0, m.index))?.[1]?.replace(LEAD_IN, '').replace(HOW_HARD, '');
      if (told && told.length >= 2 && !EMPTY.test(told)) return `${told}${m[2]}`;
    }
  }
  const latin = LATIN_SUPPORT.exec(t);
  // (subsidy for that / for it: what it stands for was said before, in words the search has read.)
  if (latin && !PRONOUN_EN.test(latin[1]!.trim())) return `subsidies for ${latin[1]!.trim()}`;
  // 危废处置费要六七十万，政府有没有这方面的补贴 / 一年保费十几万，这块政府能补一点吗: the cost named before.
  return askedForCost(t);
}

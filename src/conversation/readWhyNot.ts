// Reads “why not?” after a result: 为什么不行, 为啥不够, 哪个条件不满足, 為什麼不符合, why not?, which
// condition did we miss — asking which of the measure's conditions the enterprise did not meet. What
// is left once the why-words are taken out may name the measure (为什么研发投入奖励不在里面, after a
// check-up).
import { normalizeQuery } from '../search/normalizeQuery.js';

const WHY_ZH = /^(?:那|可|但)?(?:为什么|为啥|为何|凭什么|咋|怎么)(?:会|就|又)?/u;
/** What follows “why” when it asks about a negative result (为什么不行), not about a measure (为什么要设门槛). */
const NEGATIVE_ZH =
  /(不行|不够|不符合|不满足|不能|不可以|不让|不给|不算|不是|没有|没份|没资格|没戏|用不了|拿不到|领不到|申请不了|享受不了|不合格|不在|达不到|没达到|没通过|被拒)/u;
/** 哪个条件不满足, 哪条没满足, 差在哪, 缺什么条件. */
const WHICH_CONDITION_ZH =
  /(?:哪个|哪些|哪条|哪一条|哪项|哪一项|什么|啥)(?:条件|要求|地方|方面)?(?:不满足|没满足|不符合|没符合|没达到|达不到|不够|没通过|不行)|差在哪|缺(?:什么|啥|哪个|哪些)(?:条件)?|卡在哪|未获(?:支持|批准|通过)的(?:具体)?原因|何种情形|什么情形下|什么情况下(?:才|方)(?:可|能)/u;
const WHY_EN =
  /^(?:but\s+)?why\s*(?:not\b|\?*$)|\bwhy\s+(?:not|aren't|isn't|can't|cannot|don't|doesn't|didn't|wasn't|won't|are we not|do we not|is it not)\b|\bwhich (?:condition|requirement|criteria|criterion)s?\b|\bwhat (?:condition|requirement)s? (?:did|do) (?:we|i) (?:miss|fail|not meet)\b|^(?:and\s+|so\s+)?why does (?:that|it|this) matter\b|\bwhat would (?:have to|have had to|need to|need|have needed to) (?:be different|change)\b|\bwhat would make us eligible\b|\bwhat would change (?:the|that|this|our) (?:outcome|result|answer)\b/iu;
/** The words of a why-question, taken out to see whether a measure is named too. */
const FRAME =
  /(为什么|为啥|为何|凭什么|咋|怎么|会|就|不行|不够|不符合|不满足|不能|不可以|不让|不给|不算|没有|没份|没资格|没戏|用不了|拿不到|领不到|申请不了|享受不了|不合格|不在|达不到|没达到|没通过|被拒|哪个|哪些|哪条|哪一条|哪项|什么|啥|条件|要求|里面|里头|结果|我们|我|呢|吗|啊|呀|的|了|why|not|which|condition|conditions|requirement|requirements|we|are|aren't|eligible|for|the|did|do|miss|meet|fail|qualify|[?？!！。,，\s])/giu;

/** 那咋样才能拿到, 要怎么弄才够格: what it takes to qualify, asked after a result. */
const WHAT_IT_TAKES_ZH =
  /(?:(?:咋样|怎样|怎么样|怎么|如何|咋)(?:弄|做|办|搞)?|(?:到|达到)?(?:什么|啥)(?:程度|条件|水平|标准|规模))[^，,。?？]{0,3}才(?:能|可以|会)?(?:拿到|拿得到|领到|领得到|符合|满足|够格|有份|达标|通过|享受得到)/u;
const WHAT_IT_TAKES_EN =
  /\bwhat (?:would|will|does) it take\b|\bhow (?:can|could|do) (?:we|i) (?:qualify|become eligible|get it)\b/iu;

export interface WhyNot {
  /** The message without its why-words: names the measure when it is not the last one. */
  topic: string;
}

export function readWhyNot(raw: string): WhyNot | undefined {
  const text = normalizeQuery(raw).trim();
  const zh = WHY_ZH.exec(text);
  const asks =
    // 为啥？我们之前三年一直都是高企啊: a bare why, then what the enterprise holds against the result.
    (zh !== null &&
      (text.length <= zh[0].length + 1 ||
        /^[?？!！,，]/u.test(text.slice(zh[0].length)) ||
        NEGATIVE_ZH.test(text.slice(zh[0].length)))) ||
    WHICH_CONDITION_ZH.test(text) ||
    WHAT_IT_TAKES_ZH.test(text) ||
    WHY_EN.test(text) ||
    WHAT_IT_TAKES_EN.test(text);
  if (!asks) return undefined;
  return { topic: text.replace(FRAME, ' ').replace(/\s+/g, ' ').trim() };
}

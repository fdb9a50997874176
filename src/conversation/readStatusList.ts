// Reads a request for the measures filtered by today's date: “哪些措施已经过期了”, “28条里面哪些现在还能
// 申请”, “金融方面还有哪些有效”, “2023年的目标都到期了吗”, “which measures are still open”. A question
// about the time of one named measure (AI算力券什么时候截止) is not a list: it is that measure's answer.
import type { StatusFilter } from '../answers/answer.js';
import { normalizeQuery } from '../search/normalizeQuery.js';
import type { SearchResult } from '../search/searchEngine.js';

const ENDED =
  /(alreadyfinish|arefinish|finishorexpire|expire(?!d)|过辰光|过了辰光|过时间|过了时间|pastthe(?:ir)?dates?|pastdue|pastits|outofdate|过期|过了期|已结束|黄了|用不了了|结束了|已经结束|已经完了|都完了|已经过了的|一样已经过了|也已经过了|结束的|失效|到期|截止了|已截止|已经截止|截止的|停了|凉了|凉凉|早就没了|不作数了|不算数了|不能申请了|不能再申请|不再执行|作废|废止|过时|阶段性(?!降低|降|提高|提)|只到2023|(?:只|仅)(?:管|限|适用)?到2023|到头了|已经到头|到了头|到2023年底|2023年底前|endof2023|tiedto2023|by2023|until2023|expired|ended|behindus|alreadypassed|havepassed|nolonger|nolongervalid|isover|areover|alreadyover|nowover|runout|ranout|arefinished|isfinished|havefinished|hasfinished|wrappedup|guoqi|jieshule|yijingjieshu|shixiao|daoqi)/;
const OPEN =
  /((?:还|现在|目前|当前|如今|今天|仍|依然)[^a-z]{0,6}?(?:能|可以|好|可)(?:去|提出|提交|递交)?(?:申请|申报|报|用|领|享受|办)|stillcanapply|canstillapply|theopenones|onlytheopen|stillapplyfor|actuallystillapply|stillbeappliedfor|还能申请|还可以申请|哪些能申请|哪些能申(?!报)|还能申(?!报)|哪些可以申请|哪些还能|还有哪些能|还有那些能|还有哪些可以|来得及|赶得上|赶得及|还能办|还能用|还能享受|还可以享受|还有效|仍然有效|仍有效|依然有效|还在有效期|仍在有效期|在有效期内|还在执行|仍在执行|在执行|还在做|还在搞|还在办|现在能申请|现在可以申请|现在还能|目前能|目前可以|目前还|当前可|当前还|有效的|没过期|未过期|还没过期|没有过期|没到期|还没结束|没结束|还没截止|没截止|未截止|还能接着用|能接着用|还能继续用|还能继续申请|到今天还能|还能去申请|还可以去申请|还能去报|还能报|还可以报|还能用|还可以用|还管用|还算数|还作数|stillopen|stillvalid|stillavailable|stillapply|stillrunning|stillinforce|stillactive|stillineffect|currentlyopen|currentlyavailable|openrightnow|availablenow|canistillapply|canwestillapply|stillactuallyuse|stilluse|canstilluse|canistilluse|canwestilluse|hainengshenqing|haiyouxiao|hainengyong)/;
/** OPEN at every place, to take its words out of a text. */
const OPEN_EVERYWHERE = new RegExp(OPEN.source, 'g');
const SOON =
  /((?<!\d)(?:今年)?年底(?:前)?(?:就|会|要)?(?:截止|到期|结束|过期)|(?:就|会|要)截止|快到期|快要到期|即将到期|快截止|马上截止|即将截止|快结束|即将结束|快过期|马上过期|要到期了|endingsoon|abouttoexpire|expiringsoon|closingsoon|abouttoend)/;
/** Asks for several measures outright (哪些是…), even when one measure matches the words well. */
const PLURAL =
  /(哪些|哪几|几条|几项|多少项|多少条|那些|这些|这类|那类|都(?:完成|过期|结束|到期|有效|过了)|全部|所有|whichmeasures|whichpolicies|whichones|allmeasures|what(?:s|is)still|what(?:can|could)(?:i|we)(?:still|actually)?apply)/;
const TARGETS = /(目标|指标|完成了吗|完成情况|完成没|达到了吗|实现了吗|targets?|goals?)/;
const UNDATED =
  /((?:没有|没|未|并未|并没有)(?:写明?|标明?|注明|说明?|明确|规定|给出?|提到?|列明)(?:的)?(?:截止|到期|结束)(?:时间|日期|期限|日子|时限)?|(?:没有|没|未|并未)(?:写明|标明|注明|列明|明确)(?:的)?(?:期限|时限|日期)|没有截止|没写截止|没有写截止|没写日子|没写日期|没写时间|没有写日期|没有写时间|没有日期|没日期|没标日期|没标时间|没有期限|没写期限|不限时间|长期有效|长期执行|没有时间限制|undated|nodeadline|noenddate|nodate|withoutadate|notdated)/;
/** The same, for taking it out (没写截止时间 asks no dates beside it). */
const UNDATED_EVERYWHERE = new RegExp(`${UNDATED.source}(?:时间|日期|期限|日子)?`, 'g');
const DATES =
  /(截止时间|截止日期|截止期|期限|写了日期|写明日期|写了时间|写明时间|写了截止|有日期|带日期|标了日期|时间限制|带时间|有效期|时间表|时效|什么时候截止|什么时候结束|deadlines?|enddates?|validity|dateattached|datesattached|hadadate|haveadate|hasadate|hadanenddate)/;
/** Asks for several measures, not one. */
const LIST =
  /(申请啥|申请什么|能申啥|报啥|那几个|这几个|那几项|这几项|哪些|哪几|哪几项|哪几条|哪项|哪条|有什么|有啥|什么措施|什么政策|多少项|几项|几条|列出|列一下|列个|清单|所有|全部|都有|28条|28项|二十八条|这些措施|这些政策|有些(?:条款|措施|政策|目标)|那些|哪能|啥政策|几条|其他|其余|其它|剩下|哪个|哪只|哪几只|outofthe28|ofthe28|which|whatmeasures|what(?:s|is)stillopen|whatcan(?:we|i)(?:still|actually)|whatpolicies|list|allthe|allmeasures|anymeasures|anything|naxie|najitiao|najixiang)/;

/** The enterprise's own loan, contract or certificate running out or still valid (贷款下个月到期, 高企证书还在有效期). */
const OWN_TERM =
  /(?:贷款|借款|经营贷|信用贷|抵押贷|贷|欠款|货款|合同|证书|执照|许可证|房租|租约|租期|资质)[^,，。;；]{0,6}(?:到期|过期|有效期(?:内|到)?|还有效)|daikuan[a-z]{0,12}daoqi/g;
/** What the writer saw of the other measures (我看别的几条都是2023年底): said beside asking about this one. */
const OTHERS_SEEN = /(?:我看|看到|听说|好像)?(?:别的|其他|其它|其余)(?:那|这)?几?[条项个]?(?:都|也)是.*$/u;
/** Names the whole package (28条, all 28): no area's list. */
const ALL_OF_THEM = /28|二十八|全部|所有|文件里|文件中|整个文件|通知里|allthe|allmeasures/;
/** A message that is only the filter (过期的, 已经结束的呢, 还有效的): which measures are so. */
const FILTER_ALONE =
  /^(?:那|那些|哪些)?(?:现在|目前|如今)?(?:已经|已|早就|都)?(?:过期|过了期|结束|截止|失效|到期|有效|还有效|没过期|能申请|还能申请|还能申|能申|能报|还能报|还能申报|还可以报|还可以申请|还能用)了?的(?:呢|有哪些|是哪些|都有哪些|有啥)?$|^(?:and|so|ok)?(?:the)?(?:expired|ended|closed|open|stillopen|valid|stillvalid|undated)ones$/;
/** What ended, waved away (过期的就别给我列了): the list asked for is what is open. */
const NOT_ENDED =
  /(?:过期|过了期|已结束|结束|截止|失效)(?:了)?的?(?:就|都)?(?:别|不用|不要|甭|无需|不必)(?:再)?(?:给我|跟我|帮我)?(?:列|说|写|提|管|看|放)|(?:别|不用|不要|甭|无需|不必)(?:再)?(?:把|将)?(?:已经|已)?(?:过期|过了期|结束|截止|失效)(?:了)?的?(?:也)?(?:列|写|提|放|算)(?:进来|进去|上|出来)?|(?:别|不用|不要|甭|无需|不必)(?:再)?(?:给我|跟我|帮我)?(?:列|写|提|放|说)(?:出来|上)?(?:那些)?(?:已经|已)?(?:过期|过了期|结束|截止|失效)(?:了)?的/g;
/** 哪些 asking about something other than measures (哪些材料, 哪些条件). */
const NOT_MEASURES = /(哪些|哪几|什么|啥)(材料|资料|文件|手续|条件|步骤|部门|证明|表格)/g;

const everywhere = (words: RegExp) => new RegExp(words.source, 'g');
const DATE_WORDS = [everywhere(ENDED), OPEN_EVERYWHERE, everywhere(UNDATED), everywhere(DATES)];
/** The message without its words about dates (过期, 还能申请, 没写截止时间): what is left names an area, if one. */
export function withoutDateWords(bareText: string): string {
  return DATE_WORDS.reduce((text, words) => text.replace(words, ' '), bareText);
}

export type StatusListRequest =
  | {
      type: 'list';
      filter: StatusFilter;
      /** The area the question is limited to (金融方面还有哪些有效). */
      areaId?: string;
      /** What has ended was waved away (过期的别给我列): only counted, not listed. */
      hideEnded?: boolean;
    }
  /** “那现在还能用吗” after an answer: the time of that measure. */
  | { type: 'last-measure' };

/** Says it is about measures (政策, 措施), so a decline of the whole question does not stop a list. */
const ABOUT_MEASURES =
  /(政策|措施|条款|扶持|补贴|支持|measures|policies|package|programmes|programs|zhengce|cuoshi)/;

/** Refers to the list just shown (这里面, 里向, 其中, of those): the question is about its measures. */
export const IN_THE_LIST =
  /(这里面|这里头|这其中|里面|里头|里向|其中|这些里|这几个里|ofthose|ofthese|amongthem|amongthose|outofthose|thoseones)/;

export function readStatusList(
  bareText: string,
  whole: SearchResult,
  hasLastMeasure: boolean,
): StatusListRequest | undefined {
  // Traditional Chinese (哪些已經過期) reads as Simplified.
  bareText = normalizeQuery(bareText);
  // 贷款下个月到期怕续不上: the loan's term, not the measures' dates.
  // (我看别的几条都是2023年底, after an answer: what the writer compares the last measure with.)
  const comparesOthers = hasLastMeasure && OTHERS_SEEN.test(bareText);
  const asked = (comparesOthers ? bareText.replace(OTHERS_SEEN, '') : bareText).replace(OWN_TERM, '');
  bareText = asked.replace(NOT_ENDED, '');
  const hideEnded = bareText !== asked;
  // 哪些还作数，哪些早就凉了: both, each in its place — the whole list by date.
  // (没到期, 没过期 ask what is open: the ended words inside them do not count.)
  const ended = ENDED.test(bareText.replace(OPEN_EVERYWHERE, ''));
  const passedTargets = TARGETS.test(bareText) && /(2023|今年|到期|过了|passed|over)/.test(bareText);
  // 哪些目标早就过了，哪些压根没写期限: the undated beside what has passed — the whole list too.
  const both =
    (OPEN.test(bareText) && ended) ||
    (UNDATED.test(bareText) &&
      (ended || passedTargets || DATES.test(bareText.replace(UNDATED_EVERYWHERE, ''))));
  const filter: StatusFilter | undefined = SOON.test(bareText)
    ? 'soon'
    : both
      ? 'all'
      : UNDATED.test(bareText)
        ? 'undated'
        : OPEN.test(bareText)
          ? 'open'
          : ENDED.test(bareText)
            ? 'ended'
            : passedTargets
              ? 'targets'
              : DATES.test(bareText)
                ? 'all'
                : undefined;
  if (!filter) return undefined;
  // One measure clearly named: its own answer (with the time) says it better than a list.
  const namesOne = whole.kind === 'measure' && whole.confidence >= 0.75 && !PLURAL.test(bareText);
  if (namesOne) return undefined;
  // 需要准备哪些材料？有没有截止日期: 哪些 asks about the papers, not for several measures.
  const asksList =
    LIST.test(bareText.replace(NOT_MEASURES, '')) ||
    // 过期的, 还有效的呢: the filter alone, as a list's heading would say it.
    FILTER_ALONE.test(bareText) ||
    whole.kind === 'overview' ||
    whole.kind === 'area' ||
    (whole.kind === 'none' && ABOUT_MEASURES.test(bareText));
  if (!asksList)
    return hasLastMeasure && (bareText.length <= 16 || comparesOthers) ? { type: 'last-measure' } : undefined;
  return {
    type: 'list',
    filter,
    // (Which of the 28 measures have ended … for the service packages: all 28, whatever else sounds like an area.)
    ...(whole.kind === 'area' && whole.area && !ALL_OF_THEM.test(bareText) ? { areaId: whole.area } : {}),
    ...(hideEnded && filter !== 'ended' && filter !== 'targets' ? { hideEnded } : {}),
  };
}

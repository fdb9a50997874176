// Reads what a message wants before it is treated as a question about the measures: small talk,
// commands (取消, 重新开始, 帮助), the check-up, an eligibility check, a term to explain, or a
// follow-up about one aspect of a measure (怎么申请, 有什么条件, 最多多少, 截止到什么时候).
import type { Focus, SmallTalkKind } from '../answers/answer.js';
import type { GlossaryEntry } from '../kb/schema.js';
import { soundOf } from '../search/charReadings.js';
import { normalizeQuery } from '../search/normalizeQuery.js';
import { EMOJI } from './emoji.js';
import {
  ASKS_WHO_HELPS,
  COMPLAINS,
  NOT_A_PERSON,
  PERSON_ALONE,
  PERSON_SOFT,
  PERSON_SOFT_EVERYWHERE,
  PERSON_SOUND,
  PERSON_STRONG,
  TRIED_CONTACT,
  WORDS_APART,
} from './personWords.js';

/** 看不懂。。人工！人工！: 人工 called out at the end, not 人工 among costs (房租、人工). */
const HUMAN_CALLED_OUT =
  /(?:^|[,，。.!！?？~～\s])(?:人工|人工客服)\s*[!！]+(?:\s*(?:人工|人工客服)\s*[!！]*)*$/u;

export type Intent =
  | { type: 'smalltalk'; kind: SmallTalkKind }
  | { type: 'cancel' }
  | { type: 'restart' }
  | { type: 'checkup' }
  /** Asks for a person (转人工, 人工客服, talk to a human); `soft` when only a softer word (电话, 投诉, 上门) says so. */
  | { type: 'person'; soft: boolean; text: string; rest: string; asksWhoHelps?: boolean; complains?: boolean }
  /** “我能申请AI算力券吗”: `topic` is the rest of the question (may be empty: about the last measure). */
  | { type: 'eligibility'; topic: string }
  | { type: 'glossary'; termId: string }
  /** A question; `focus` when it asks about one aspect, `topic` what is left without the aspect words. */
  | { type: 'question'; text: string; focus?: Focus; topic: string };

const PUNCTUATION = /[\s\p{P}\p{S}]+/gu;

function bare(text: string): string {
  return text.replace(PUNCTUATION, '');
}

const GREETING =
  /^(你好|您好|嗨|哈喽|哈罗|在吗|在不在|早上好|上午好|下午好|晚上好|hi|hello|hey|有人吗)(啊|呀|呢|哈)?$/;
const THANKS =
  /^(谢谢|多谢|感谢|谢啦|谢了|thanks|thankyou|thx|好的谢谢|好的多谢|明白了谢谢|知道了谢谢)(你|您|啦|了)?$/;
const GOODBYE = /^(再见|拜拜|bye|byebye|88|回头见)$/;
const HELP =
  /^(帮助|help|怎么用|如何使用|使用说明|你能做什么|你会什么|你能干什么|能干啥|菜单|功能|whatcanyoudo|whatdoyoudo|howdoesthiswork|howdoiusethis|howtouse|whatcanido|whatcanyouhelpwith|whatcanyouhelpmewith)(呢|啊)?$/;
/** A greeting in front of another small-talk question (你好,你能做什么 / Hello, what can you do?). */
const LEADING_GREETING = /^(你好|您好|嗨|哈喽|hi|hello|hey)(there|啊|呀)?/;
const IDENTITY =
  /^(你是谁|你是什么|你叫什么|你是机器人吗|你是人工吗|介绍一下你自己|你是干什么的|whoareyou)(呀|啊|呢)?$/;
const CANCEL = /^(取消|退出|算了|不用了|停止|结束|cancel|quit|exit|stop)$/;
const RESTART = /^(重新开始|重来|从头开始|重新来|restart|startover)$/;
/** An area's list asked for (金融这块给我列一下). */
const AREA_LIST =
  /(?:这块|这一块|方面|板块)(?:的)?(?:政策|措施)?(?:给我|帮我)?(?:列一下|列个|列出|有哪些|都有啥|都有哪些)/;
const CHECKUP =
  /(政策体检|企业体检|服务包|我们(企业|公司|厂)?能享受(哪些|什么)|我(的)?(企业|公司)(可以|能)?享受(哪些|什么)|适合我们的政策|我们适用(哪些|什么)|我们(企业|公司)?(符合|够得上)(哪些|什么)|帮我(们)?(匹配|看看).*(政策|措施)|checkup|policycheck|whatcanweget|whichmeasures(fit|suit)(us|me|mycompany)|whatmeasuresapplytous|whatmeasurescanweget)/;
const ELIGIBILITY =
  /(我|我们|我司|敝司|本公司|我们公司|我们企业|我们厂)?(能|可以|能不能|可不可以|是否能|可否|能否|够不够格|符合|符不符合)(申请|申报|申领|享受|领|拿)?.{0,20}(吗|么|不|没|条件吗)?$/;
const CAN_I =
  /(我|我们|我司|敝司|咱们|咱)(公司|企业|厂)?(能|可以|能不能|可不可以|可否|能否|符合|够)(申请|申报|申领|享受|领|拿|得到)/;
/** A topic that only says who asks, or when (我们, 我司, 那现在还). */
const ONLY_US =
  /^(?:那|那么|现在|目前|还|也|都|再|这个|那个|我|我们|我司|敝司|咱们|咱|本公司|公司|企业|厂)*$/u;
const CAN_I_SHORT =
  /^(能申请吗|可以申请吗|我能申请吗|我们能申请吗|能不能申请|我符合吗|我们符合吗|我能领吗|符合条件吗|我够条件吗|caniapply|canweapply|amieligible|areweeligible|doiqualify|dowequalify|canigetit|canweget it)$/;

/** “第4项我们符合条件吗”: the measure first, then whether we meet its conditions. */
const MEETS_AFTER =
  /^(.{2,30}?)(?:我|我们|我司|咱们|咱)(?:公司|企业|厂)?(?:符合|符不符合|满足|满不满足|够|够不够)(?:条件|要求|资格)(?:吗|么|不|没|呢)?$/;
/**
 * “我们够不够市级技改专项的条件”, “够技改专项的门槛吗”: the measure between “do we meet” and “its
 * conditions” (not “满足哪些条件”, which asks what they are).
 */
const MEETS_AROUND =
  /^(?:(?:我|我们|我司|咱们|咱)(?:公司|企业|厂)?)?(?:够不够|符不符合|满不满足|达不达到|够得上|符合|满足|达到|够)(?!哪|什么|啥|几)(.{2,30}?)的?(?:条件|要求|资格|门槛)(?:吗|么|不|没|呢)?$/;

/** “我们符合专精特新奖励吗”: whether we meet a measure, without the word 条件. */
const MEETS_MEASURE =
  /^(?:我|我们|我司|咱们|咱)(?:公司|企业|厂)?(?:符合|符不符合|满足|够得上|够格)(?!哪|什么|啥|几)(.{2,30}?)(?:吗|么|不|没|呢)?$/;
/** “技改专项我们够格吗”, “科技成果转化加计我们公司有份吗”: the measure first, then whether we qualify. */
const QUALIFY_AFTER =
  /^(.{2,30}?)(?:我|我们|我司|咱们|咱)(?:公司|企业|厂)?(?:做[^，,。?？]{1,10}?的|这种|这样的|这类)?(?:企业|公司|情况|的)?(?:能申请|能不能申请|可以申请|可不可以申请|够格|够不够格|够资格|有资格|有没有资格|有份|有没有份|能拿|能不能拿|能用|能不能用|能用上|能不能用上|用得上|用不用得上|能上|能不能上|能享受|可以享受|适用|适不适用|有没有机会(?:拿|申请|享受|领)?|有机会(?:拿|申请|享受|领)?|够不够得着|够得着|够得上|搞得到|拿得到|领得到|弄得到|能不能搞到|能搞到|沾得上边|沾不沾得上边|沾边|沾上边|挨得上|轮得到)(?:吗|么|不|没|呢|伐|哇|嘛)?$/;
/** “突破10亿那档的支持能拿吗”: the measure, then “can [we] get it”, with no one named. */
const GET_IT_AFTER =
  /^(.{2,30}?)(?:(?:我们|我|咱们|咱|我司|敝司|本公司)?(?:有戏|有没有戏|有希望|有没有希望)|(?:可否|能否|是否可以|是否能)(?:申领|申请|申报|领取|享受)|(?:申请|申报|申|领)(?:得了|得上|得到)|能申不|能申吗|可申不|没(?:我们|我|咱们|咱)的?份|能拿|能不能拿|能领|有份|有(?:我们|我|咱们|咱)的?份|够格|能报|能不能报|能申报|可以报|可以申报|(?:能不能|能|可以|可不可以)用到(?:我们|我|咱们|咱)(?:公司|企业|厂)?(?:头上|身上)|(?:对|于)(?:我们|我|咱们|咱)(?:公司|企业|厂)?适用|适用于?(?:我们|我|咱们|咱)(?:公司|企业|厂)?|(?:跟|和|与)(?:我们|我|咱们|咱)(?:公司|企业|厂)?(?:有(?:没有)?|没有?)关系)(?:吗|么|不|没|呢)?$/;
/** “…我们够不够 帮忙测一下”, “看我们有份吗”: whether we qualify, asked after the measure is named. */
const WE_QUALIFY =
  '(?:看|看看)?(?:我|我们|我司|咱们|咱)?(?:公司|企业|厂)?(?:够不够格|够不够|够格吗|够吗|符不符合|符合吗|满足吗|有份吗|有没有份|能先领|能领到|能拿到|能享受吗|能不能享受)(?:吗|么|呢)?(?:帮(?:我|我们|忙)?(?:测|看|算|过)(?:一下|一测|测|看|看看)?)?';
const QUALIFY_END = new RegExp(`^(.{2,30}?)${WE_QUALIFY}$`);
/** A clause that only asks to check (帮我过一下条件, 看我们够不够): the measure is in the clauses before. */
const ONLY_ASKS_TO_CHECK = new RegExp(
  `^(?:${WE_QUALIFY}|(?:请|麻烦)?帮(?:我|我们|忙)?(?:测|看|算|过)(?:一下|一测|测|看|看看)(?:条件)?|(?:我|我们|我司|咱们)?(?:公司|企业|厂)?(?:有份吗|有没有份|能拿吗|能领吗|能申请吗|可以申请吗|能不能申请|能申请不|能用吗|能享受吗)|(?:跟|和|与)(?:我们|我|咱们|咱)(?:公司|企业|厂)?(?:有(?:没有)?|没有?)关系)(?:啊|呀|呢|吗|么)?$`,
);
/** A topic that asks which conditions there are (满足什么条件才能拿). */
const ASKS_CONDITIONS = /(?:什么|啥|哪些|哪几个|几个)(?:条件|要求|门槛)/u;
/** “能用AI算力券吗” as a clause of its own: whether we can use the measure it names. */
const CAN_USE =
  /^(?:那)?(?:我们|我)?(?:能|可以|能不能|可不可以)(?:用|申请|享受|拿|领|报)(?![到得]?(?:多少|几多|几|啥|什么|哪))(.{2,20}?)(?:吗|么|不)?$/u;
/** Where a long message's last clause starts: the question is often there, after what it states. */
const CLAUSE_END = /[。！？!?；;，,]+|\.\s+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** “帮我测一下研发投入奖励”, “测算AI算力券”: asking to work it out is asking whether we qualify. */
const WORK_IT_OUT =
  /^(?:请|麻烦)?(?:帮我|帮我们|帮忙|给我|给我们)?(?:测一下|测一测|测测|测算一下|测算|算一下|算算|评估一下)(?!智能|成熟度|数字化)(.{2,30}?)(?:吧|呗|呢)?$/;

/**
 * “Can we apply for the R&D reward?”, “Are we eligible for …”, “Do we meet the threshold of …”: the
 * topic is what follows. Written once with spaces; the bare form (spaces taken out) reads the
 * normalised message, the spaced one cuts the topic from the text.
 */
const CAN_I_EN_PHRASES = [
  '(?:can|could|may) (?:i|we|(?:my|our) (?:[a-z-]+ ){0,2}?(?:company|business|firm|shop|store|plant|factory|startup|studio|restaurant|workshop|enterprise|team|lab)) (?:still )?(?:apply|get|claim|use|have|receive|qualify)(?: for| to)?',
  '(?:am i|are we|is my company|is our company|is our firm|is our project) (?:still )?(?:eligible for|entitled to)',
  '(?:do|would) (?:i|we) (?:still )?qualify for',
  'would (?:i|we) be eligible for',
  'does (?:my|our) (?:company|firm|business|project) (?:still )?qualify for',
  'do (?:i|we) (?:meet|satisfy|fulfil|fulfill|reach) the (?:threshold|thresholds|requirement|requirements|condition|conditions|criteria) (?:of|for)',
  '(?:(?:could|can|would) you |please )?(?:check|see|find out|work out|tell me) (?:whether|if) (?:i|we|my company|our company|our firm) (?:qualify|are eligible|am eligible|can get|could get|can apply) (?:for|to)',
];
const CAN_I_EN = new RegExp(`^(?:${CAN_I_EN_PHRASES.map((p) => p.replace(/ /g, '')).join('|')})(.+)$`);
const CAN_I_EN_SPACED = new RegExp(
  `^\\s*(?:${CAN_I_EN_PHRASES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\s*`,
  'i',
);
const GLOSSARY_ASK_EN =
  /^(?:whatis|whatare|whatdoes|whats|whatsa|definition of|explain)(?:a|an|the)?(.+?)(?:mean|means|stand for)?$/;

const GLOSSARY_ASK =
  /^(什么是|啥是|何为|请问什么是)(.+?)$|^(.+?)(是什么意思|是什么|是啥|什么意思|啥意思|指什么|怎么理解|的意思|的定义)$/;

const FOCUS_PATTERNS: readonly [Focus, RegExp][] = [
  [
    'department',
    /(哪个部门|什么部门|哪些部门|哪家单位|谁负责|谁管|谁来管|由谁|靠谁|谁来落地|谁来负责|谁来执行|谁来办|谁牵头|谁执行|责任单位|责任部门|主管部门是|牵头部门|市里出还是区里出|谁出钱|谁给钱|钱从哪|whichdepartment|whoisresponsible|whoshould(?:we|i)contact|whodo(?:we|i)contact|whotocontact|whocanwecontact|whopays|whoruns)/,
  ],
  [
    'article',
    /(第几条|哪一条|哪条规定|条款序号|原文第|官方条款|官方文件里|通知里是|文件第几|whicharticle|articlenumber)/,
  ],
  [
    'apply',
    /(怎么申请|如何申请|怎样申请|怎么操作|怎样操作|如何操作|具体操作|操作流程|怎么落实|如何落实|怎么实施|如何实施|怎么申报|如何申报|去哪申请|去哪里申请|在哪申请|在哪里申请|申请流程|申报流程|怎么办理|如何办理|在哪办|找谁|怎么领|如何领取|怎么拿|申请渠道|申请方式|怎么报名|如何报名|去哪报名|咋(?:申请|申报|报名|报|办|弄|参加|参与|领)|怎么参加|如何参加|怎么参与|howtoapply|howdoiapply|howcaniapply|howdowe|whodowegothroughtoapply|whodoigothroughtoapply|whodowegothrough|whodoigothrough|gothroughtoapply|wheretoapply|zenmeshenqing|ruheshenqing|zenmeban|zenmebaoming|zenmeling)/,
  ],
  [
    'conditions',
    /(什么条件|啥条件|哪些条件|有条件|条件是|需要满足|要满足|适用对象|适用范围|谁可以|哪些企业可以|什么企业可以|什么样的企业|面向哪|面向什么|针对哪|针对什么|哪类企业|哪种企业|哪一类企业|什么类型的企业|门槛是|申请条件|申报条件|要求是|有什么要求|eligib|whocanapply|whoqualifies|whoisitfor|whoitsfor|whichcompanies|whichfirms|whichenterprises|whatkindofcompan|whatkindoffirm|whatkindofenterprise|requirements|(?:need|have|must|should)[a-z]{0,24}toqualify|how(?:can|do|would|could)(?:we|i)qualify|howtoqualify|ittaketoqualify|shenqingtiaojian|tiaojian)/,
  ],
  [
    'deadline',
    /(截止|什么时候|啥时候|到什么时候|到何时|还有效|有效期|过期|结束了|结束没|还能申请|还能报|还可以报|还能申报|还能领|还能拿|还领得到|还拿得到|还来得及|还赶得上|还能享受|还可以享受|还享受得到|还在执行|还算数|还作数|早就没了|早没了|是不是没了|没了吗|不作数了|凉了|过了吗|过了没|还在做|还能不能用|还能用|还可以用|还能不能申请|stillavailable|stillopen|stillrunning|isitstill|还执行|仍在执行|执行期内|仍然有效|仍有效|是否有效|现在还有|现在都还有|都还有吗|都还在吗|还能参与|还可以参与|还能参加|还可以参加|还能不能参与|还能不能参加|还可以申请|期限|什么状态|啥状态|状态如何|状态怎么样|随时(?:都)?(?:能|可以)|一直(?:都)?(?:能|可以|有效)|长期有效|永久有效|不会过期|多久有效|还发不发|还发吗|还在发|还给不给|还评不评|还办不办|deadline|enddate|stillvalid|stilllive|stillactive|stillgoingon|stillinforce|stillineffect|whendoesit|until|expire|shenmeshihou|jiezhi)/,
  ],
  [
    'amount',
    /(多少钱|最多|最高|补多少|奖多少|给多少|能拿多少|拿多少|金额|比例|多少万|额度|上限|补贴标准|奖励标准|费率多少|具体是多少|具体多少|(?:would|will|does|did)(?:it|that|this|the[a-z-]{0,30})cometo|(?:费率|利率|标准)(?:是|为)?(?:多少|几)|多少家|几家|几个|多少个|目标是多少|howmuch|howmany|whatrate|maximum|upperlimit|ceiling|(?:a|the|any)cap(?!ital|acit)|duoshaoqian|zuiduo)/,
  ],
];

/** Words that only frame a follow-up; what remains after removing them is the topic, if any. */
const FOLLOW_UP_FILLER =
  /(也就是说|意思是|意思|就是|所以|以上|上述|目前|是否|仍在|仍然|执行期内|执行期|期内|现在|分别|各自|(?:这个|这项|这条|该)(?:政策|措施|补贴)|这两个|这两项|这两条|这几个|这几项|两个|两项|两条|两者|申报|截止|哪一个|哪个|哪项|满足|才能|才|得|那|这个|那个|这项|那项|这条|它|他|的|呢|吗|么|啊|呀|吧|呗|请问|想问|问下|问一下|一下|我们|我|咱|可以|能|要|都|有|是|补|奖|钱|申请|条件|多少|多久|什么|啥|时候|时间|日期|期限|到|还|了|没|哪些|怎么|如何|would|could|should|need|doing|and|then|also|ends?|how|what|when|much|the|is|it|to|do|we|our|us|be|i)/g;

export interface IntentOptions {
  glossary: readonly GlossaryEntry[];
}

export function detectIntent(raw: string, options: IntentOptions): Intent {
  const text = normalizeQuery(raw);
  const b = bare(text);
  if (CANCEL.test(b)) return { type: 'cancel' };
  if (RESTART.test(b)) return { type: 'restart' };
  if (GREETING.test(b)) return { type: 'smalltalk', kind: 'greeting' };
  if (THANKS.test(b)) return { type: 'smalltalk', kind: 'thanks' };
  if (GOODBYE.test(b)) return { type: 'smalltalk', kind: 'goodbye' };
  if (HELP.test(b) || HELP.test(b.replace(LEADING_GREETING, ''))) return { type: 'smalltalk', kind: 'help' };
  if (IDENTITY.test(b)) return { type: 'smalltalk', kind: 'identity' };
  // Clause by clause: 说了半天等于没说🙄 转人工吧 is no “没说转人工”.
  const notAPerson = text.split(WORDS_APART).some((clause) => NOT_A_PERSON.test(bare(clause)));
  // 打了几次电话都踢皮球, 12345让我来问你们, 园区客服让我来这问: a contact already tried is the story, not a wish.
  const wishes = b.replace(TRIED_CONTACT, ' ');
  if (
    !notAPerson &&
    (PERSON_ALONE.test(b.replace(EMOJI, '')) ||
      HUMAN_CALLED_OUT.test(text.trim()) ||
      PERSON_STRONG.test(wishes) ||
      PERSON_SOUND.test(soundOf(wishes)) ||
      // 电话打不通 and nothing else: the people to reach some other way.
      (wishes !== b && wishes.trim() === ''))
  )
    return { type: 'person', soft: false, text, rest: '' };
  // 有没有真人帮我看看适合哪些政策: a person is asked for, even about the check-up.
  // (哪些政策已经截止了 asks for the measures by date, not which fit us.)
  // (第3项是啥 while making a 服务包 asks about that measure.)
  if (
    CHECKUP.test(b) &&
    // 金融这块给我列一下，要放进服务包: an area's list asked for the package, not a check-up.
    !(/服务包/.test(b) && AREA_LIST.test(b)) &&
    !/截止|过期|结束|到期|失效|还能申请|还有效/.test(b) &&
    !/第[\d一二三四五六七八九十]{1,3}[项条]/.test(b)
  )
    return { type: 'checkup' };
  if (!notAPerson && PERSON_SOFT.test(wishes) && !b.includes('人工智能'))
    return {
      type: 'person',
      soft: true,
      text,
      rest: b.replace(PERSON_SOFT_EVERYWHERE, ' '),
      ...(ASKS_WHO_HELPS.test(wishes) ? { asksWhoHelps: true } : {}),
      ...(COMPLAINS.test(wishes) ? { complains: true } : {}),
    };

  // The last clause first: its topic leaves out the facts stated before it.
  const eligibility =
    askedAfterNaming(text) ?? readEligibility(lastClause(text), true) ?? readEligibility(text);
  if (eligibility) return eligibility;

  const glossary = GLOSSARY_ASK.exec(b);
  if (glossary) {
    const asked = (glossary[2] ?? glossary[3] ?? '').replace(/^(这个|那个)/, '').replace(/(企业)$/, '');
    const term = findTerm(asked, options.glossary);
    if (term) return { type: 'glossary', termId: term.id };
  }
  const glossaryEn = GLOSSARY_ASK_EN.exec(b);
  if (glossaryEn) {
    const term = findTerm(
      glossaryEn[1]!.replace(/(enterprises?|companies|company|firms?)$/, ''),
      options.glossary,
    );
    if (term) return { type: 'glossary', termId: term.id };
  }

  return readQuestion(text);
}

/**
 * Whether a message (or its last clause) asks whether we may apply for a measure; the topic is what
 * names the measure (empty: the last one). `clause`: the last clause of a longer message, where a
 * bare “能申请吗” would only repeat what the sentence before it asked.
 */
function readEligibility(text: string, clause = false): Extract<Intent, { type: 'eligibility' }> | undefined {
  const b = bare(text);
  if (!b) return undefined;
  if (!clause && CAN_I_SHORT.test(b)) return { type: 'eligibility', topic: '' };
  const meets =
    MEETS_AFTER.exec(b) ??
    MEETS_AROUND.exec(b) ??
    MEETS_MEASURE.exec(b) ??
    QUALIFY_AFTER.exec(b) ??
    GET_IT_AFTER.exec(b) ??
    QUALIFY_END.exec(b) ??
    (clause ? CAN_USE.exec(b) : null) ??
    WORK_IT_OUT.exec(b);
  // 那得满足什么条件才能拿: asks for the conditions, not whether we meet them.
  // 我们能领吗: who asks is no topic — the question is about the last measure.
  if (meets && !ASKS_CONDITIONS.test(meets[1]!))
    return { type: 'eligibility', topic: ONLY_US.test(meets[1]!) ? '' : meets[1]! };
  if (CAN_I.test(b) && ELIGIBILITY.test(b)) {
    const topic = b.replace(CAN_I, '').replace(/(吗|么|不|没|呢|啊|条件吗)+$/, '');
    return { type: 'eligibility', topic };
  }
  if (CAN_I_EN.test(b)) {
    // The topic keeps its spaces (English is searched word by word).
    const topic = text
      .replace(CAN_I_EN_SPACED, '')
      .replace(/[?.!\s]+$/, '')
      .replace(/\s+(please|now|at all|too)$/i, '');
    return { type: 'eligibility', topic };
  }
  return undefined;
}

/**
 * “区里对突破10亿的企业那个支持，我们有份吗”, “研发投入5%那个奖励，帮我过一下条件，看我们够不够”: the last
 * clauses only ask to check; the measure is the clause before them.
 */
function askedAfterNaming(text: string): Extract<Intent, { type: 'eligibility' }> | undefined {
  const clauses = text.split(CLAUSE_END).filter((c) => c.trim() !== '');
  let end = clauses.length;
  while (end > 0 && ONLY_ASKS_TO_CHECK.test(bare(clauses[end - 1]!))) end--;
  if (end === clauses.length || end === 0) return undefined;
  const named = bare(clauses[end - 1]!);
  // 我们是做软件的，有份吗: what the enterprise is, not a measure.
  if (/^(?:我|我们|我司|本公司|咱们)(?:公司|企业|厂)?(?:是|做|属于)/u.test(named)) return undefined;
  return { type: 'eligibility', topic: QUALIFY_END.exec(named)?.[1] ?? named };
}

/** The last clause of a message of several (empty when there is only one). */
function lastClause(text: string): string {
  const clauses = text.split(CLAUSE_END).filter((c) => c.trim() !== '');
  return clauses.length > 1 ? clauses[clauses.length - 1]!.trim() : '';
}

/** A message read as a question about the measures: the aspect it asks about, and its topic. */
export function readQuestion(raw: string): Extract<Intent, { type: 'question' }> {
  const text = normalizeQuery(raw);
  const b = bare(text);
  // “…the certificate is still valid. … What would the reward come to?”: what is asked is in the last
  // clause; the clauses before it state facts, whose words (still valid) are not the question.
  const asked = bare(lastClause(text));
  const lastFocus = asked ? FOCUS_PATTERNS.find(([, pattern]) => pattern.test(asked)) : undefined;
  if (lastFocus) {
    const [focus, pattern] = lastFocus;
    return { type: 'question', text, focus, topic: b.replace(pattern, '').replace(FOLLOW_UP_FILLER, '') };
  }
  for (const [focus, pattern] of FOCUS_PATTERNS) {
    if (pattern.test(b)) {
      const topic = b.replace(pattern, '').replace(FOLLOW_UP_FILLER, '');
      return { type: 'question', text, focus, topic };
    }
  }
  return { type: 'question', text, topic: b };
}

function findTerm(asked: string, glossary: readonly GlossaryEntry[]): GlossaryEntry | undefined {
  if (!asked) return undefined;
  const norm = (s: string) => bare(normalizeQuery(s)).replace(/[“”"]/g, '');
  const a = norm(asked);
  // English names carry the Chinese in brackets (“Four-above” enterprise (四上企业)): compare without it.
  const names = (t: GlossaryEntry) =>
    [t.term, ...t.aliases, ...(t.en ? [t.en.term] : [])].map((n) =>
      norm(n.replace(/[（(][^）)]*[）)]/g, '')).replace(/(enterprises?|companies|company)$/, ''),
    );
  return glossary.find((t) => names(t).some((name) => name === a || name === `${a}企业`));
}

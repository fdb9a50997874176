// Leaves out a sentence in which the writer introduces themselves (我是区里的中小企业服务专员，…;
// 您好，我是银行客户经理，…; I'm an HR manager, …): who asks is not what they ask about, and the
// role's words (服务专员, 客户经理) would otherwise be read as a measure or a wish for a person.
const HAN_INTRO =
  /^(?:(?:您好|你好|hi|hello)[,，!！\s]*)?我是[^,，。;；!！?？]{0,24}?(?:服务专员|专员|客户经理|经理|顾问|主管|总监|负责人|老板|老板娘|会计|财务|出纳|人事|hr|行政|实习生|助理|秘书|法务|律师|员工|职员|创始人|合伙人|(?:中心|办公室|服务站|街道|园区|银行|支行|分行|机构|协会|商会|事务所)的)[^,，。;；!！?？]{0,6}[,，。;；!！]\s*/iu;
const LATIN_INTRO =
  /^(?:(?:hi|hello)[,!\s]*)?(?:i'm|i am)\s+(?:an?|the)\s+[^,.;!?]{0,40}?(?:manager|officer|specialist|adviser|advisor|consultant|accountant|intern|assistant|director|owner|founder|hr)\b[^,.;!?]{0,20}[,.;!]\s*/iu;

/**
 * What the specialist told the writer (专员上次来讲的算力券, 服务专员说我们可以申请研发奖励): who said it is
 * not what is asked about.
 */
const TOLD_BY_SPECIALIST =
  /(?:区里的?|街道的?|我们区的?|园区的?)?(?:服务)?专员(?:上次|之前|前两天|前几天|昨天|那天|刚才)?(?:来(?:我们这|我们公司|厂里)?)?(?:跟我们|跟我|给我们|给我)?(?:说|讲|提到|介绍|告诉(?:我|我们)?)(?:过|了)?(?:的)?/u;

export function stripIntroduction(text: string): string {
  const rest = text.replace(HAN_INTRO, '').replace(LATIN_INTRO, '').replace(TOLD_BY_SPECIALIST, '');
  // Nothing left but the introduction: keep the message as it was.
  return rest.trim().length >= 2 ? rest : text;
}

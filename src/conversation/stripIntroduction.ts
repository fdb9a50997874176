// Leaves out a sentence in which the writer introduces themselves (我是区里的中小企业服务专员，…;
// 您好，我是银行客户经理，…; I'm an HR manager, …): who asks is not what they ask about, and the
// role's words (服务专员, 客户经理) would otherwise be read as a measure or a wish for a person.
const HAN_INTRO =
  /^(?:(?:您好|你好|hi|hello)[,，!！\s]*)?我是[^,，。;；!！?？]{0,24}?(?:服务专员|专员|客户经理|经理|顾问|主管|总监|负责人|老板|老板娘|会计|财务|出纳|人事|hr|行政|实习生|助理|秘书|法务|律师|员工|职员|创始人|合伙人|(?:中心|办公室|服务站|街道|园区|银行|支行|分行|机构|协会|商会|事务所)的)[^,，。;；!！?？]{0,6}[,，。;；!！]\s*/iu;
const LATIN_INTRO =
  /^(?:(?:hi|hello)[,!\s]*)?(?:i'm|i am)\s+(?:an?|the)\s+[^,.;!?]{0,40}?(?:manager|officer|specialist|adviser|advisor|consultant|accountant|intern|assistant|director|owner|founder|hr)\b[^,.;!?]{0,20}[,.;!]\s*/iu;

export function stripIntroduction(text: string): string {
  const rest = text.replace(HAN_INTRO, '').replace(LATIN_INTRO, '');
  // Nothing left but the introduction: keep the message as it was.
  return rest.trim().length >= 2 ? rest : text;
}

// A message spoken into the phone and sent as text has no punctuation: “…税费方面有什么支持社保费率是
// 不是降了还有就是…”. Where a question plainly ends and another clause follows, or a clause plainly
// starts (以前说要两千万, 那我们…), a comma is put back, so the questions asked one after another are
// read one by one and each amount stays with its own words. Text with any clause punctuation is
// left as typed: its writer chose where clauses end.
const CLAUSE_MARK = /[,，。.;；?？!！、:：\n]/u;
/** Shorter messages are one question. */
const RUN_ON_LENGTH = 30;
/** How a spoken question ends (有什么支持, 是干嘛的, 怎么回事, 是不是降了, 能不能减点), before more words. */
const QUESTION_END =
  /(有(?:没有)?(?:什么|啥|哪些)?(?:支持|政策|措施|补贴|说法|帮扶|优惠)|是(?:干嘛|干什么|做什么|干啥)的|怎么回事|是不是\p{Script=Han}{1,3}了|能不能\p{Script=Han}{1,4}(?:点|一点|一些)|怎么(?:申请|申报|弄|办))(?=\p{Script=Han}{2})/gu;

/**
 * Where a spoken clause plainly starts: a turn to the past, a contrast, a conclusion (以前说要两千万, 那我们…),
 * the next of several enterprises told one by one (第二家是…), the question of them all (这三个都…).
 */
const CLAUSE_START =
  /(?<=\p{Script=Han}{2})(以前|之前|原来|后来|但是|不过|可是|那我们|那这个|那我|第[一二三四五六七八九十]家|这[两三四五几]个都)/gu;

export function punctuateRunOn(text: string): string {
  if (text.length < RUN_ON_LENGTH || CLAUSE_MARK.test(text)) return text;
  return text.replace(QUESTION_END, '$1，').replace(CLAUSE_START, '，$1');
}

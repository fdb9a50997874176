// Reads a user's request to delete what the bot keeps about them: 「删除我的数据」, 删除我的信息,
// 清除我的数据, delete my data, forget me (Simplified or Traditional, any width). A whole message
// only: 怎么删除我的数据 is a question, not the request.

const END = /[\s。.!!~～]+$/u;
const CHINESE =
  /^(?:请|請|帮我|幫我)?(?:删除|清除|清空|删掉|抹去|刪除|刪掉)(?:我的|我们的|我們的|我所有的|所有|全部)(?:个人|個人)?(?:数据|數據|信息|資訊|资料|資料|记录|記錄)$/u;
const ENGLISH =
  /^(?:please\s+)?(?:delete|erase|remove|wipe|forget)\s+(?:all\s+)?(?:my|me)(?:\s+(?:personal\s+)?(?:data|information|info|details))?$/iu;

export function isForgetRequest(raw: string): boolean {
  const text = raw.normalize('NFKC').trim().replace(END, '');
  return text.length <= 40 && (CHINESE.test(text) || ENGLISH.test(text));
}

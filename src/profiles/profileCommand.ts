// Reads the commands about enterprise profiles before a message is taken as a question:
// 「为上海某某科技有限公司做政策体检」, 「切换到某某公司」, 「现在是哪家企业」, 「列出企业」,
// 「删除某某公司」 and 「换一家企业」 (whatever follows it is a message of its own). Simplified and
// Traditional, full- and half-width. A name must look like one: pronouns (我们公司) and questions
// (换到浦东还能申请吗) are not commands.
import { cleanEnterpriseName } from './enterpriseName.js';

export type ProfileCommand =
  /** Names the active enterprise or switches to (or creates) the named one, then the check-up. */
  | { type: 'checkup-for'; name: string }
  /** `query` is a name, part of one, or a position in the list (第2家); empty: which one? */
  | { type: 'switch'; query: string }
  | { type: 'current' }
  | { type: 'list' }
  | { type: 'delete'; query: string }
  /** A fresh, unnamed profile; `rest` is the message that followed (may be empty). */
  | { type: 'fresh'; rest: string };

const END = /[\s。.!!??~～]+$/u;
const QUESTION = /[吗嗎么麼呢??]|能不能|可不可以|可以|怎么|怎麼|什么|什麼|哪些|如何|多少|是否/u;

const FRESH =
  /^(?:请|請)?再?(?:换一家|换个|换家|换一个|換一家|換個|換家|換一個|另一家|下一家|新的一家|新建一家|新建一个|新建一個|新建)新?(?:企业|企業|公司)(?:吧|了)?(?:[,，。:：;；!！\s]*)(.*)$/su;
const CHECKUP_FOR =
  /^(?:请|請|麻烦|麻煩|帮忙|幫忙)?(?:帮我|幫我|替我)?(?:为|為|给|給|替|帮|幫)\s*(.+?)\s*(?:做|作|进行|進行|来|來|搞)?(?:一次|一下|一个|一個|个|個)?(?:政策|企业|企業)?(?:体检|體檢)(?:吧|呢|一下)?$/su;
const CURRENT = [
  /^(?:请问|請問)?(?:现在|当前|目前|現在|當前)的?(?:是|在)?(?:哪家|哪个|哪個|哪一家|什么|什麼)(?:企业|企業|公司)(?:呢|啊)?$/u,
  /^(?:现在|当前|目前|現在|當前)的?(?:企业|企業|公司)(?:是)?(?:哪家|哪个|哪個|哪一家|什么|什麼|谁|誰)?(?:呢|啊)?$/u,
];
const LIST = [
  /^(?:请|請)?(?:列出|列一下|列举|列舉|查看|显示|顯示|看看|看一下)(?:所有|全部|我的|已保存的|保存的)?的?(?:企业|企業|公司)(?:列表|档案|檔案|清单|清單)?$/u,
  /^(?:我的|所有|全部)?(?:企业|企業|公司)(?:列表|档案|檔案|清单|清單)$/u,
  /^(?:我|我们|我們)?(?:保存了|存了)(?:哪些|哪几家|哪幾家)(?:企业|企業|公司)$/u,
];
const SWITCH =
  /^(?:请|請)?(?:切换到|切换至|切换成|切换为|切到|换到|切換到|切換至|切換成|切換為|換到)\s*(?:企业|企業|公司)?[:：]?\s*(.*)$/su;
const SWITCH_BARE = /^(?:切换|切換)(?:企业|企業|公司)$/u;
const DELETE = /^(?:请|請)?(?:删除|删掉|移除|去掉|刪除|刪掉)(?:企业|企業|公司)?[:：]?\s*(.+)$/su;
/** What 删除… may delete that is not an enterprise: the user's data, a share link (信息 alone is not: 某某信息技术). */
const DELETE_OTHER =
  /^(?:我的|我们的|我們的|所有|全部|所有的|全部的)?(?:个人|個人)?(?:数据|數據|信息|資訊|资料|資料|记录|記錄)$|链接|鏈接|分享/u;
const ORDINAL = /^第?\s*(\d{1,2})\s*(?:家|个|個)?$/u;

/** Whether `query` points at a place in the list (第2家), and which (1-based). */
export function listPosition(query: string): number | undefined {
  const m = ORDINAL.exec(query.normalize('NFKC').trim());
  return m ? Number(m[1]) : undefined;
}

export function readProfileCommand(raw: string): ProfileCommand | undefined {
  const text = raw.normalize('NFKC').trim().replace(END, '');
  if (!text || text.length > 200) return undefined;

  const fresh = FRESH.exec(text);
  if (fresh) return { type: 'fresh', rest: (fresh[1] ?? '').trim() };

  const checkup = CHECKUP_FOR.exec(text);
  if (checkup) {
    const name = cleanEnterpriseName(checkup[1] ?? '');
    return name && !QUESTION.test(name) ? { type: 'checkup-for', name } : undefined;
  }

  if (CURRENT.some((p) => p.test(text))) return { type: 'current' };
  if (LIST.some((p) => p.test(text))) return { type: 'list' };
  if (SWITCH_BARE.test(text)) return { type: 'switch', query: '' };

  const switching = SWITCH.exec(text);
  if (switching) {
    const query = (switching[1] ?? '').trim();
    if (!query) return { type: 'switch', query: '' };
    if (listPosition(query) !== undefined) return { type: 'switch', query };
    const name = cleanEnterpriseName(query);
    return name && !QUESTION.test(name) ? { type: 'switch', query: name } : undefined;
  }

  const deleting = DELETE.exec(text);
  if (deleting) {
    const query = (deleting[1] ?? '').trim();
    if (DELETE_OTHER.test(query)) return undefined;
    if (listPosition(query) !== undefined) return { type: 'delete', query };
    const name = cleanEnterpriseName(query);
    return name && !QUESTION.test(name) ? { type: 'delete', query: name } : undefined;
  }
  return undefined;
}

// Reads 「撤销分享链接」 (撤回/取消/作废/删除 分享链接; 所有/全部 for every link the user made), a whole
// message, Simplified or Traditional.

export type ShareCommand = { type: 'revoke'; all: boolean };

const END = /[\s。.!!~～]+$/u;
const REVOKE =
  /^(?:请|請|帮我|幫我)?(?:撤销|撤回|取消|作废|删除|停用|撤銷|作廢|刪除)(所有|全部|所有的|全部的)?(?:的)?(?:服务包|服務包)?(?:分享链接|分享鏈接|分享|链接|鏈接)$/u;

export function readShareCommand(raw: string): ShareCommand | undefined {
  const text = raw.normalize('NFKC').trim().replace(END, '');
  const m = REVOKE.exec(text);
  return m ? { type: 'revoke', all: m[1] !== undefined } : undefined;
}

// What a specialist types in a route's conversation: 认领 12, 回复 12 <文字>, 关闭 12 (with or without
// #, in full-width digits and punctuation too), 列表 for the open requests there; anything else is
// answered with the list of commands.

export type SpecialistCommand =
  | { op: 'claim'; number: number }
  | { op: 'reply'; number: number; text: string }
  | { op: 'close'; number: number }
  | { op: 'list' }
  | { op: 'help' };

// Full-width forms (＃１２：) are matched as typed, so the reply text is relayed exactly as written.
const NUMBER = String.raw`\s*[#＃]?\s*([0-9０-９]{1,9})`;
const CLAIM = new RegExp(`^(?:认领|领取|claim)${NUMBER}\\s*$`, 'iu');
const CLOSE = new RegExp(`^(?:关闭|办结|结案|close)${NUMBER}\\s*$`, 'iu');
const REPLY = new RegExp(
  `^(?:回复|答复|reply)${NUMBER}(?:\\s*[:：,，、]\\s*|\\s+|(?![0-9０-９]))([\\s\\S]*)$`,
  'iu',
);
const LIST = /^(?:列表|待办|清单|list)$/iu;

function numberOf(digits: string | undefined): number {
  return Number((digits ?? '').normalize('NFKC'));
}

export function parseSpecialistCommand(raw: string): SpecialistCommand {
  const text = raw.trim();
  let m = CLAIM.exec(text);
  if (m) return { op: 'claim', number: numberOf(m[1]) };
  m = CLOSE.exec(text);
  if (m) return { op: 'close', number: numberOf(m[1]) };
  m = REPLY.exec(text);
  if (m) return { op: 'reply', number: numberOf(m[1]), text: (m[2] ?? '').trim() };
  if (LIST.test(text)) return { op: 'list' };
  return { op: 'help' };
}

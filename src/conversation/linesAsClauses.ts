// A message pasted as lines (客户名单, meeting notes: one need per line) would lose its line breaks
// when the text is normalised, and two needs would run into one clause (流动资金比较紧 B公司：准备做技改).
// A line break is read as the end of a clause: a semicolon where the line ends without a mark, a
// space where it ends with one (回答：, 2026年？).
const LINE_BREAK = /[^\S\r\n]*(?:\r?\n\s*)+/gu;
/** A line that ends with one of these has ended its clause already. */
const ENDS_CLAUSE = /[,，、:：;；.。?？!！)）\]】"”'’]$/u;

/** The message with each line break between two lines read as the end of a clause. */
export function linesAsClauses(text: string): string {
  const trimmed = text.trim();
  if (!/[\r\n]/u.test(trimmed)) return text;
  return trimmed.replace(LINE_BREAK, (_, offset: number) =>
    ENDS_CLAUSE.test(trimmed.slice(Math.max(0, offset - 1), offset)) ? ' ' : '；',
  );
}

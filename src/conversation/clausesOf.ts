// The clauses of a message: between commas, full stops, semicolons, question and exclamation marks, and
// spaces between Chinese, which dictation leaves where a comma would be (租金又涨了 公司快撑不住 有房租补贴吗).
// Used where a message is read clause by clause: the part that asks, the last clause, a reference first.

export function clausesOf(text: string): string[] {
  return text
    .split(/[，,。;；!！?？]+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)
    .filter((c) => c.trim() !== '');
}

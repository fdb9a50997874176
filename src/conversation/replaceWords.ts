// Replaces whole words of a table in a text, the first listed of two that start at the same place
// winning (so a longer word listed before a shorter one is read whole: 嗰啲 before 嗰). The readers
// of dialects and typos (fromCantonese, fromShanghainese, correctHomophoneTypos) share it.

/** A function that puts each word of the table right in a text; a text without them comes back as it is. */
export function replaceWords(
  table: readonly (readonly [word: string, meant: string])[],
): (text: string) => string {
  const pattern = new RegExp(table.map(([word]) => word).join('|'), 'gu');
  const meant = new Map(table);
  return (text) => text.replace(pattern, (word) => meant.get(word) ?? word);
}

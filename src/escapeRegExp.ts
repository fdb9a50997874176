// Text made literal inside a regular expression: the pages' site prefixes, and the words of the
// knowledge base's phrases with a gap (是…高企, 社保…开销) around which a pattern is built.

/** `text` with every character that means something in a pattern escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

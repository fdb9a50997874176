// Takes the @mention of the bot off the start of a message (@益企问 我们是做人工智能的小公司…): typed in
// the web chat or sent as text by a WeCom group, it only addresses the bot, and its name (益企…) would
// otherwise sound like a measure (益企赋). Teams strips its own mention entities before this.

/** A leading @name (up to the first space or line break) and the space after it. */
const LEADING_MENTION = /^\s*[@＠][^\s@＠]{1,20}[\s\u2005]+/u;

/** The message without a leading @mention; a message that is only a mention is left as it is. */
export function withoutMention(text: string): string {
  const rest = text.replace(LEADING_MENTION, '');
  return rest.trim().length > 0 ? rest : text;
}

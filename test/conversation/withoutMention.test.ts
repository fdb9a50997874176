// A leading @mention only addresses the bot; the rest of the message is what is asked.
import { describe, expect, it } from 'vitest';
import { withoutMention } from '../../src/conversation/withoutMention.js';

describe('withoutMention', () => {
  it.each([
    [
      '@益企问 我们是做人工智能的小公司\n租了算力训模型 有啥补贴没',
      '我们是做人工智能的小公司\n租了算力训模型 有啥补贴没',
    ],
    ['＠益企问 转人工', '转人工'],
    ['@Yiqi\u2005what is the R&D reward?', 'what is the R&D reward?'],
  ])('%s → %s', (text, read) => {
    expect(withoutMention(text)).toBe(read);
  });

  it.each(['@益企问', '我们的邮箱是 a@b.com', '益企赋是什么'])('leaves “%s” as typed', (text) => {
    expect(withoutMention(text)).toBe(text);
  });
});

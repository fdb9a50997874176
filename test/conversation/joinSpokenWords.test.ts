// A dictated message (spaces after every few words, fillers kept) is joined up again; needs typed side
// by side and ordinary sentences stay as typed.
import { describe, expect, it } from 'vitest';
import { joinSpokenWords } from '../../src/conversation/joinSpokenWords.js';

describe('joinSpokenWords', () => {
  it.each([
    ['嗯 人工 智能 那个 租 算力 服务器 有没有 补贴', '人工智能那个租算力服务器有没有补贴'],
    ['嗯 那 还能 申请的 呢', '那还能申请的呢'],
    ['我们厂 要招人 呃 然后 也想 少交点 税', '我们厂要招人然后也想少交点税'],
    ['能不能 来个人 上门 就是 给讲讲 政策', '能不能来个人上门就是给讲讲政策'],
    ['一家 最多 能补 多少', '一家最多能补多少'],
  ])('%s → %s', (spoken, joined) => {
    expect(joinSpokenWords(spoken)).toBe(joined);
  });

  it.each([
    '续贷 担保费 分别',
    '贷款 技改 上云 人才',
    '专精特新奖励 研发投入奖励 分别 多少',
    '我们想贷款，也想申请技改补贴',
    'AI算力券 how much 能补多少 呢',
  ])('leaves “%s” as typed', (text) => {
    expect(joinSpokenWords(text)).toBe(text);
  });
});

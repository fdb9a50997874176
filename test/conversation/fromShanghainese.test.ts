// Shanghainese as people type it is read as Mandarin; Mandarin words that only look alike stay.
import { describe, expect, it } from 'vitest';
import { fromShanghainese } from '../../src/conversation/fromShanghainese.js';

describe('fromShanghainese', () => {
  it.each([
    ['阿拉酱油作坊想请个老师傅，政府贴点伐？', '我们酱油作坊想请个老师傅，政府贴点吗？'],
    ['技改专项哪能申请', '技改专项怎么申请'],
    ['讨勿回来，侬讲哪能办', '讨不回来，你讲怎么办'],
    ['有补贴伐', '有补贴吗'],
    ['搿个辰光还来得及伐啦？', '这个时候还来得及吗？'],
    ['阿拉想寻个真个人讲讲闲话', '我们想找个真人聊聊'],
    ['屋里厢吃勿消，店里厢生意勿好', '家里吃不消，店里生意不好'],
    ['专精特新奖励搭研发投入奖励，两样分别好拿多少', '专精特新奖励和研发投入奖励，两样分别好拿多少'],
    ['擔保費率同無縫續貸，儂幫我一道講講', '擔保費率和無縫續貸，儂幫我一道講講'],
    ['最后那只呢', '最后那个呢'],
    ['今年头一趟成为四上 钞票不够', '今年第一次成为四上 钱不够'],
    ['有啥人好直接讲拨我听伐', '有谁好直接讲给我听吗'],
  ])('%s → %s', (text, read) => {
    expect(fromShanghainese(text)).toBe(read);
  });

  it.each([
    '林业采伐的许可',
    '加快步伐',
    '我们想贷款，也想申请技改补贴',
    '公司自己搭了个小机房',
    '搭建平台',
    '首贷同续贷',
    '市里拨款什么时候到',
  ])('leaves “%s” as typed', (text) => {
    expect(fromShanghainese(text)).toBe(text);
  });
});

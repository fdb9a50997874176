// Northern colloquial speech is read as Mandarin; Mandarin words that only look alike stay.
import { describe, expect, it } from 'vitest';
import { fromNorthern } from '../../src/conversation/fromNorthern.js';

describe('fromNorthern', () => {
  it.each([
    ['带款咋整啊，俺们小饭馆想借个二三十万周转', '带款怎么办啊，我们小饭馆想借个二三十万周转'],
    ['有个大厂欠俺们货款大半年了，老鼻子钱了', '有个大厂欠我们货款大半年了，很多钱了'],
    ['那啥玩意能帮俺们省点钱', '那什么能帮我们省点钱'],
    ['找个人唠唠', '找个人聊聊'],
    ['这玩意儿俺整不明白，让专员给俺回个话', '这玩意儿我弄不明白，让专员给我回个话'],
  ])('%s → %s', (text, read) => {
    expect(fromNorthern(text)).toBe(read);
  });

  it.each(['整体方案怎么申请', '我们想整合供应链', '玩具厂贷款'])('leaves %s as it is', (text) => {
    expect(fromNorthern(text)).toBe(text);
  });
});

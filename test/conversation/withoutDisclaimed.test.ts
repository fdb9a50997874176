// What a message says it does not mean is left out before it is read; facts and real questions stay.
import { describe, expect, it } from 'vitest';
import { withoutDisclaimed } from '../../src/conversation/withoutDisclaimed.js';

describe('withoutDisclaimed', () => {
  it.each([
    ['担保费率 跟 上市融资 这俩都说说，我不是问续贷啊，续贷上次已经问过了', '续贷'],
    ['我问的是绿色工厂跟产业精英人才培养那个，不是专精特新啊，你上次又给我专精特新', '专精特新'],
    ['續貸跟擔保到底差在哪？我一直搞不清楚，不是問上市那個', '上市'],
    ['電費跟水費一直漲，有沒有補貼？不是要貸款喔，貸款我不需要', '貸款'],
    ['专精特新、技改、上市这些我都看过了，我就问一句：厂房租金到底有没有补贴', '上市'],
    ['有没有直接给钱发工资的补贴？不要跟我讲贷款，我已经贷不到了', '讲贷款'],
  ])('%s → without “%s”', (text, gone) => {
    expect(withoutDisclaimed(text)).not.toContain(gone);
  });

  it('leaves out what is set aside for now', () => {
    expect(
      withoutDisclaimed('办公室房租贵得离谱这个先不说了。主要想问两个：AI算力券怎么支持，还有研发投入奖励'),
    ).toBe('。主要想问两个：AI算力券怎么支持，还有研发投入奖励');
  });

  it('leaves the framing of a correction out', () => {
    expect(withoutDisclaimed('不对，我是说第三个')).toBe('第三个');
  });

  it.each([
    '我们不是高企，研发投入600万能拿吗',
    '我们不需要贷款吗',
    '请分别说明第十九项、第二十项及第二十一项的主要内容',
    '不是问这个',
    '现在还有哪些政策是能申请的？过期的就别说了',
  ])('keeps “%s”', (text) => {
    expect(withoutDisclaimed(text)).toBe(text);
  });
});

// Common homophone typos are put right; real words that sound like them are not touched.
import { describe, expect, it } from 'vitest';
import { correctHomophoneTypos } from '../../src/conversation/homophoneTypos.js';

describe('correctHomophoneTypos', () => {
  it.each([
    ['想代款周转一下 另外设保能不能少交点', '想贷款周转一下 另外社保能不能少交点'],
    ['哪些正策已经过其了', '哪些政策已经过期了'],
    ['纾因政策', '纾困政策'],
    ['现在还有哪些能申情的', '现在还有哪些能申请的'],
    ['无缝绪贷怎么弄', '无缝续贷怎么弄'],
    ['刚拿了zjtx 我们还不是gq', '刚拿了专精特新 我们还不是高企'],
    ['想带点款周转一下', '想贷点款周转一下'],
    ['续带 担保费 分别', '续贷 担保费 分别'],
    ['算力劵和智评劵', '算力券和智评券'],
    ['首带和无缝续贷有什么区别', '首贷和无缝续贷有什么区别'],
    ['高薪技术企业证书到期了，研法投入400万', '高新技术企业证书到期了，研发投入400万'],
    ['厂房被水俺了，设被泡坏，有没有补帖或者带款的政侧', '厂房被水淹了，设备泡坏，有没有补贴或者贷款的政策'],
    ['我要投述你们', '我要投诉你们'],
    ['我要投sue 该找谁', '我要投诉 该找谁'],
    ['水点补贴?', '水电补贴?'],
    ['算利券', '算力券'],
    ['有没有人工克服啊', '有没有人工客服啊'],
    ['出口退锐太慢了', '出口退税太慢了'],
    ['帮我寻个服务专圆', '帮我寻个服务专员'],
    ['公伤保险只赔一部分', '工伤保险只赔一部分'],
    ['能不能zrg啊', '能不能转人工啊'],
  ])('%s → %s', (typed, meant) => {
    expect(correctHomophoneTypos(typed)).toBe(meant);
  });

  it.each([
    '客户的货款拖了半年',
    '我们做过其他项目',
    '同事休产假要找人顶',
    '制造企业想稳住岗位',
    '我们继续带领团队做研发',
  ])('leaves “%s” as typed', (text) => {
    expect(correctHomophoneTypos(text)).toBe(text);
  });
});

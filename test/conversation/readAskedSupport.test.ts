// Support asked for by its own name is read in the user's words, without the words that only ask.
import { describe, expect, it } from 'vitest';
import { readAskedSupport } from '../../src/conversation/readAskedSupport.js';

describe('the support a message asks for by name', () => {
  it.each([
    ['本公司近期原材料价格上涨约三成，请问是否有原材料价格补贴？', '原材料价格补贴'],
    ['台风把仓库淹了，政府有没有受灾补贴', '受灾补贴'],
    ['有没有生育方面的补贴给企业', '生育补贴'],
    ['他们想买几台农机，农机购置补贴这28条里有吗', '农机购置补贴'],
    ['我自己去考电工证，能拿到技能补贴吗', '技能补贴'],
    ['Are there subsidies for investing overseas?', 'subsidies for investing overseas'],
    ['想問三件事：出口有沒有補貼？', '出口补贴'],
    ['水电费有没有补贴', '水电费补贴'],
    ['今年想做出口，欧洲那边正在谈，出口这块有没有扶持', '出口扶持'],
    ['请问政府这套措施对原材料涨价有没有什么补贴？', '原材料涨价补贴'],
    // Only asking in the clause: what the support is for is the clause before, without how hard it bites.
    ['原材料涨价太厉害，有啥扶持', '原材料涨价扶持'],
    ['房租压力太大了，有什么补贴吗', '房租补贴'],
    ['个体户有什么帮扶', '个体户帮扶'],
    ['钢材又涨价了 原材料成本顶不住 有补贴没', '原材料成本补贴'],
    ['听说有的地方对实体书店有专项扶持，这28条里有吗', '实体书店扶持'],
  ])('%s → %s', (text, asked) => {
    expect(readAskedSupport(text)).toBe(asked);
  });

  it('reads nothing when the words say nothing about what the support is for', () => {
    expect(readAskedSupport('有什么补贴')).toBeUndefined();
    expect(readAskedSupport('有哪些政策补贴')).toBeUndefined();
    expect(readAskedSupport('无缝续贷怎么申请')).toBeUndefined();
    expect(readAskedSupport('我们有没有补贴')).toBeUndefined();
    expect(readAskedSupport('这个有没有补贴')).toBeUndefined();
    expect(
      readAskedSupport('We rent GPU compute in Shanghai, so is there a subsidy for that?'),
    ).toBeUndefined();
  });
});

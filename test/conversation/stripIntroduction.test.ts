// A sentence introducing the writer is left out of what is searched: the role's words (服务专员,
// 客户经理) are who asks, not what they ask about. A sentence of facts about the company stays.
import { describe, expect, it } from 'vitest';
import { stripIntroduction } from '../../src/conversation/stripIntroduction.js';

describe('leaving out a self-introduction', () => {
  it.each([
    ['我是区里的中小企业服务专员，走访一家小微企业，老板提了三个困难', '走访一家小微企业，老板提了三个困难'],
    [
      '您好，我是银行客户经理，客户在犹豫是走融资担保贷款还是做股权融资',
      '客户在犹豫是走融资担保贷款还是做股权融资',
    ],
    ['我是公司HR，老板让我问三件事', '老板让我问三件事'],
    [
      "I'm an HR manager at a small firm, what support is there for hiring?",
      'what support is there for hiring?',
    ],
    // What the specialist told the writer: who said it is not what is asked about.
    ['专员上次来讲的算力券，比例是多少', '算力券，比例是多少'],
    ['区里的服务专员说过的那个研发奖励，最多多少', '那个研发奖励，最多多少'],
  ])('%s → %s', (text, rest) => {
    expect(stripIntroduction(text)).toBe(rest);
  });

  it('keeps facts about the company and a message that is only an introduction', () => {
    expect(stripIntroduction('我是开五金厂的，今年准备花900万改造冲压线')).toBe(
      '我是开五金厂的，今年准备花900万改造冲压线',
    );
    expect(stripIntroduction('我是服务专员')).toBe('我是服务专员');
  });
});

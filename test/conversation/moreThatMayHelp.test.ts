// “Anything else?” after a partial answer: the topic's measures and the relief measures, those not
// offered yet first, financing left out when the writer says it is not needed.
import { describe, expect, it } from 'vitest';
import { asksForMore, moreThatMayHelp } from '../../src/conversation/moreThatMayHelp.js';
import { knowledge } from '../helpers/knowledge.js';

describe('more that may help', () => {
  it.each([
    '还有别的吗',
    '還有別的嗎',
    '其他的呢',
    '还有其他办法吗 贷款我们不缺',
    'ok anything else?',
    'What else?',
    '那怎么办呢',
    '格么哪能办呢',
    'is there anything at all in these measures that can help us?',
  ])('%s asks for more', (text) => expect(asksForMore(text)).toBe(true));

  it.each(['还有研发奖励呢', '别的企业能申请吗', '其他政策问题找谁', '续贷怎么办'])('%s does not', (text) =>
    expect(asksForMore(text)).toBe(false),
  );

  it('puts what was not offered first and keeps the relief area', () => {
    const kb = knowledge();
    const ids = moreThatMayHelp(kb, 'rent-relief', ['relief-specialists'], '还有别的吗');
    expect(ids.at(-1)).toBe('relief-specialists');
    for (const m of kb.measures.filter((m) => m.area === 'relief')) expect(ids).toContain(m.id);
  });

  it('leaves financing out when the writer does not need it', () => {
    const kb = knowledge();
    const ids = moreThatMayHelp(kb, 'cross-border-trade', [], "anything else? we don't really need a loan");
    expect(ids.some((id) => kb.measureById.get(id)?.area === 'finance')).toBe(false);
    expect(
      moreThatMayHelp(kb, 'cross-border-trade', [], '还有别的吗').some(
        (id) => kb.measureById.get(id)?.area === 'finance',
      ),
    ).toBe(true);
  });
});

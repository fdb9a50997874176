// Questions typed in pinyin are read by the same rules as the same words typed in characters:
// several needs, a person asked for, a list by date, an amount to check.
import { describe, expect, it } from 'vitest';
import { Responder, type Response } from '../../src/conversation/respond.js';
import { knowledge, searchEngine } from '../helpers/knowledge.js';

const responder = new Responder({ kb: knowledge(), engine: searchEngine(), today: () => '2026-12-02' });

function measuresOf(response: Response): string[] {
  if (response.kind !== 'answer' || response.answer.type !== 'several') return [];
  return response.answer.sections.flatMap((s) => (s.kind === 'measure' ? [s.answer.measure.id] : []));
}

describe('questions typed in pinyin', () => {
  it('reads needs told side by side (招不到人, 税负)', () => {
    const response = responder.respond(
      'women gongsi zhao bu dao ren, shuifu you tebie zhong, you shenme zhengce keyi bang yi xia',
    );
    expect(measuresOf(response)).toEqual(expect.arrayContaining(['job-stabilization', 'spring-rain-tax']));
  });

  it('reads a list of two asked with 另外 and an amount in 万', () => {
    const response = responder.respond(
      'women shi zuo ruanjian de xiao gongsi, zai shanghai bendi zu suanli xunlian moxing, hetong 300 wan, suanliquan neng bu duoshao? lingwai gongsi xiang quanmian shang yun, you meiyou zhichi',
    );
    expect(measuresOf(response)).toEqual(expect.arrayContaining(['ai-compute-voucher', 'cloud-adoption']));
  });

  it('hands over to a person asked for in pinyin, also beside words of the knowledge base', () => {
    expect(responder.respond('wo yao zhao ren gong').kind).toBe('handoff');
    expect(
      responder.respond(
        'women laoban xiang qing qu li guan zhe kuai de ren lai chang li zuo zuo, dang mian liao yi xia zhengce',
      ).kind,
    ).toBe('handoff');
  });

  it('lists what has ended when asked in pinyin', () => {
    const response = responder.respond('naxie zhengce yijing guoqi le');
    expect(response.kind === 'answer' && response.answer.type).toBe('status-list');
  });

  it('reads an amount in pinyin numerals against the rule', () => {
    expect(
      responder.respond('jigai xiangmu zong touzi qibai wan, neng shenqing shiji jishu gaizao zhuanxiang ma'),
    ).toEqual({
      kind: 'start-eligibility',
      measureId: 'tech-retrofit',
      facts: { 'retrofit-investment': 7000000 },
    });
  });
});

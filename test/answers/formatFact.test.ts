// A fact reads as the source prints it in Chinese (最高50万元, 2万家以上, 1%(含)以下) and in English with
// its qualifier in words and the source's own form beside amounts in 万 or 亿.
import { describe, expect, it } from 'vitest';
import { formatFact, formatFigure } from '../../src/answers/formatFact.js';
import type { Fact } from '../../src/kb/schema.js';
import { knowledge } from '../helpers/knowledge.js';

function fact(measureId: string, label: string): Fact {
  const found = knowledge()
    .measureById.get(measureId)
    ?.facts.find((f) => f.label === label);
  if (!found) throw new Error(`No fact “${label}” in ${measureId}`);
  return found;
}

describe('formatFigure and formatFact', () => {
  it.each([
    ['rd-reward', '奖励上限', '最高50万元', 'up to 500,000 yuan (最高50万元)'],
    ['rd-reward', '奖励比例(上一年度研发投入的)', '5%', '5%'],
    ['specialized-sme', '累计培育创新型中小企业目标', '2万家以上', '20,000 or more (2万家以上)'],
    ['specialized-sme', '新认定专精特新中小企业奖励', '不低于10万元', 'at least 100,000 yuan (不低于10万元)'],
    ['specialized-sme', '累计培育专精特新“小巨人”企业目标', '700家以上', '700 or more'],
    ['specialized-sme', '培育目标的时间节点', '2023年12月31日', '31 December 2023'],
    ['financing-guarantee', '平均担保费率', '1%(含)以下', '1% or less'],
    ['financing-access', '到2023年底普惠贷款余额目标', '1.1万亿元', '1.1 trillion yuan (1.1万亿元)'],
    [
      'seamless-renewal',
      '到2023年底无缝续贷累计投放',
      '突破1.2万亿元',
      'over 1.2 trillion yuan (突破1.2万亿元)',
    ],
    ['industrial-clusters', '2023年培育市级中小企业特色产业集群数量', '10个左右', 'about 10'],
    ['industry-elite', '每年培育人数', '200人', '200 people'],
    ['cloud-adoption', '推动上平台上云的中小企业数', '25万家', '250,000 (25万家)'],
    ['data-merchants', '2023年培育中小数商企业数', '不少于300家', 'at least 300'],
  ])('%s “%s”: %s / %s', (measureId, label, chinese, english) => {
    const f = fact(measureId, label);
    expect(formatFigure(f)).toBe(chinese);
    expect(formatFigure(f, 'zh')).toBe(chinese);
    expect(formatFigure(f, 'en')).toBe(english);
  });

  it('labels the figure in the language of the view it comes from', () => {
    const en = knowledge().en!;
    const cap = en.measureById.get('rd-reward')!.facts[1]!;
    expect(formatFact(cap, 'en')).toBe('Reward cap: up to 500,000 yuan (最高50万元)');
    expect(formatFact(fact('rd-reward', '奖励上限'))).toBe('奖励上限:最高50万元');
  });
});

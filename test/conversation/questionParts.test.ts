// The parts of a message asked side by side, including needs typed in one run (…还想去上市,
// …再买点工业软件), while 还款, 再贷款 and 再担保 stay words.
import { describe, expect, it } from 'vitest';
import { questionParts } from '../../src/conversation/questionParts.js';

const texts = (q: string) => questionParts(q).map((p) => p.text);

describe('questionParts', () => {
  it('splits at joiners, marks and typed lists', () => {
    expect(texts('我们想贷款，也想申请技改补贴')).toEqual(['我们想贷款', '想申请技改补贴']);
    expect(texts('首贷和续贷分别是什么')).toEqual(['首贷', '续贷分别是什么']);
    // A space before a count of things parts two needs; one before an amount of money does not.
    expect(texts('300家数商企业 10个左右特色产业集群')).toEqual(['300家数商企业', '10个左右特色产业集群']);
    expect(texts('研发投入 800万能拿多少')).toEqual(['研发投入 800万能拿多少']);
    expect(texts('1. 算力券 2. 智评券')).toEqual(['算力券', '智评券']);
    // ①② arrive as 1 2 once normalised; a lone count (有2家工厂) is not a list.
    expect(texts('三个问题:1新认定专精特新奖多少 2智评券安排了多少钱')).toEqual([
      '三个问题:',
      '新认定专精特新奖多少',
      '智评券安排了多少钱',
    ]);
    expect(texts('有2家工厂 1个在松江')).toEqual(['有2家工厂 1个在松江']);
    expect(texts('讲一下:1“一链一策一批” 2融资担保降费')).toEqual([
      '讲一下:',
      '“一链一策一批”',
      '融资担保降费',
    ]);
    expect(texts('第17、18项分别讲一下')).toEqual(['第17项', '第18项分别讲一下']);
    expect(texts('想了解: - 无缝续贷 - 融资担保费率 - 一链一策')).toEqual([
      '想了解:',
      '无缝续贷',
      '融资担保费率',
      '一链一策',
    ]);
    expect(texts('2023-2024年的措施')).toEqual(['2023-2024年的措施']);
    // (1) (2) on lines of their own are a list; 第（一）（二）条 names articles.
    expect(texts('Please confirm:\n(1) tech achievement conversion\n(2) Shanghai Industry Elite')).toEqual([
      'Please confirm:',
      'tech achievement conversion',
      'Shanghai Industry Elite',
    ]);
    expect(texts('通知第（一）（二）条讲什么')).toEqual(['通知第（一）（二）条讲什么']);
    expect(texts('特色产业集群怎么培育的？揭榜挂帅又是什么？')).toEqual([
      '特色产业集群怎么培育的',
      '揭榜挂帅又是什么？',
    ]);
  });

  it('splits before a second need stated with 还 / 再 and a verb', () => {
    expect(texts('出口订单少了想找大企业配套还想去上市')).toEqual(['出口订单少了想找大企业配套', '想去上市']);
    expect(texts('想评估一下智能制造水平再买点工业软件上云')).toEqual([
      '想评估一下智能制造水平',
      '买点工业软件上云',
    ]);
    expect(texts('此外我们还打算做股权融资')).toEqual(['我们', '打算做股权融资']);
    expect(texts('我们既想培养技术人才，又想租算力做模型')).toEqual([
      '我们既想培养技术人才',
      '想租算力做模型',
    ]);
  });

  it('keeps 还款, 再贷款 and 再担保 whole, and 比较 as “rather”', () => {
    expect(texts('再贷款再担保怎么还款')).toEqual(['再贷款再担保怎么还款']);
    expect(texts('现在钱比较紧 想搞点数字化')).toEqual(['现在钱比较紧', '想搞点数字化']);
    expect(texts('算力券比较智评券')).toEqual(['算力券', '智评券']);
  });

  it('keeps a thousands separator inside its number (600,000 yuan), and splits at other commas', () => {
    expect(texts('We want to hire an engineer on about 600,000 yuan a year, is there any support')).toEqual([
      'We want to hire an engineer on about 600,000 yuan a year',
      'is there any support',
    ]);
    expect(texts('loans,guarantees')).toEqual(['loans', 'guarantees']);
  });

  it('leaves time words out of the core of a part', () => {
    expect(questionParts('现在钱比较紧')[0]!.core).toBe('钱比较紧');
  });

  it('reads a story of three or more English sentences sentence by sentence, and a shorter one whole', () => {
    expect(
      texts('We run a plant. Our loan is due next month. Social insurance is eating into our margins.'),
    ).toEqual([
      'We run a plant',
      'Our loan is due next month',
      'Social insurance is eating into our margins.',
    ]);
    expect(texts('We were just recognised as a little giant. What reward can we expect?')).toEqual([
      'We were just recognised as a little giant. What reward can we expect?',
    ]);
  });
});

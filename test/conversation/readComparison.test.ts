// A comparison's two sides are found part by part; what the enterprise says it is (我们是规上汽配厂)
// is background and gives a side only when the options themselves do not name two.
import { describe, expect, it } from 'vitest';
import { readComparison } from '../../src/conversation/readComparison.js';
import { knowledge, searchEngine } from '../helpers/knowledge.js';

const sidesOf = (text: string) =>
  readComparison(text, searchEngine(), knowledge(), {})?.pair.map((m) => m.id);

describe('reading a comparison', () => {
  it('compares the two options, not what the enterprise says it is', () => {
    expect(
      sidesOf(
        '我们是规上汽配厂，打算搞智能化改造。是先用智评券做个评估，还是直接报市级技改专项，哪个更合适？',
      ),
    ).toEqual(['smart-manufacturing-voucher', 'tech-retrofit']);
  });

  it('reads the first or last two of the list just shown, inside the sentence that compares', () => {
    const lastList = [
      'ai-compute-voucher',
      'smart-manufacturing-voucher',
      'empowerment-partners',
      'data-merchants',
      'cloud-adoption',
    ].map((id) => knowledge().measureById.get(id)!);
    expect(
      readComparison('最后两个比一比，哪个对我们小公司更实用', searchEngine(), knowledge(), {
        lastList,
      })?.pair.map((m) => m.id),
    ).toEqual(['data-merchants', 'cloud-adoption']);
  });

  it('reads 哪个…比较多 as a comparison, and 比较小 as “rather small”', () => {
    expect(sidesOf('专精特新的奖励跟研发投入那个一次性奖励，哪个拿得比较多？')).toEqual([
      'specialized-sme',
      'rd-reward',
    ]);
    expect(
      sidesOf('第一家要租算力训练模型，第二家想做智能制造成熟度评估，第三家比较小想上云'),
    ).toBeUndefined();
  });

  it('reads which of two has ended and which has not, or which still has a chance, as a comparison', () => {
    expect(sidesOf('无缝续贷和融资担保费率那条，哪个到期了哪个还没有？')).toEqual([
      'seamless-renewal',
      'financing-guarantee',
    ]);
    expect(sidesOf('技改专项和绿色工厂哪个还有戏？')).toEqual(['tech-retrofit', 'green-factories']);
  });

  it('reads a 对比表 of three asked as no comparison of two', () => {
    expect(
      sidesOf('专精特新奖励、技改门槛、还有高新企业研发奖励 分别是多少钱？老板让我做个对比表'),
    ).toBeUndefined();
  });

  it('reads which of two named is still open as a comparison', () => {
    expect(sidesOf('政府采购预留40%和揭榜挂帅，这两个现在哪个还能参与？')).toEqual([
      'gov-procurement',
      'open-challenges',
    ]);
  });

  it('reads 还是 before a figure as “still”, not “or”', () => {
    expect(sidesOf('政府采购预留的份额现在还是40%以上吗？另外特色产业集群今年还评不评')).toBeUndefined();
    expect(sidesOf('融资通畅工程还是一链一策一批好？')).toEqual(['financing-access', 'chain-financing']);
  });

  it('reads 我们印刷厂是规上的 as what the enterprise is, too', () => {
    expect(sidesOf('我们印刷厂是规上的，AI算力券跟智评券两个到底啥区别，哪个更适合我们')).toEqual([
      'ai-compute-voucher',
      'smart-manufacturing-voucher',
    ]);
  });

  it('reads 我们…差在哪 as what the enterprise lacks, not a comparison', () => {
    expect(
      sidesOf('我们是做管理咨询的服务业公司，不是工业企业，想申请智评券能申吗？不能的话到底差在哪'),
    ).toBeUndefined();
  });

  it('reads 不能的话差在哪 of a client’s case as what it lacks, not a comparison', () => {
    expect(
      sidesOf(
        '另一个客户：高企证书2024年底就到期了没续，2022年就已经是四上企业了。研发投入奖励它能不能拿？不能的话差在哪',
      ),
    ).toBeUndefined();
  });

  it('reads 哪个能帮我们省更多 as a comparison', () => {
    expect(sidesOf('无缝续贷和融资担保这两条，哪个能帮我们省更多财务成本？')).toEqual([
      'seamless-renewal',
      'financing-guarantee',
    ]);
  });

  it('reads A跟B比，哪个…多点 as a comparison', () => {
    expect(sidesOf('专精特新的奖励跟高企研发投入那个一次性奖励比，哪个拿的钱多点？')).toEqual([
      'specialized-sme',
      'rd-reward',
    ]);
  });

  it('keeps the two sides named outright over one a described need brings in', () => {
    expect(
      sidesOf('我们做进出口贸易的,资金周转很紧。融资担保跟产业链融资那个「一链一策一批」,选哪个比较好?'),
    ).toEqual(['financing-guarantee', 'chain-financing']);
  });

  it('reads English “differ from”, and “that” as the last answer’s measure', () => {
    expect(
      sidesOf('how does the AI compute voucher differ from the smart manufacturing assessment voucher?'),
    ).toEqual(['ai-compute-voucher', 'smart-manufacturing-voucher']);
    const kb = knowledge();
    expect(
      readComparison(
        "how's that different from the smart manufacturing assessment voucher? which fits a SaaS startup fine-tuning LLMs?",
        searchEngine(),
        kb,
        { last: kb.measureById.get('ai-compute-voucher')! },
      )?.pair.map((m) => m.id),
    ).toEqual(['ai-compute-voucher', 'smart-manufacturing-voucher']);
  });

  it('takes a side from the self-description when the options name only one', () => {
    expect(sidesOf('我们是刚升规的企业，和研发投入奖励比哪个更适合')).toEqual(['rd-reward', 'scale-up']);
  });

  it.each([
    ['智评券和算力券有什么区别', 'smart-manufacturing-voucher', 'ai-compute-voucher'],
    ['专精特新培育跟特色产业集群培育 是两码事吗', 'specialized-sme', 'industrial-clusters'],
    ['「益企赋」同「一起益企」有咩分别？', 'yiqifu-actions', 'service-network'],
    ['22项和24项，对我们这种快撑不下去的小厂来说哪个更管用', 'job-stabilization', 'relief-specialists'],
    ['lvse gongchang gen jigai zhuanxiang na ge geng shihe women', 'green-factories', 'tech-retrofit'],
    [
      '一个是降失业、工伤这些保险费率的，一个是落实税费支持的，这两条哪个跟我关系更大？',
      'job-stabilization',
      'spring-rain-tax',
    ],
    ['rongzi changtong he rongzi danbao you naxie butong', 'financing-access', 'financing-guarantee'],
    [
      'How is No. 9 different from the AI compute voucher?',
      'smart-manufacturing-voucher',
      'ai-compute-voucher',
    ],
    ['小升规的支持和专精特新奖励，该先冲哪个？', 'scale-up', 'specialized-sme'],
    ['融资畅通工程和无缝续贷有什么分别？', 'financing-access', 'seamless-renewal'],
  ])('%s compares %s and %s', (text, a, b) => {
    expect(sidesOf(text)).toEqual([a, b]);
  });

  it('reads a question about one measure as no comparison', () => {
    expect(sidesOf('智评券怎么申请')).toBeUndefined();
  });

  it('reads 还是 meaning “still” in a story as no comparison', () => {
    expect(sidesOf('库存管理还是半手工，想上个轻量的数字化系统；两条老产线打算改造')).toBeUndefined();
    expect(sidesOf('AI算力券还是智评券')).toEqual(['ai-compute-voucher', 'smart-manufacturing-voucher']);
    expect(sidesOf('融资担保费率1%现在还执行吗，技改专项1000万的门槛现在还是这个吗')).toBeUndefined();
  });

  it('compares the two just shown when asked about 这两个', () => {
    const kb = knowledge();
    const lastList = ['financing-access', 'seamless-renewal'].map((id) => kb.measureById.get(id)!);
    expect(
      readComparison('这两个有什么区别', searchEngine(), kb, { lastList })?.pair.map((m) => m.id),
    ).toEqual(['financing-access', 'seamless-renewal']);
  });
});

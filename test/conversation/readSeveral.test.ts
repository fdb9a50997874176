// Several needs in one message, part by part: a story's clause names its need after the verb of
// wanting (老板的目标是三年内把公司弄上市); a part that is only a head count (25人) or only asks how much
// (能拿多少) is no need of its own.
import { describe, expect, it } from 'vitest';
import { readSeveral } from '../../src/conversation/readSeveral.js';
import { knowledge, searchEngine } from '../helpers/knowledge.js';

const read = (text: string) =>
  readSeveral(text, searchEngine(), knowledge(), searchEngine().search(text))?.targets.map((t) =>
    t.kind === 'measure' ? t.measure.id : t.kind === 'area' ? `area:${t.area.id}` : t.kind,
  );

describe('reading several needs', () => {
  it('takes no part for a clause that only asks what a figure is now', () => {
    expect(read('技改专项门槛 现在降到多少了')).toBeUndefined();
  });

  it('takes no part for what is asked only if the part before has an answer', () => {
    expect(read('28条里有外籍人才的补贴或者签证方面的支持吗？有的话额度是多少，哪年截止')).toBeUndefined();
  });

  it('takes a part of one English word only when it names a measure well', () => {
    expect(
      read('Rent and electricity bills are killing me. Is there any help with rent or utility bills?') ?? [],
    ).not.toContain('ai-compute-voucher');
    expect(read('SRDI and IPO: what is there?')).toEqual(['specialized-sme', 'listing-equity']);
  });

  it('finds the need after the verb of wanting in a story', () => {
    expect(
      read(
        '老板的目标是三年内把公司弄上市，眼下更急的是想挤进几家行业龙头的供应商名单，跟大厂搭上线，这两头政府有什么支持？',
      ),
    ).toEqual(['listing-equity', 'hand-in-hand']);
  });

  it('reads items set apart by emoji, and an English list after “Two things …:”', () => {
    expect(read('贷款💰 技改🔧 都要')).toEqual(['area:finance', 'tech-retrofit']);
    expect(
      read(
        'Two things for our plant in Jiading: we need a bank loan for working capital, and we also want to upgrade the production line (technical retrofit).',
      ),
    ).toEqual(['candidates', 'tech-retrofit']);
  });

  it('reads needs that all lie outside the measures, told clause by clause, as one topic each', () => {
    expect(
      read(
        '我们是一家少儿编程培训学校，办学许可证一直办不下来，房租又贵。28条里有没有帮我们办证或者给补贴的？',
      ),
    ).toEqual(['outside', 'outside']);
  });

  it('reads our numbers listed under one 第…项 each on its own', () => {
    expect(read('第17、18、19、20项分别讲一下，我老是分不清')).toEqual([
      'financing-access',
      'seamless-renewal',
      'financing-guarantee',
      'chain-financing',
    ]);
  });

  it('reads Shanghainese 搭仔, items joined by +, and a one-character part with the words after it', () => {
    expect(read('稳岗搭仔无缝续贷两个政策侬讲讲看')).toEqual(['job-stabilization', 'seamless-renewal']);
    expect(read('招人+担保 这两块有啥支持')).toEqual(['job-stabilization', 'financing-guarantee']);
    expect(
      read('我们今年订单多了想再招二十个人但是社保交得太多了然后税也压力挺大的有没有啥政策一起说说'),
    ).toContain('spring-rain-tax');
  });

  it('takes no part for a head count or a bare “how much”', () => {
    expect(
      read(
        '研发人员的个人所得税能不能减一点？还有，高企首次进四上的那个奖励，我们去年研发投入600万，能拿多少',
      ),
    ).toEqual(['outside', 'rd-reward']);
    expect(read('我们是做植物工厂的农业科技公司，25人。数字化转型那块有哪些措施？')).toBeUndefined();
  });

  it('reads short items typed apart, Cantonese 同埋, and comma clauses that each name a measure plainly', () => {
    expect(read('担保 续贷 普惠贷款')).toEqual([
      'financing-guarantee',
      'seamless-renewal',
      'financing-access',
    ]);
    expect(read('想問下AI算力券同埋專精特新獎勵係點樣？')).toEqual(['ai-compute-voucher', 'specialized-sme']);
    expect(
      read('最近现金流很紧，银行贷款下个月到期想直接续上，担保公司那边收费又太贵，社保那块能不能少交点？'),
    ).toEqual(['financing-access', 'seamless-renewal', 'financing-guarantee', 'job-stabilization']);
  });

  it('reads the questions of a spoken run-on one by one', () => {
    expect(
      read(
        '你好我们是做软件外包的小公司二十几个人那个想问一下现在税费方面有什么支持社保费率是不是降了还有就是我们有个客户欠了我们一年多的款一直拖着不给有没有人管这个事',
      ),
    ).toEqual(['spring-rain-tax', 'job-stabilization', 'yiqifu-actions']);
  });

  it('reads short items typed apart by commas or +, and no part in a clause that only asks for less or only tells', () => {
    expect(read('续贷，担保，产业链融资，上市')).toEqual([
      'seamless-renewal',
      'financing-guarantee',
      'chain-financing',
      'listing-equity',
    ]);
    expect(read('上云+工赋伙伴')).toEqual(['cloud-adoption', 'empowerment-partners']);
    expect(read('专利年费太贵 能减免吗')).toBeUndefined();
    const story =
      '厂里新进了一条德国产线，想请个外籍工程师过来。外国人工作许可怎么办？这方面政策有没有补贴？';
    const targets =
      readSeveral(story, searchEngine(), knowledge(), searchEngine().search(story))?.targets ?? [];
    expect(targets.filter((t) => t.kind === 'outside' && t.region)).toEqual([]);
  });

  it('reads clauses joined by commas alone that only tell how things are as background to the one that asks', () => {
    expect(
      read('厂里人工成本一年比一年高，老板想搞机器换人，上一批自动化产线，市级技改专项的门槛是多少'),
    ).toEqual(['tech-retrofit']);
    expect(
      read('厂里上了AI视觉质检，人工少了一些，但社保还是大头，失业、工伤这些费率能不能再降点？'),
    ).toEqual(['job-stabilization']);
    // Clauses that ask about several measures keep the story's facts as requests too.
    expect(
      read(
        '我们是三十几个人的小厂，客户的货款老是拖着不结，员工的社保又是一大块开销，这两头有没有对应的措施？',
      ),
    ).toEqual(['yiqifu-actions', 'job-stabilization']);
  });

  it('reads our own plan in an area’s words beside a measure of it named plainly as the setting, not a list asked for', () => {
    expect(
      read('工赋伙伴计划里说的"数字化服务专员"具体是做什么的？我们厂打算明年做数字化改造，想了解一下'),
    ).toBeUndefined();
    // 这个专员 points back at the 数字化服务专员 named before it: no need of its own (第24项's 服务专员).
    expect(
      read('说里面提到打造一支"数字化服务专员"队伍，这个专员是干什么的，跟我们厂搞数字化有关系吗') ?? [],
    ).not.toContain('relief-specialists');
    // Asked as a list, the area stays.
    expect(read('工赋伙伴是做什么的？我们厂想搞数字化，数字化方面都有哪些政策')).toEqual([
      'empowerment-partners',
      'area:digital',
    ]);
  });

  it('asks a part beside a topic the measures do not cover to name its measure as firmly as anywhere', () => {
    // 办公室 sounds a little like 云办公 (第12项): beside 装修补贴 it is no need of its own.
    expect(
      read('公司今年搬到新园区，办公室和实验室装修一共花了两百多万，财务想问下有没有装修补贴可以申请的？') ??
        [],
    ).not.toContain('cloud-adoption');
  });

  it('reads & between needs as a joiner, and a part that says it is one of several (分别) less strictly', () => {
    expect(read('ok 那担保 & 产业链融资 呢')).toEqual(['financing-guarantee', 'chain-financing']);
    expect(
      read('我们公司有一笔流贷快到期了想无缝续上 另外还想找担保公司做一笔新的 这两个政策分别讲一下'),
    ).toEqual(['seamless-renewal', 'financing-guarantee']);
  });

  it('reads one story about a topic the measures do not cover, parted by question marks, as one need', () => {
    // 帮我跟社保局说说: 跟 after 帮我 joins no need.
    expect(
      read('公司之前资金紧张欠了四个月社保，现在想补缴，滞纳金能不能减免？你们能帮我跟社保局说说吗'),
    ).toBeUndefined();
    // Beside it, a need the measures cover asked in a sentence of its own is still answered.
    expect(
      read(
        '我们做家居用品跨境出口的，打算在美国洛杉矶租个海外仓。政府有没有海外仓补贴？实在没有的话，贷款这块能不能有点优惠',
      ),
    ).toEqual(['outside', 'area:finance']);
  });

  it('reads a part that only asks whether we may join as about the measure named before it', () => {
    expect(
      read('是不是有个计划是搞数字化服务专员队伍和联合体？那个是什么，我们做软件服务的可不可以参加'),
    ).toBeUndefined();
    expect(
      read(
        'What is the 数字化服务专员 team under the 工赋伙伴 plan? We are an IT service provider, can we be part of it?',
      ),
    ).toBeUndefined();
  });

  it('reads 这些… as pointing back, and 属于哪项措施 as asking which measure the words before are', () => {
    expect(read('听说要打造一支数字化服务专员队伍，这些服务专员是干嘛的，属于哪项措施？')).toBeUndefined();
  });

  it('reads an amount told in English words as one thing, so a short need with it is still a need', () => {
    expect(
      read(
        "I'm a French founder in Shanghai. Can these measures help renew my own residence permit? And separately, we need a working capital loan of about 2 million yuan.",
      ),
    ).toEqual(['outside', 'candidates']);
  });

  it('reads a clause told of a time gone by as the story of the need, not a need of its own', () => {
    expect(
      read(
        '公司前阵子资金断了，欠了4个月社保没交，大概36万，现在每天还有滞纳金，这个滞纳金能减免吗？可以分期补缴吗？',
      ),
    ).toBeUndefined();
  });
});

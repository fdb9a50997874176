import { describe, expect, it } from 'vitest';
import { searchEngine } from '../helpers/knowledge.js';

const top = (q: string) => {
  const r = searchEngine().search(q);
  return {
    kind: r.kind,
    answered: r.answered,
    id: r.matches[0]?.id,
    ids: r.matches.map((m) => m.id),
    area: r.area,
  };
};

describe('search: the right measure however the question is typed', () => {
  it.each([
    ['无缝续贷怎么申请', 'seamless-renewal'],
    ['我们厂明年想上一条800万的技改产线,能申请市级专项吗', 'tech-retrofit'],
    ['政府性融资担保收费多少', 'financing-guarantee'],
    ['AI算力券', 'ai-compute-voucher'],
    ['专精特新小巨人奖励多少', 'specialized-sme'],
  ])('plain and colloquial Chinese: %s → %s', (q, id) => {
    expect(top(q)).toMatchObject({ kind: 'measure', id });
  });

  it.each([
    ['專精特新獎勵多少', 'specialized-sme'],
    ['無縫續貸', 'seamless-renewal'],
    ['ＡＩ算力券怎麼申請', 'ai-compute-voucher'],
    ['創(chuàng)新發(fā)展裡的研發投入獎勵', 'rd-reward'],
  ])('Traditional and damaged text: %s → %s', (q, id) => {
    expect(top(q).id).toBe(id);
  });

  it.each([
    ['无逢续贷', 'seamless-renewal'],
    ['专精特心', 'specialized-sme'],
    ['春雨闰苗', 'spring-rain-tax'],
    ['致评券', 'smart-manufacturing-voucher'],
  ])('sound-alike typos: %s → %s', (q, id) => {
    expect(top(q)).toMatchObject({ kind: 'measure', id });
  });

  it.each([
    ['算力卷怎么领', 'ai-compute-voucher'],
    ['揭榜挂率', 'open-challenges'],
  ])('one character off: %s → %s', (q, id) => {
    expect(top(q).id).toBe(id);
  });

  it.each([
    ['What is the target for enterprise technology centres at municipal level?', 'tech-retrofit'],
    ['Is there a cap on what guarantee companies charge?', 'financing-guarantee'],
    ['Is there support for firms renting GPU compute to train models?', 'ai-compute-voucher'],
  ])('English told in its own words, read against the measure in English: %s → %s', (q, id) => {
    expect(top(q)).toMatchObject({ kind: 'measure', id });
  });

  it.each([
    ['zhipingquan', 'smart-manufacturing-voucher'],
    ['wufeng xudai', 'seamless-renewal'],
    ['wengang kuogang', 'job-stabilization'],
  ])('pinyin typed without an IME: %s → %s', (q, id) => {
    expect(top(q)).toMatchObject({ kind: 'measure', id });
  });

  it.each([
    ['AI compute voucher', 'ai-compute-voucher'],
    ['IPO', 'listing-equity'],
    ['green factory subsidy', 'green-factories'],
    ['Is there any support for upgrading our machines?', 'tech-retrofit'],
  ])('English keywords: %s → %s', (q, id) => {
    expect(top(q).id).toBe(id);
  });

  it.each([
    ['技改', 'tech-retrofit'],
    ['高企首次进四上奖励', 'rd-reward'],
    ['规上企业智能制造评估', 'smart-manufacturing-voucher'],
  ])('synonyms and abbreviations: %s → %s', (q, id) => {
    expect(top(q).id).toBe(id);
  });

  it.each([
    ['第8条', 'ai-compute-voucher'],
    ['措施8', 'ai-compute-voucher'],
    ['第八项是什么', 'ai-compute-voucher'],
    ['第28项', 'yiqifu-actions'],
    ['22项', 'job-stabilization'],
  ])('direct references by our number: %s → %s', (q, id) => {
    expect(top(q)).toMatchObject({ kind: 'measure', id });
  });

  it('an official article reference finds the measures of that article', () => {
    expect(top('(二)')).toMatchObject({ kind: 'ambiguous', ids: ['scale-up', 'rd-reward'] });
    expect(top('第(一)条')).toMatchObject({ kind: 'measure', id: 'specialized-sme' });
  });

  it('a number that is not a reference is not read as one', () => {
    expect(top('若干措施一共多少条').kind).toBe('overview');
    expect(top('措施8000万').id).not.toBe('ai-compute-voucher');
    expect(top('益企赋有24项专项行动').id).toBe('yiqifu-actions');
  });
});

describe('search: areas and the overview', () => {
  it.each([
    ['金融方面有哪些措施', 'finance'],
    ['数字化转型有啥政策', 'digital'],
    ['纾困这块有什么政策', 'relief'],
    ['融通发展', 'collaboration'],
    ['纾困措施', 'relief'],
    ['舒困支持有哪些', 'relief'],
    ['我们想了解一下融资方面的支持', 'finance'],
    ['那有没有跟贷款有关的', 'finance'],
    ['想贷款', 'finance'],
    ['我们想融资', 'finance'],
    ['我要贷款', 'finance'],
    ['What innovation support measures are in the package?', 'innovation'],
    ["What's under digital transformation?", 'digital'],
  ])('%s lists the %s area', (q, area) => {
    const r = top(q);
    expect(r).toMatchObject({ kind: 'area', area, answered: true });
    expect(r.ids.length).toBeGreaterThan(0);
  });

  it.each(['有哪些措施', '28条是什么', '若干措施主要内容', '这份文件是哪个部门什么时候印发的 若干措施'])(
    '%s gives the overview',
    (q) => {
      expect(top(q)).toMatchObject({ kind: 'overview', answered: true });
    },
  );

  it('reads an area word in passing beside one clearly named measure as that measure', () => {
    expect(top('小微企业贷款太难了 有啥政策')).toMatchObject({ kind: 'measure', id: 'financing-access' });
    expect(top('若干措施里高层次人才培养每年培育多少人')).toMatchObject({ id: 'industry-elite' });
  });

  it('reads an area word told in a story as a passing mention when the list is asked for in another sentence', () => {
    const story = '有一笔流动资金贷款下个月到期，账上钱不够。听说可以不先还本金直接续贷，上海有什么政策？';
    expect(top(story)).not.toMatchObject({ kind: 'area' });
    expect(top(story)).toMatchObject({ id: 'seamless-renewal' });
    // Asked in the same sentence, the area is still the subject.
    expect(top('公司资金紧张。融资方面有什么政策？')).toMatchObject({ kind: 'area', area: 'finance' });
  });
});

describe('search: areas asked for in other ways', () => {
  it.each([
    ['稳岗、社保降费、税费这些纾困举措汇总一下', 'relief'],
    ['智评券、算力券这一类的措施都有哪些', 'digital'],
    ['小升规、技改所在的那个板块一共有几项措施', 'innovation'],
    ['精准服务这块除了服务月还有哪些措施', 'service'],
    ['rongzi fangmian you naxie zhengce', 'finance'],
    ['Walk me through the finance measures', 'finance'],
    ['Give me a rundown of the relief measures', 'relief'],
  ])('%s lists the %s area', (q, area) => {
    expect(top(q)).toMatchObject({ kind: 'area', area });
  });

  it('reads a measure named after its area (“金融板块里的十百千亿”) as that measure', () => {
    expect(top('金融板块里的十百千亿是什么意思')).toMatchObject({ kind: 'measure', id: 'seamless-renewal' });
  });

  it('does not read words of the package’s own names or a passing 重点 as an area or a list', () => {
    expect(top('上海市服务企业联席会议办公室发的那个文件讲了啥')).toMatchObject({ kind: 'overview' });
    expect(top('我司是重点产业链上的配套企业，想依托产业链融资')).toMatchObject({
      kind: 'measure',
      id: 'chain-financing',
    });
  });

  it('gives the overview for the document itself, not for another package or topic', () => {
    expect(top('发文机关和发文日期')).toMatchObject({ kind: 'overview' });
    expect(top('上海2024年新出台的中小企业政策有哪些')).not.toMatchObject({ kind: 'overview' });
    expect(top('上海住房限购政策有哪些规定')).toMatchObject({ kind: 'none' });
  });
});

describe('search: declines what it does not cover', () => {
  it.each(['车辆购置税减免', '社保卡补办', '家电以旧换新补贴', '企业年报怎么填', '明天上海天气怎么样'])(
    '%s is not covered',
    (q) => {
      expect(top(q)).toMatchObject({ kind: 'none', answered: false });
    },
  );

  it('reads 个 after 那/这/一 as a classifier: 那个税费 is no 个税 (individual income tax)', () => {
    expect(searchEngine().search('那个税费方面有没有支持的政策')).toMatchObject({ kind: 'measure' });
    expect(searchEngine().search('个税怎么算')).toMatchObject({ kind: 'none', declined: 'not-covered' });
  });

  it('declines a topic the measures do not cover, naming it, though it shares words with a measure', () => {
    // 专利 leads to 知识产权 (quality-ip) and 投标 to 政府采购, but the fee and the deposit are not in the measures.
    expect(searchEngine().search('专利年费怎么缴')).toMatchObject({
      kind: 'none',
      declined: 'not-covered',
      topic: '专利的申请、年费、转让和归属',
    });
    expect(searchEngine().search('政府采购投标保证金什么时候退')).toMatchObject({ declined: 'not-covered' });
    expect(searchEngine().search('科委的科技小巨人工程')).toMatchObject({ declined: 'not-covered' });
  });

  it.each([
    ['每个月AWS账单三万刀 这个云服务费能补吗', 'cloud-bills'],
    ['我们在融A轮 政府能不能直接投我们', 'government-stake'],
    ['Does any of the 28 measures pay for our coworking desk rent?', 'rent-relief'],
    ['香港同事的工作证和居留手续有没有政策', 'foreign-staff'],
    ['欠了四个月社保未交，能不能分期补交', 'social-insurance-admin'],
    ['二期临床实验马上要开，CRO报价三千多万，有没有能补的', 'clinical-and-registration'],
    ['Is there any subsidy for lab rent under these 28 measures?', 'rent-relief'],
    ['is there a per-head subsidy for vocational skills training of our workers?', 'training-subsidy'],
    ['村里搞减量化 厂要拆掉 搬迁有补偿吗', 'relocation'],
    ['电机要出口北美，要做UL和CSA certification，这个有没有subsidy', 'certification-fees'],
    ['老车间要翻新，这种装修改造的费用有补贴吗', 'renovation'],
    ['刚注册的个体户 开业有一次性补贴吗', 'startup-grants'],
    ['我们有笔贷款逾期了 征信能帮忙修复吗', 'credit-repair'],
    // A tax refund late is the refund, not money a customer owes (账款拖欠).
    ['出口退税拖了快三个月还没下来 有没有让退税快一点的政策', 'invoices'],
    ['我们想给员工换一批笔记本电脑 有补贴吗', 'office-equipment'],
    ['做跨境电商的 平台保证金压了好多钱 这个能补贴吗', 'platform-fees'],
    ['上市前请会计师事务所审计 还有券商的费用 这些能补吗', 'listing-intermediary-fees'],
  ])('reads “%s” as the uncovered topic %s', (q, topicId) => {
    expect(searchEngine().search(q)).toMatchObject({ declined: 'not-covered', topicId });
  });

  it('reads an uncovered topic with adverbs inside it (工资都快发不出来)', () => {
    expect(searchEngine().search('下个月工资都快发不出来了，政府能不能帮一把')).toMatchObject({
      declined: 'not-covered',
      topicId: 'payroll-difficulty',
    });
  });

  it('reads 有没有 before an uncovered topic as asking it, not as a step not taken (没有重新认定)', () => {
    expect(
      searchEngine().search('工人多，最低工资又调了，有没有直接补工资的政策，稳岗那个还有没'),
    ).toMatchObject({
      declined: 'not-covered',
      topicId: 'payroll-difficulty',
    });
  });

  it('answers the last sentence when the uncovered topic is only told before it', () => {
    const told = '员工工资都快发不出了。上海有没有专门治理拖欠中小企业账款的行动？';
    expect(top(told)).toMatchObject({ kind: 'measure', id: 'yiqifu-actions' });
    // Asked about (a question mark before the last sentence), the topic stays the answer.
    expect(
      searchEngine().search('员工工资都快发不出了？上海有没有专门治理拖欠中小企业账款的行动？').declined,
    ).toBe('not-covered');
  });

  it('does not find an uncovered term inside other words (年报 in 每年报税)', () => {
    expect(searchEngine().search('每年报税都像打仗 减免政策能享受哪些').declined).not.toBe('not-covered');
  });

  it('answers a question that names a measure as fully as the uncovered topic', () => {
    // 专精特新 is named as fully as 认定材料: the question is about the measure, and its answer says what the source lacks.
    expect(top('专精特新认定材料')).toMatchObject({ kind: 'measure', id: 'specialized-sme' });
  });

  it('reads 外地 as part of a question, not as another region', () => {
    expect(top('租用外地的算力能用算力券吗')).toMatchObject({ kind: 'measure', id: 'ai-compute-voucher' });
  });

  it('reads where computing power is rented (租在深圳, 在杭州租的) as a fact about the company, not the policy’s region', () => {
    expect(top('我们的算力是租在深圳的，用来训大模型，能申请算力券么')).toMatchObject({
      kind: 'measure',
      id: 'ai-compute-voucher',
    });
    expect(top('算力在杭州租的能用算力券吗')).toMatchObject({ kind: 'measure', id: 'ai-compute-voucher' });
    expect(searchEngine().search('明年想去德国科隆展，展位费有没有参展补贴').declined).not.toBe(
      'other-region',
    );
    expect(top('我們的模型是在新加坡的雲上租GPU訓練的，AI算力券能補嗎')).toMatchObject({
      kind: 'measure',
      id: 'ai-compute-voucher',
    });
    expect(searchEngine().search('深圳的算力券怎么申请')).toMatchObject({
      declined: 'other-region',
      region: '深圳',
    });
  });

  it('declines another region’s policy however close its words are', () => {
    const r = searchEngine().search('深圳专精特新奖励标准');
    expect(r).toMatchObject({ kind: 'none', declined: 'other-region', region: '深圳' });
    expect(searchEngine().search('Tell me about Singapore’s digitalisation grant')).toMatchObject({
      declined: 'other-region',
      region: 'Singapore',
    });
  });

  it('reads a region that is only background in English (export to Europe, GPUs in Singapore) as background', () => {
    expect(
      searchEngine().search('We export furniture to Europe. Are there export subsidies?').declined,
    ).not.toBe('other-region');
    const gpus = searchEngine().search('We rent GPUs in Singapore. Can we use the AI compute voucher?');
    expect(gpus.kind).toBe('measure');
    expect(gpus.matches[0]!.id).toBe('ai-compute-voucher');
    expect(searchEngine().search('What grants does Hong Kong give to startups?')).toMatchObject({
      declined: 'other-region',
      region: 'Hong Kong',
    });
  });

  it('answers a question that names another region beside Shanghai', () => {
    expect(top('租的是贵州的算力中心 能申请上海的算力券吗')).toMatchObject({
      kind: 'measure',
      id: 'ai-compute-voucher',
    });
    // A region only as background: where the company comes from, who its customers are.
    expect(top('昆山搬过来的注塑厂 智能制造评估诊断有补贴吗')).toMatchObject({
      kind: 'measure',
      id: 'smart-manufacturing-voucher',
    });
    expect(top('欧洲客户要求碳中和认定 绿色工厂怎么评')).toMatchObject({ id: 'green-factories' });
  });

  it('declines empty, punctuation-only and emoji-only input', () => {
    for (const q of ['', '   ', '？？？。。。', '😀🎉'])
      expect(top(q)).toMatchObject({ kind: 'none', answered: false });
  });
});

describe('search: ambiguity', () => {
  it('two measures named outright are offered as candidates', () => {
    const r = top('专精特新和小升规有啥支持');
    expect(r.kind).toBe('ambiguous');
    expect(r.ids).toEqual(expect.arrayContaining(['specialized-sme', 'scale-up']));
  });

  it('returns at most five matches, best first, with scores in [0, 1]', () => {
    const r = searchEngine().search('技改');
    expect(r.matches.length).toBeLessThanOrEqual(5);
    const scores = r.matches.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const s of scores) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});

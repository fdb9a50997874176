// Messages that tell several needs in the ways people type them: pasted as lines, for a 服务包, in a
// story whose costs are owed to the enterprise, or with a fact in the clause that asks.
import { describe, expect, it } from 'vitest';
import { Responder, type Response } from '../../src/conversation/respond.js';
import { detectIntent } from '../../src/conversation/detectIntent.js';
import { knowledge, searchEngine } from '../helpers/knowledge.js';

const responder = new Responder({ kb: knowledge(), engine: searchEngine(), today: () => '2026-12-02' });
const sectionsOf = (response: Response) =>
  response.kind === 'answer' && response.answer.type === 'several'
    ? response.answer.sections.map((s) => (s.kind === 'measure' ? s.answer.measure.id : s.kind))
    : response.kind === 'answer'
      ? response.answer.type
      : response.kind;

describe('several needs as people type them', () => {
  it('reads a list pasted as lines as one need a line, not one clause across the lines', () => {
    const pasted = [
      '帮几个客户一起问，麻烦分别回答：',
      'A公司（机械加工）：想贷款，流动资金比较紧',
      'B公司：准备做技改，设备更新大概投1500万',
      'C公司：今年刚被认定为专精特新中小企业，有没有奖励',
    ].join('\n');
    expect(sectionsOf(responder.respond(pasted))).toEqual([
      'financing-access',
      'tech-retrofit',
      'specialized-sme',
    ]);
  });

  it('answers how much a kind of enterprise gets with the rule, not a check of a case nobody told', () => {
    for (const text of [
      '新认定的专精特新中小企业有多少奖励？',
      '我是公司的政策申报专员，领导让我查一下新认定专精特新小巨人区里奖多少钱',
    ]) {
      const asked = responder.respond(text);
      expect(asked.kind === 'answer' && asked.answer.type).toBe('measure');
    }
  });

  it('reads 现在还有哪些 as what is still open, not another request beside the first', () => {
    const response = responder.respond('现在还有哪些可以申请？还是全部都过了期？');
    expect(response.kind === 'answer' && response.answer.type).toBe('status-list');
  });

  it('leaves what has ended out when told 过期的就别说了', () => {
    const response = responder.respond('现在还有哪些政策是能申请的？过期的就别说了 我看不过来');
    expect(
      response.kind === 'answer' && response.answer.type === 'status-list' && response.answer.endedHidden,
    ).toBe(true);
  });

  it('lists by date for the whole package when only 到期 sounds like the finance area', () => {
    const all = responder.respond('这些政策里哪些是到2023年底就结束或者到期的');
    expect(all.kind === 'answer' && all.answer.type === 'status-list' && all.answer.area).toBeUndefined();
    const finance = responder.respond('融资方面哪些已经过期了');
    expect(
      finance.kind === 'answer' && finance.answer.type === 'status-list' && finance.answer.area?.id,
    ).toBe('finance');
    const digital = responder.respond('数字化转型里面哪些还能申请');
    expect(
      digital.kind === 'answer' && digital.answer.type === 'status-list' && digital.answer.area?.id,
    ).toBe('digital');
  });

  it('reads “what’s still open” as the list by date, not the Open challenges measure', () => {
    const response = responder.respond("what's still open right now that I could actually apply for?", {
      lang: 'en',
    });
    expect(response.kind === 'answer' && response.answer.type).toBe('status-list');
  });

  it('answers the rule for a category of enterprise named in the question, not a check', () => {
    for (const [text, lang] of [
      ['首次进四上的高企 研发投入奖励比例多少', 'zh'],
      [
        'Hi, what’s the reward for R&D spending for a high-tech firm that just became a four-above enterprise for the first time?',
        'en',
      ],
    ] as const) {
      const response = responder.respond(text, { lang });
      expect(
        response.kind === 'answer' && response.answer.type === 'measure' && response.answer.measure.id,
      ).toBe('rd-reward');
    }
  });

  it('answers each measure named after 先问下, not the first alone', () => {
    const response = responder.respond('在等的时候先问下 无缝续贷和融资担保费率分别是啥政策');
    expect(response.kind === 'answer' && response.answer.type).toBe('several');
  });

  it('reads 数字化服务专员 as the one measure it names, not the digital area beside the specialists', () => {
    const response = responder.respond('你们说的数字化服务专员是干嘛的');
    expect(
      response.kind === 'answer' && response.answer.type === 'measure' && response.answer.measure.id,
    ).toBe('empowerment-partners');
  });

  it('compares two measures asked “哪个是…的”', () => {
    const response = responder.respond('稳岗扩岗跟春雨润苗 哪个是减税的');
    expect(response.kind === 'answer' && response.answer.type).toBe('compare');
  });

  it('answers a dated stage’s time when our own case asks whether it still applies', () => {
    const response = responder.respond(
      '我们是做装修工程的小公司，政府采购工程给中小企业预留40%的那个 现在还能享受吗',
    );
    expect(response.kind === 'answer' && response.answer.type === 'measure' && response.answer.focus).toBe(
      'deadline',
    );
  });

  it('lists by date after a partial answer of two measures, instead of asking each of them again', () => {
    const response = responder.respond('但是那个是23年的吧，现在还有哪些能用的 哪些已经结束了 给我列一下', {
      lastList: ['relief-specialists', 'job-stabilization'],
      declinesInARow: 1,
    });
    expect(response.kind === 'answer' && response.answer.type).toBe('status-list');
  });

  it('hands over to a person asked for outright beside a push back on a result', () => {
    const response = responder.respond('这不对吧 证书我们在重新申请了 这种情况我要找个人当面说清楚', {
      lastResultMeasureId: 'rd-reward',
      lastMeasureId: 'rd-reward',
      earlierText:
        '我们去年研发投入200万 今年刚成为四上企业 但是高新技术企业证书今年年初过期了 还能拿那个研发奖励吗',
    });
    expect(response.kind).toBe('handoff');
  });

  it('reads 那具体找谁聊 with no measure before it as asking for a person', () => {
    expect(responder.respond('行吧 那具体找谁聊').kind).toBe('handoff');
  });

  it('answers the measure the whole message names plainly when the asking clause names only a faint one', () => {
    const response = responder.respond('你说的绿色工厂那个 建了能给多少钱', {
      lastList: ['relief-specialists'],
      declinesInARow: 1,
    });
    expect(
      response.kind === 'answer' && response.answer.type === 'measure' && response.answer.measure.id,
    ).toBe('green-factories');
  });

  it('reads past a leading @mention of the bot', () => {
    const response = responder.respond('@益企问 我们是做人工智能的小公司\n租了算力训模型 有啥补贴没');
    expect(
      response.kind === 'answer' && response.answer.type === 'measure' && response.answer.measure.id,
    ).toBe('ai-compute-voucher');
  });

  it('reads 有政策管吗 as asking about the cost named before it', () => {
    const response = responder.respond('融资担保费太贵了 有政策管吗');
    expect(
      response.kind === 'answer' && response.answer.type === 'measure' && response.answer.measure.id,
    ).toBe('financing-guarantee');
  });

  it('answers the measures named for a 服务包 each, instead of starting a check-up', () => {
    expect(
      sectionsOf(
        responder.respond('给客户做服务包，研发投入奖励、AI算力券、智评券这三个，分别把比例和上限给我列清楚'),
      ),
    ).toEqual(['rd-reward', 'ai-compute-voucher', 'smart-manufacturing-voucher']);
    expect(responder.respond('帮我们企业做个服务包').kind).toBe('start-checkup');
  });

  it('reads freight a customer has not paid as money owed (益企赋), not a logistics subsidy', () => {
    const story =
      '银行那笔300万的贷款下个月到期了想续上，不想先还再借；大客户那边运费拖了快半年没给；员工社保每个月也是一大笔。这几个方面有没有政策';
    expect(sectionsOf(responder.respond(story))).toEqual(
      expect.arrayContaining(['seamless-renewal', 'yiqifu-actions', 'job-stabilization']),
    );
    expect(sectionsOf(responder.respond('运费太贵了，有没有运费补贴'))).toBe('partial');
  });

  it('says for each section asked “现在都还有吗” whether the report dates it', () => {
    const response = responder.respond('采购预留40% 还有揭榜挂帅 现在都还有吗');
    expect(sectionsOf(response)).toEqual(['gov-procurement', 'open-challenges']);
    expect(
      response.kind === 'answer' && response.answer.type === 'several' && response.answer.sections,
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ answer: expect.objectContaining({ focus: 'deadline' }) }),
      ]),
    );
  });

  it('answers a wish outside the measures with an alternative asked after it as one partial answer', () => {
    expect(
      sectionsOf(
        responder.respond('想把几台老柴油车换成新能源货车，有没有买车补贴？钱不够的话贷款这块有没有啥支持'),
      ),
    ).toBe('partial');
  });

  it('reads a fact the asking clause states (还没进四上), not only those before it', () => {
    const response = responder.respond('我们是高新技术企业，证书还在有效期，但是营收不够还没进四上，能拿吗', {
      lastMeasureId: 'rd-reward',
    });
    expect(response).toMatchObject({
      kind: 'start-eligibility',
      measureId: 'rd-reward',
      facts: { 'is-high-tech': true, 'first-time-sishang': false },
    });
  });
});

describe('asking for a person, and not', () => {
  const intentOf = (text: string) => detectIntent(text, { glossary: knowledge().glossary }).type;
  it.each([
    '俺不跟机器唠，叫个管事儿的人来跟俺说',
    '恁们领导搁哪儿呢',
    '说了半天等于没说🙄 转人工吧 找个真人聊',
    '你这个人工智能根本听不懂人话我要找真人客服听到没有真人',
    '人呢',
    'human pls',
    '今年刚评上专精特新，奖励的事情看得稀里糊涂的。能不能约个时间，我带着材料过去当面问问？',
    '有没有办事的窗口啊，线下那种可以直接去排队的？',
    '能不能视频啊？打字太累了说不清楚',
    '我想跟负责这块的同志直接聊聊，我们情况有点特殊',
    '能给个邮箱吗？我把申请材料打包发过去',
  ])('“%s” asks for a person', (text) => {
    expect(intentOf(text)).toBe('person');
  });
  it('reads who sent the user here, and a person declined, as no wish for a person', () => {
    expect(intentOf('园区客服让我来这问：专精特新的奖励和小升规的支持分别是怎样的')).not.toBe('person');
    expect(intentOf('不用找客服，我自己看就行：28条里面现在还能申请的有哪些？')).not.toBe('person');
  });
  it('keeps “not a person” within its clause', () => {
    expect(intentOf('我又没说转人工')).not.toBe('person');
    expect(intentOf('我想了解人工智能方面的扶持，not 人工客服 哈')).not.toBe('person');
  });
  it('reads customer service staff the enterprise hires as staff, not a wish for a person', () => {
    expect(intentOf('想招两个外国人做海外客服，外籍员工的工作许可有政策吗')).not.toBe('person');
  });
});

describe('trademarks', () => {
  it('reads protecting a brand’s trademark as brand building and IP protection (第26项)', () => {
    expect(
      sectionsOf(
        responder.respond(
          '家庭农场主，去年贷的款今年到期了想接着续上，另外想给自家大米注册个商标做品牌，这俩有政策么',
        ),
      ),
    ).toEqual(['seamless-renewal', 'quality-ip']);
  });
  it('says registering a trademark and its fees are outside the 28 measures', () => {
    expect(sectionsOf(responder.respond('注册商标的费用有补贴吗'))).toBe('partial');
    expect(sectionsOf(responder.respond('想给自家产品注册个商标 商标费政府给报销不'))).toBe('partial');
  });
});

describe('short and plain ways of naming needs', () => {
  it('reads 税 beside another need as the tax measure, and a need blurred by asking words by its core', () => {
    expect(sectionsOf(responder.respond('税和社保分别有啥优惠'))).toEqual([
      'spring-rain-tax',
      'job-stabilization',
    ]);
    expect(sectionsOf(responder.respond('续贷和担保这两个再分别展开讲讲'))).toEqual([
      'seamless-renewal',
      'financing-guarantee',
    ]);
  });

  it('reads plain words for R&D spending and for borrowing to tide over', () => {
    const measureOf = (text: string) => {
      const r = responder.respond(text);
      return r.kind === 'answer' && r.answer.type === 'measure' ? r.answer.measure.id : r.kind;
    };
    expect(measureOf('听说研发花的钱政府能返一点？')).toBe('rd-reward');
    expect(measureOf('手头钱不够周转')).toBe('financing-access');
  });

  it('reads a step not yet taken beside a measure as the story, not a topic outside the measures', () => {
    const r = responder.respond(
      '我们高新证书去年8月就到期了 还没重新认定 今年刚成为四上 研发大概600万 这样能拿吗',
      {
        lastMeasureId: 'rd-reward',
      },
    );
    expect(r).toMatchObject({ kind: 'start-eligibility', measureId: 'rd-reward' });
  });

  it('asks the time of each measure just shown side by side (以上两项是否仍在执行期内)', () => {
    const r = responder.respond('以上两项目前是否仍在执行期内？', {
      lastList: ['financing-access', 'seamless-renewal'],
    });
    expect(sectionsOf(r)).toEqual(['financing-access', 'seamless-renewal']);
  });

  it('reads an English ordinal inside the question as the item of the last list', () => {
    const r = responder.respond('how much money does the last one give per company?', {
      lang: 'en',
      lastList: ['smart-manufacturing-voucher', 'ai-compute-voucher', 'cloud-adoption'],
    });
    expect(r.kind === 'answer' && r.answer.type === 'measure' && r.answer.measure.id).toBe('cloud-adoption');
  });
});

describe('names typed together, corrections and short follow-ups', () => {
  it('reads two names typed with nothing between them as two needs', () => {
    expect(sectionsOf(responder.respond('算力卷智评券'))).toEqual([
      'ai-compute-voucher',
      'smart-manufacturing-voucher',
    ]);
    expect(sectionsOf(responder.respond('技改補貼綠色工廠'))).toEqual(['tech-retrofit', 'green-factories']);
    // One measure named twice over is still one.
    expect(sectionsOf(responder.respond('专精特新小巨人奖励'))).toBe('measure');
  });

  it('reads the reference after a correction (不是这个 我点错了 要第二个)', () => {
    const r = responder.respond('不是这个 我点错了 要第二个', {
      lastMeasureId: 'empowerment-partners',
      lastList: ['ai-compute-voucher', 'smart-manufacturing-voucher', 'empowerment-partners'],
    });
    expect(r.kind === 'answer' && r.answer.type === 'measure' && r.answer.measure.id).toBe(
      'smart-manufacturing-voucher',
    );
  });

  it('lists what ended, asked in two English words', () => {
    const r = responder.respond('expired ones?', { lang: 'en' });
    expect(r.kind === 'answer' && r.answer.type).toBe('status-list');
  });

  it('says software licences and cloud bills abroad are outside the measures, and what may still help', () => {
    expect(sectionsOf(responder.respond('我们每年要买正版软件授权，加起来七八十万，这个有补贴吗'))).toBe(
      'partial',
    );
    expect(
      sectionsOf(responder.respond('我们的云账单大部分在海外，AWS东京和Azure香港，这部分有补贴吗')),
    ).toBe('partial');
  });
});

describe('lists asked in other words', () => {
  it('lists an area asked for as “what kind of … support”', () => {
    const r = responder.respond('what kind of financing support is there for small companies in shanghai?', {
      lang: 'en',
    });
    expect(r.kind === 'answer' && r.answer.type).toBe('area');
  });
  it('reads Cantonese 嗰啲 (those) in a question about what ended', () => {
    const r = responder.respond('嗰啲2023年底到期嘅措施，而家仲有冇效㗎？');
    expect(r.kind === 'answer' && r.answer.type).toBe('status-list');
  });
});

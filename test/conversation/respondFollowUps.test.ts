// Follow-ups about the last measure that name nothing else: how often it gives (每年都能领吗), and an
// English question that calls it “it”.
import { describe, expect, it } from 'vitest';
import { Responder } from '../../src/conversation/respond.js';
import { composePersonAnswer } from '../../src/answers/composeAnswer.js';
import { renderAnswerText } from '../../src/answers/renderText.js';
import { knowledge, searchEngine } from '../helpers/knowledge.js';

const responder = new Responder({ kb: knowledge(), engine: searchEngine(), today: () => '2026-12-02' });
/** The measure a response answers about, if it is one measure's answer. */
const answeredMeasure = (response: ReturnType<Responder['respond']>) =>
  response.kind === 'answer' && response.answer.type === 'measure' ? response.answer.measure.id : undefined;
const measureOf = (text: string, lang: 'zh' | 'en' = 'zh') => {
  const response = responder.respond(text, { lastMeasureId: 'rd-reward', lang });
  return response.kind === 'answer' && response.answer.type === 'measure'
    ? response.answer.measure.id
    : response.kind;
};

describe('a complaint or a “why not” about a measure', () => {
  it('answers a complaint about a measure with the measure and the people to take it to', () => {
    const response = responder.respond(
      '我们去年新认定了专精特新，区里说有奖励但一直没到账：1. 想投诉 2. 找谁问进度',
    );
    expect(response.kind).toBe('handoff');
    expect(response.kind === 'handoff' && JSON.stringify(response.also)).toContain('"id":"specialized-sme"');
    // Customers' complaints are the story, not a wish for a person.
    expect(
      answeredMeasure(
        responder.respond('最近客户投诉我们产品质量的越来越多，想抓一下质量、把品牌做起来，有相关政策吗？'),
      ),
    ).toBe('quality-ip');
  });

  it('checks the facts told when the message asks why the enterprise does not qualify', () => {
    const response = responder.respond('我们厂想换两条产线 总投资大概600万,问了下说市级技改专项够不上,为啥');
    expect(response).toMatchObject({
      kind: 'start-eligibility',
      measureId: 'tech-retrofit',
      facts: { 'retrofit-investment': 6000000 },
    });
  });
});

describe('follow-ups about the last measure', () => {
  it('answers 那找谁 with the people to ask and the measure’s own channels; 找谁办 with the measure', () => {
    for (const asked of ['那找谁', '好的谢谢。那这个具体得找谁问呢']) {
      const response = responder.respond(asked, { lastMeasureId: 'ai-compute-voucher' });
      expect(response.kind).toBe('handoff');
      if (response.kind === 'handoff')
        expect(response.also?.type === 'measure' && response.also.measure.id).toBe('ai-compute-voucher');
    }
    expect(answeredMeasure(responder.respond('找谁办', { lastMeasureId: 'specialized-sme' }))).toBe(
      'specialized-sme',
    );
  });

  it('answers a step asked after a story about the last measure with the step, not a check', () => {
    expect(measureOf('我们不是高新 这个用不上 上一项是啥')).toBe('scale-up');
    // The facts alone are still a check of the last measure.
    expect(measureOf('我们不是高新')).not.toBe('scale-up');
  });

  it('answers a complaint typed in pinyin (我要tousu) about a measure with the people and the measure', () => {
    const response = responder.respond('我要tousu!!去年就认定专精特新了 区里说的奖励到现在都没到账 找谁');
    expect(response.kind).toBe('handoff');
  });

  it('answers what is asked beside a person: several measures, numbered or in English, and a story with its question', () => {
    const alsoOf = (text: string, lang: 'zh' | 'en' = 'zh') => {
      const response = responder.respond(text, { lang });
      return response.kind === 'handoff' ? response.also?.type : response.kind;
    };
    expect(
      alsoOf(
        '想问三个事：1.研发投入那个奖励能拿多少 2.专精特新认定下来区里奖多少 3.能不能安排个专员跟我们对接下',
      ),
    ).toBe('several');
    expect(
      alsoOf(
        'Could you explain both the AI compute voucher and the smart manufacturing assessment voucher? Also is there someone we could actually talk to about applying?',
        'en',
      ),
    ).toBe('several');
    expect(
      alsoOf('我要投诉！国企客户拖欠我们货款八个月了，你们这个政策到底管不管用？给我找个能负责的人'),
    ).toBe('measure');
    expect(
      alsoOf(
        "I want to reach a human eventually. What's the difference between the SME service specialists and the Enterprise Service Cloud?",
        'en',
      ),
    ).toBe('compare');
    // A story with no question beside it, or frustration with the last measure: the person alone.
    expect(alsoOf('我要投诉！区里说好的补贴拖了半年都没到账，你们到底管不管')).toBeUndefined();
    const after = responder.respond('说了半天我还是不知道去哪办，帮我转个人工', {
      lastMeasureId: 'seamless-renewal',
    });
    expect(after.kind === 'handoff' && after.also).toBeFalsy();
  });

  it('answers how often it gives with the measure, not a check', () => {
    expect(measureOf('每年都能領嗎？')).toBe('rd-reward');
    expect(measureOf('我们能领吗')).toBe('start-eligibility');
    const stillOpen = responder.respond('那现在还能报吗', { lastMeasureId: 'smart-manufacturing-voucher' });
    expect(stillOpen.kind === 'answer' && stillOpen.answer.type === 'measure' && stillOpen.answer.focus).toBe(
      'deadline',
    );
  });

  it('reads the last measure’s own figure, or “this money”, as about it', () => {
    const about = (text: string, lastMeasureId: string) => {
      const response = responder.respond(text, { lastMeasureId, lang: 'zh' });
      return response.kind === 'answer' && response.answer.type === 'measure'
        ? response.answer.measure.id
        : response.kind === 'answer'
          ? response.answer.type
          : response.kind;
    };
    expect(about('是1%以下还是包括1%？我要写进给领导的材料里，不能错', 'financing-guarantee')).toBe(
      'financing-guarantee',
    );
    expect(about('这钱是市里发还是区里发？是固定就这个数，还是说这只是最低？', 'specialized-sme')).toBe(
      'specialized-sme',
    );
  });

  it('reads the deadline asked beside what the writer saw of the others as the last measure’s', () => {
    const response = responder.respond('截止到什么时候？2026年了还能申请吗，我看别的几条都是2023年底', {
      lastMeasureId: 'rd-reward',
    });
    expect(answeredMeasure(response)).toBe('rd-reward');
  });

  it('answers the amount of a measure called by its conditions with its rule, not a check', () => {
    for (const asked of [
      '高企第一次成为四上企业的那个一次性奖励是多少？',
      '高新技术企业头一回进四上，有没有奖励',
      '高新企业第一次进四上 是不是有个研发奖励',
    ]) {
      const response = responder.respond(asked, {});
      expect(answeredMeasure(response)).toBe('rd-reward');
    }
  });

  it('answers whether a one-off is given again with the measure, unless the facts rule it out', () => {
    const again = responder.respond(
      '去年我们首次进四上，高新证书也在有效期，已经拿过一次研发投入奖励了。今年还能不能再按5%申请一次？',
      {},
    );
    expect(again.kind === 'answer' && again.answer.type === 'measure' && again.answer.measure.id).toBe(
      'rd-reward',
    );
    expect(
      responder.respond('我们公司2025年就被认定为专精特新中小企业了，今年还能再领一次那个奖励吗？', {}).kind,
    ).toBe('start-eligibility');
  });

  it('reads the cap a message quotes (最多50万的奖励) as the rule’s, not as our amount or a question', () => {
    const response = responder.respond(
      '听隔壁说有个研发投入5%、最多50万的奖励，我们能拿吗？我们没有高新证书，也不是什么四上企业',
      {},
    );
    expect(response.kind).toBe('start-eligibility');
  });

  it('answers the cap asked after a measure, in words that name nothing else', () => {
    const response = responder.respond('那有没有封顶金额？比如一家企业最多补多少万，财务要做预算', {
      lastMeasureId: 'ai-compute-voucher',
    });
    expect(response.kind === 'answer' && response.answer.type === 'measure' && response.answer.focus).toBe(
      'amount',
    );
  });

  it('works out a what-if amount that names the last measure again, faintly', () => {
    const response = responder.respond('投入1200万呢', { lastMeasureId: 'rd-reward' });
    expect(response.kind === 'answer' && response.answer.type).toBe('calculation');
  });

  it('reads “it” as the last measure when nothing else is named', () => {
    expect(measureOf('Can we claim it every year?', 'en')).toBe('rd-reward');
  });

  it('reads an amount asked about the past as a question, not a what-if', () => {
    const response = responder.respond('was the bar 20m before?', {
      lastMeasureId: 'tech-retrofit',
      lang: 'en',
    });
    expect(response.kind === 'answer' && response.answer.type).toBe('measure');
  });

  it('reads “that one” as the measure the message names, when it names one', () => {
    const response = responder.respond(
      'And the AI computing power voucher, is there a deadline for that one?',
      {
        lastMeasureId: 'rd-reward',
        lang: 'en',
      },
    );
    expect(answeredMeasure(response)).toBe('ai-compute-voucher');
  });

  it('says when asked for a closing date that a target year is none', () => {
    const response = responder.respond('申请截止到什么时候', { lastMeasureId: 'specialized-sme' });
    expect(response.kind === 'answer' && renderAnswerText(knowledge(), response.answer)).toContain(
      knowledge().replies.followUp.noClosingDate,
    );
  });

  it('asks for the measures by date within the area just listed (这里面), not a check-up', () => {
    const finance = [
      'financing-access',
      'seamless-renewal',
      'financing-guarantee',
      'chain-financing',
      'listing-equity',
    ];
    const response = responder.respond('这里面现在已经结束了的是哪个', { lastList: finance });
    expect(
      response.kind === 'answer' && response.answer.type === 'status-list' && response.answer.area?.id,
    ).toBe('finance');
    const whole = responder.respond('28条里面哪些已经过期了', { lastList: finance });
    expect(
      whole.kind === 'answer' && whole.answer.type === 'status-list' && whole.answer.area,
    ).toBeUndefined();
    const checkup = responder.respond('帮我看看哪些政策已经截止了，别让我们白准备一堆材料');
    expect(checkup.kind === 'answer' && checkup.answer.type).toBe('status-list');
  });

  it('answers whether the two measures just shown combine, for those two', () => {
    const response = responder.respond('两个能同时拿吗，会不会冲突只能二选一', {
      lastList: ['rd-reward', 'specialized-sme'],
    });
    expect(response.kind === 'answer' && response.answer.type === 'several' && response.answer.combined).toBe(
      true,
    );
  });

  it('reads a hotline, or whom a client should speak to, as asking for a person', () => {
    expect(responder.respond('你们有没有热线电话？智评券的事我想直接打电话问').kind).toBe('handoff');
    expect(responder.respond('Who should my client speak to for help now?', { lang: 'en' }).kind).toBe(
      'handoff',
    );
    expect(
      responder.respond('Who should we contact to use it?', { lastMeasureId: 'rd-reward', lang: 'en' }).kind,
    ).toBe('answer');
  });

  it('says the source publishes no phone number when a person is asked for by phone', () => {
    const response = responder.respond('有没有人工热线电话？');
    expect(response).toEqual({ kind: 'handoff', reason: 'asked', asksNumber: true });
    expect(renderAnswerText(knowledge(), composePersonAnswer(knowledge(), 'asked', true))).toContain(
      knowledge().replies.person.noNumber,
    );
    expect(responder.respond('转人工')).toEqual({ kind: 'handoff', reason: 'asked' });
  });

  it('reads words of the last measure’s title, in a message that names nothing else, as that measure', () => {
    const context = { lastMeasureId: 'job-stabilization' };
    expect(responder.respond('那降费具体是怎么降的', context).kind).toBe('answer');
    expect(measureOf('那降费具体是怎么降的')).not.toBe('job-stabilization');
    expect(responder.respond('那降费具体是怎么降的，我们这种小店能享受吗', context)).toMatchObject({
      kind: 'start-eligibility',
      measureId: 'job-stabilization',
    });
    const asked = responder.respond('那降费具体是怎么降的', context);
    expect(asked.kind === 'answer' && asked.answer.type === 'measure' && asked.answer.measure.id).toBe(
      'job-stabilization',
    );
  });

  it('reads two items of the list just shown in the first clause, whatever the clauses after tell', () => {
    const lastList = ['specialized-sme', 'scale-up', 'rd-reward', 'tech-achievements', 'tech-retrofit'];
    const response = responder.respond('第三个和第五个分别说一下，我有会员对这两条感兴趣', { lastList });
    expect(
      response.kind === 'answer' &&
        response.answer.type === 'several' &&
        response.answer.sections.map((s) => s.kind === 'measure' && s.answer.measure.id),
    ).toEqual(['rd-reward', 'tech-retrofit']);
  });

  it('reads “why do they say it has nothing to do with us” as whether we qualify, with the facts told', () => {
    expect(
      responder.respond(
        '我们2019年就是规上企业了，高企证书也在有效期内，去年研发投入600万，为啥别人说这个一次性奖励跟我们没关系？',
      ),
    ).toMatchObject({
      kind: 'start-eligibility',
      measureId: 'rd-reward',
      facts: { 'first-time-sishang': false },
    });
  });

  it('reads “why is our company not among them” as whether we qualify, with the facts told', () => {
    expect(
      responder.respond('我们2021年就被认定为专精特新了，为什么今年区里的10万奖励没有我们'),
    ).toMatchObject({
      kind: 'start-eligibility',
      measureId: 'specialized-sme',
      facts: { 'specialized-status': 'none' },
    });
  });

  it('reads what the district adds to the last measure, however the question ends', () => {
    for (const asked of [
      '那区里有没有配套的？',
      '那我们区里有没有配套的',
      '那区里有没有配套的钱',
      '区里呢？区里有没有配套',
    ]) {
      const response = responder.respond(asked, { lastMeasureId: 'smart-manufacturing-voucher' });
      expect(
        response.kind === 'answer' && response.answer.type === 'measure' && response.answer.measure.id,
        asked,
      ).toBe('smart-manufacturing-voucher');
    }
  });

  it('reads an English follow-up opened with “ok, and” as about the last measure', () => {
    const response = responder.respond('ok, and how do we apply? who should I contact?', {
      lastMeasureId: 'seamless-renewal',
      lang: 'en',
    });
    expect(answeredMeasure(response)).toBe('seamless-renewal');
  });

  it('answers a second request asked “by the way” beside a check, not only the check', () => {
    const response = responder.respond(
      '我们是做外贸的工厂，规上工业企业，想问有没有出口补贴？顺便问一下智评券我们能不能用',
    );
    expect(response.kind === 'answer' && response.answer.type).toBe('partial');
  });

  it('answers the cap asked of a measure with its rule when no amount of ours is given', () => {
    const response = responder.respond('我们是做工业设计的高新技术企业，研发奖励那个最多能给多少');
    expect(answeredMeasure(response)).toBe('rd-reward');
    expect(responder.respond('我们是高企，今年首次进四上，研发投入1200万，最多能拿多少').kind).toBe(
      'start-eligibility',
    );
  });

  it('reads an English “why did they reject” as whether we qualify, with the facts told', () => {
    expect(
      responder.respond(
        "We're a high-tech enterprise with a valid certificate and spent 3 million yuan on R&D last year, but we are not a 四上 enterprise yet. Why did the district reject our R&D reward?",
        { lang: 'en' },
      ),
    ).toMatchObject({
      kind: 'start-eligibility',
      measureId: 'rd-reward',
      facts: { 'first-time-sishang': false },
    });
  });

  it('works out a corrected amount for the last measure (不对 我记错了 是1200万, sorry I meant 2 million)', () => {
    const zh = responder.respond('不对 我记错了 是1200万', { lastMeasureId: 'rd-reward' });
    expect(zh.kind === 'answer' && zh.answer.type).toBe('calculation');
    const en = responder.respond('sorry I meant 2 million', {
      lastMeasureId: 'ai-compute-voucher',
      lang: 'en',
    });
    expect(en.kind === 'answer' && en.answer.type).toBe('calculation');
  });

  it('reads “the ones still open” after one measure as a list by date, not that measure’s time', () => {
    const response = responder.respond('那现在还能申请的呢', { lastMeasureId: 'gov-procurement' });
    expect(response.kind === 'answer' && response.answer.type).toBe('status-list');
  });

  it('reads a person to get things done, asked for in Mandarin or Shanghainese', () => {
    expect(responder.respond('别绕了，直接给我接个能办事的人').kind).toBe('handoff');
    expect(responder.respond('侬好，阿拉想寻个真个人讲讲闲话，有伐？').kind).toBe('handoff');
  });

  it('takes a short yes after two declines as accepting the person offered', () => {
    expect(responder.respond('行 那你帮我转', { declinesInARow: 2 }).kind).toBe('handoff');
    expect(responder.respond('好的', { declinesInARow: 2 }).kind).toBe('handoff');
    expect(responder.respond('ok 麻烦了', { declinesInARow: 2 }).kind).toBe('handoff');
    expect(responder.respond('好的', { declinesInARow: 1 }).kind).not.toBe('handoff');
    expect(responder.respond('好的谢谢', { declinesInARow: 2 }).kind).not.toBe('handoff');
    expect(responder.respond('算了 人工', { declinesInARow: 2 }).kind).toBe('handoff');
  });

  it('answers two rewards asked about together (加起来) a section each, not one check', () => {
    const response = responder.respond(
      '你好我们是做医疗器械的今年刚评上专精特新小巨人然后高企证书也还在有效期今年也是第一次进四上去年研发投了一千二百万这两个奖励加起来能拿多少啊',
    );
    expect(response.kind === 'answer' && response.answer.type).toBe('several');
  });

  it('reads a later time asked about right after a measure as whether it still runs then', () => {
    const later = new Responder({
      kb: knowledge(),
      engine: searchEngine(),
      today: () => '2023-11-20',
    }).respond('那要是明年一月份才投标，还能享受吗', { lastMeasureId: 'gov-procurement', lang: 'zh' });
    expect(later.kind === 'answer' && later.answer.type === 'measure' && later.answer.focus).toBe('deadline');
  });

  it('works out a what-if amount, not the support the user guesses beside it', () => {
    const response = responder.respond('要是投了2000万呢，是不是就能拿100万了', {
      lastMeasureId: 'rd-reward',
      lang: 'zh',
    });
    expect(response.kind === 'answer' && response.answer.type).toBe('calculation');
    expect(response.kind === 'answer' ? renderAnswerText(knowledge(), response.answer) : '').toContain(
      '50万',
    );
  });

  it.each([
    ['去年研发投了1200万 按5%不是60万吗 你们怎么说最多50', 'zh'],
    ['去年研发投了1200万 那就是60万吧', 'zh'],
    ['ok we spent 12 million yuan on R&D last year so we get 600k right?', 'en'],
  ] as const)('works out the spending told in %s, not the outcome guessed beside it', (text, lang) => {
    const response = responder.respond(text, { lastMeasureId: 'rd-reward', lang });
    expect(response.kind === 'answer' && response.answer.type).toBe('calculation');
    const shown = response.kind === 'answer' ? renderAnswerText(knowledge(), response.answer) : '';
    expect(shown).toContain('1200万');
    expect(shown).toContain('50万');
  });

  it('works out the amount told when asked whether a guessed sum can be had, instead of starting a check', () => {
    const response = responder.respond('我们上一年度研发投入1200万 能拿60万吗', {
      lastMeasureId: 'rd-reward',
      lang: 'zh',
    });
    expect(response.kind === 'answer' && response.answer.type).toBe('calculation');
    const contract = responder.respond('我哋租咗本地算力做模型研發，合約250萬，呢個最多可以補幾多？', {
      lastMeasureId: 'ai-compute-voucher',
      lang: 'zh',
    });
    expect(contract.kind === 'answer' && contract.answer.type).toBe('calculation');
  });

  it('answers the last measure’s time when a clause opens on 这个, whatever words of it follow', () => {
    const response = responder.respond('这个降门槛到什么时候为止 别又跟上回一样过期了', {
      lastMeasureId: 'tech-retrofit',
      lang: 'zh',
    });
    expect(response.kind === 'answer' && response.answer.type === 'measure' && response.answer.focus).toBe(
      'deadline',
    );
  });

  it('answers whether there is support for what the enterprise does with the rule, not a check', () => {
    const response = responder.respond(
      '他说想用人工智能做产品质检，要在上海租算力训练模型，政府有没有这方面的支持',
      {},
    );
    expect(answeredMeasure(response)).toBe('ai-compute-voucher');
  });

  it('reads 该专项 as the last measure, whatever else the words name', () => {
    const response = responder.respond('外籍人员是否可以入选该专项？', {
      lastMeasureId: 'industry-elite',
      lang: 'zh',
    });
    expect(answeredMeasure(response)).toBe('industry-elite');
  });

  it('stays on the last measure when the area’s word comes inside words of its own text', () => {
    const response = responder.respond('支持使用的数字化产品具体包括哪些？', {
      lastMeasureId: 'cloud-adoption',
      lang: 'zh',
    });
    expect(answeredMeasure(response)).toBe('cloud-adoption');
    // The area's word alone still asks for its list.
    const area = responder.respond('数字化方面还有哪些', { lastMeasureId: 'cloud-adoption', lang: 'zh' });
    expect(area.kind === 'answer' && area.answer.type).toBe('area');
  });

  it('answers which support there is for facts of our own with the rule, not a check', () => {
    const response = responder.respond(
      '我司系人工智能算法研发企业，目前租用本市智能算力用于模型训练，请问可享受何种支持？',
      {},
    );
    expect(answeredMeasure(response)).toBe('ai-compute-voucher');
    // 是否有相应的费用支持 asks whether there is support, and what — the rule too.
    expect(
      answeredMeasure(
        responder.respond(
          '我司系一家人工智能初创企业，租用本市智能算力进行模型研发，是否有相应的费用支持？',
          {},
        ),
      ),
    ).toBe('ai-compute-voucher');
  });

  it('works out the 30% top-up on the support an enterprise already gets', () => {
    const response = responder.respond('原来成果转化认定拿到的扶持是200万，加计的话能多拿多少', {
      lastMeasureId: 'tech-achievements',
      lang: 'zh',
    });
    expect(response.kind === 'answer' && response.answer.type).toBe('calculation');
    expect(response.kind === 'answer' ? renderAnswerText(knowledge(), response.answer) : '').toContain(
      '200万元 × 30% = 60万元',
    );
  });

  it('reads a what-if amount that names another measure only faintly as the last one’s', () => {
    const response = responder.respond('投了2000万呢', { lastMeasureId: 'rd-reward', lang: 'zh' });
    expect(response.kind === 'answer' && response.answer.type).toBe('calculation');
  });

  it('asks after the district’s share of the last measure however the question ends (区里有配套没)', () => {
    const response = responder.respond('区里有配套没', {
      lastMeasureId: 'smart-manufacturing-voucher',
      lang: 'zh',
    });
    expect(answeredMeasure(response)).toBe('smart-manufacturing-voucher');
  });

  it('takes, of the measures the words could mean, the one the last reply listed', () => {
    const response = responder.respond('那降费率那个现在还有效吗', {
      lastList: ['job-stabilization', 'relief-specialists'],
      lang: 'zh',
    });
    expect(answeredMeasure(response)).toBe('job-stabilization');
  });

  it('answers whether a measure still runs when the clause that asks names a year, or only the time', () => {
    const focusOf = (text: string, today = '2026-12-02') => {
      const response = new Responder({ kb: knowledge(), engine: searchEngine(), today: () => today }).respond(
        text,
        {
          lang: 'zh',
        },
      );
      return response.kind === 'answer' && response.answer.type === 'measure'
        ? response.answer.focus
        : response.kind;
    };
    expect(focusOf('我们是做人工智能的初创公司，租了本市的智能算力训练模型，算力券2026年还能领吗')).toBe(
      'deadline',
    );
    expect(focusOf('我问第三遍了：政府采购工程给中小企业预留的份额，现在还能享受吗？', '2023-10-01')).toBe(
      'deadline',
    );
  });

  it('answers the amount of a measure called by its conditions, asked after 对吧, with its rule', () => {
    const response = responder.respond('首次成为四上的高新技术企业 研发投入有一次性奖励对吧 多少', {
      lang: 'zh',
    });
    expect(answeredMeasure(response)).toBe('rd-reward');
  });

  it('answers support asked beside 帮我们催 for a topic the measures do not cover; 帮我催 alone asks for a person', () => {
    const asked = responder.respond('出口退税一直没到账 你能帮我们催一下吗 或者有没有让退税快一点的政策', {
      lang: 'zh',
    });
    expect(asked.kind === 'answer' && asked.answer.type).toBe('partial');
    expect(responder.respond('帮我催一下审批', { lang: 'zh' }).kind).toBe('handoff');
  });

  it('reads a time asked beside a topic the measures do not cover as about that topic, not a list by date', () => {
    const response = responder.respond(
      '我們是做外貿的，出口退稅一般多久能到賬？有沒有加快退稅的政策，今年還來得及嗎？',
      {
        lang: 'zh',
      },
    );
    expect(response.kind === 'answer' && response.answer.type).toBe('partial');
    // Asked in words of its own, the list by date is still given beside the topic.
    const list = responder.respond('我们被水淹了，有没有灾后补贴？另外28条里哪些已经过期了', { lang: 'zh' });
    expect(list.kind === 'answer' && list.answer.type).toBe('status-list');
  });

  it('reads social-insurance arrears as a topic the measures do not cover, with what may still help', () => {
    const response = responder.respond('我们公司社保欠了三个月没交，有什么办法', { lang: 'zh' });
    expect(response.kind === 'answer' && response.answer.type).toBe('partial');
  });

  it('answers a question asked beside the ask for a person, and not a story told beside it', () => {
    const response = responder.respond('先帮我转人工，顺便问下高新企业研发奖励最多给多少😅', {});
    expect(response).toMatchObject({ kind: 'handoff', reason: 'asked' });
    expect(response.kind === 'handoff' && response.also?.type === 'measure' && response.also.measure.id).toBe(
      'rd-reward',
    );
    expect(
      responder.respond('我要投诉！区里说好的补贴拖了半年都没到账，你们到底管不管', {}),
    ).not.toHaveProperty('also');
  });
});

// Lists by date status are asked for with words about the measures' dates; the enterprise's own loan or
// contract running out (贷款下个月到期) is not such a request, and 哪些材料 is not a list of measures.
import { describe, expect, it } from 'vitest';
import { readStatusList } from '../../src/conversation/readStatusList.js';
import { searchEngine } from '../helpers/knowledge.js';

const read = (text: string) => {
  const bare = text.replace(/[\s\p{P}]+/gu, '').toLowerCase();
  return readStatusList(bare, searchEngine().search(text), false);
};

describe('reading a request for a list by date status', () => {
  it.each([
    '哪些措施已经过期了',
    '28条里面哪些现在还能申请',
    'Which parts of the package have already run out?',
    'quick q: which measures are already over?',
    '28条款里哪些已经过期了',
    '有效期到了的条款有哪些',
    '现在还有哪些能申请',
    '28条里现在还有哪些是能申请的？帮我列一下',
    '现在还好申请的有哪几条阿拉年纪大了侬讲得简单点',
    'as of today (dec 2026) what can we actually still apply for out of the 28?',
    '里向哪几只已经过辰光了',
    'which of those are past their dates already?',
    '到目前為止還可以提出申請的有哪幾項？麻煩依今天日期篩選',
    '这几个里面哪些是已经过了时间的？',
    '还能报的？',
    '有些条款写的是2023年的目标吧？这些现在是不是都已经过了',
    '都2026了 这28条里现在还有哪些能申的 哪些已经过期了 给我拉个list🙏',
    '还有哪些跟这个一样已经过了的，都列给我',
    '现在还能申请啥',
    '融资那几个到期没',
  ])('%s asks for a list', (text) => expect(read(text)?.type).toBe('list'));

  it.each([
    '金融赋能那5条，哪些是到2023年底的目标、早就过了，哪些报道压根没写期限？',
    '创新发展那一块的几条，哪些有期限、过没过期？哪些根本没写时间？',
    'Which items were tied to the end of 2023, and which carry no date at all?',
  ])('%s asks for the undated beside the dated: the whole list', (text) => {
    expect(read(text)).toMatchObject({ type: 'list', filter: 'all' });
  });

  // 截止时间 inside “没写截止时间” asks no dated list beside it.
  it.each([
    '那哪些措施没有写明截止日期？',
    '哪些没写截止时间',
    '哪几条报道未写明截止时间',
    '哪些措施没有写明期限',
  ])('%s asks for the undated alone', (text) =>
    expect(read(text)).toMatchObject({ type: 'list', filter: 'undated' }),
  );

  it.each([
    '哪些写了截止日期，哪些没写截止日期',
    '烦请梳理截至目前若干措施中哪些阶段性政策已经结束，哪些没有写明期限，特此咨询。',
    '金融这块哪些还在有效期内，哪些已经过期了',
  ])('%s asks for both: the whole list', (text) => {
    expect(read(text)).toMatchObject({ type: 'list', filter: 'all' });
  });

  it('reads what ends at this year’s end as ending soon, not a year’s end gone by', () => {
    expect(read('现在都10月份了 哪些政策到今年年底就截止 赶紧告诉我别错过了')).toMatchObject({
      type: 'list',
      filter: 'soon',
    });
    expect(
      read('28条里哪些现在还能申请，哪些已经过了期限，2023年底就结束的那些别给我混在一起'),
    ).toMatchObject({
      type: 'list',
      filter: 'all',
    });
  });

  it('leaves out what has ended when told to (过期的别给我列), and only then', () => {
    expect(read('现在还有哪些是能申请的？已经过期的别给我列，看着头大')).toMatchObject({
      type: 'list',
      filter: 'open',
      hideEnded: true,
    });
    expect(read('现在还有哪些能申请')).not.toHaveProperty('hideEnded');
    expect(read('就想知道现在还能申请的有哪些别把已经过期的列进来')).toMatchObject({
      filter: 'open',
      hideEnded: true,
    });
    expect(read('现在还能申请的有哪些 别给我列已经过期的')).toMatchObject({
      filter: 'open',
      hideEnded: true,
    });
    expect(read('还能申的?')).toMatchObject({ type: 'list', filter: 'open' });
  });

  it.each([
    '三个问题一起问：贷款下个月到期怕续不上；想找担保公司又嫌担保费贵',
    'women shi zuo dianchi huishou de, yinhang daikuan kuai daoqi le',
    '申报时需要准备哪些材料？',
    '高企证书还在有效期，今年刚第一次进四上，这些政策上都有啥？',
    '阶段性降低社保费率，具体是降哪几项？',
  ])('%s does not', (text) => expect(read(text)).toBeUndefined());

  it('lists all 28 when asked of all 28, whatever else sounds like an area', () => {
    const text =
      'Which of the 28 measures have already ended? I do not want expired ones in the service packages.';
    const bare = text.replace(/[\s\p{P}]+/gu, '').toLowerCase();
    const whole = searchEngine().search(text);
    expect(readStatusList(bare, whole, false)).toEqual({ type: 'list', filter: 'ended' });
  });

  it('reads the other measures the writer saw, after an answer, as beside the last measure', () => {
    const bare = '截止到什么时候2026年了还能申请吗我看别的几条都是2023年底';
    const whole = searchEngine().search(bare);
    expect(readStatusList(bare, whole, true)).toEqual({ type: 'last-measure' });
    expect(readStatusList(bare, whole, false)?.type).toBe('list');
  });
});

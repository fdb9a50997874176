// Reading free-text answers: amounts in 元, yes/no, and choice options, as enterprises type them in
// chat (Chinese numerals, 万/亿/w, full width, Traditional, punctuation).
import { describe, expect, it } from 'vitest';
import {
  isSkipAnswer,
  matchChoice,
  parseAmount,
  parseAnswer,
  parseYesNo,
} from '../../src/eligibility/parseAnswer.js';
import type { EligibilityQuestion } from '../../src/eligibility/schema.js';
import { knowledge } from '../helpers/knowledge.js';

function question(id: string): EligibilityQuestion {
  const found = knowledge().questionById.get(id);
  if (!found) throw new Error(`No question "${id}" in knowledge/eligibility.yaml`);
  return found;
}

function options(id: string) {
  const q = question(id);
  if (q.type !== 'choice') throw new Error(`"${id}" is not a choice question`);
  return q.options;
}

describe('parseAmount', () => {
  it.each([
    ['600万', 6_000_000],
    ['六百万元', 6_000_000],
    ['1.5亿', 150_000_000],
    ['6,000,000', 6_000_000],
    ['30万元', 300_000],
    ['两百五十万', 2_500_000],
    ['300w', 3_000_000],
    // A bare number after a space is a figure of its own; the one with its unit counts.
    ['合同金额是120万 150是连别的服务一起算的', 1_200_000],
    ['1万 5千', 15_000],
    ['300W', 3_000_000],
    ['0', 0],
    ['零', 0],
    ['八千万', 80_000_000],
    ['1千万', 10_000_000],
    ['约600万左右', 6_000_000],
    ['大概六百多万吧', 6_000_000],
    ['一年合同两百来万', 2_000_000],
    ['0.3个亿', 30_000_000],
    ['产值8个亿', 800_000_000],
    ['６００万', 6_000_000],
    ['６，０００，０００元', 6_000_000],
    ['一點五億', 150_000_000],
    ['600萬', 6_000_000],
    ['1亿5000万', 150_000_000],
    ['一万五', 15_000],
    ['十万', 100_000],
    ['1,234.5万', 12_345_000],
    ['600000元', 600_000],
    ['¥600万', 6_000_000],
    ['去年研发投入600万', 6_000_000],
    ['2023年投入600万', 6_000_000],
    ['600万,也就是6000000元', 6_000_000],
  ])('reads %s as %d元', (text, yuan) => {
    expect(parseAmount(text)).toBe(yuan);
  });

  it.each(['不知道', '', '还没统计', '很多', '万'])('finds no amount in %j', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });

  it.each(['-600万', '负600万', '−5万'])('rejects the negative amount %s', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });

  it('rejects two different amounts (500万到600万) rather than guess', () => {
    expect(parseAmount('500万到600万')).toBeUndefined();
  });

  it('keeps decimals exact (0.07亿 is 7000000, not 7000000.000000001)', () => {
    expect(parseAmount('0.07亿')).toBe(7_000_000);
  });
});

describe('parseYesNo', () => {
  it.each([
    '是',
    '对',
    '好',
    '可以',
    '有',
    '是的',
    '对的',
    '嗯',
    'yes',
    'y',
    'ok',
    'true',
    'OK',
    'Yes!',
    '好的',
  ])('reads %s as yes', (text) => {
    expect(parseYesNo(text)).toBe(true);
  });

  it.each(['否', '不是', '不', '没有', '无', '没', '不对', 'no', 'n', 'false', '不要', '不需要', 'No.'])(
    'reads %s as no',
    (text) => {
      expect(parseYesNo(text)).toBe(false);
    },
  );

  it('tolerates punctuation, spaces, full width, repetition, particles and Traditional characters', () => {
    expect(parseYesNo('是的。')).toBe(true);
    expect(parseYesNo('  是 的 ')).toBe(true);
    expect(parseYesNo('ＹＥＳ！')).toBe(true);
    expect(parseYesNo('对对对')).toBe(true);
    expect(parseYesNo('是啊')).toBe(true);
    expect(parseYesNo('沒有')).toBe(false);
    expect(parseYesNo('沒有。')).toBe(false);
    expect(parseYesNo('不是的!')).toBe(false);
  });

  it('reads a sentence by its yes or no part (是的,我们是高企)', () => {
    expect(parseYesNo('是的,我们是高企')).toBe(true);
    expect(parseYesNo('没有,暂时没有')).toBe(false);
  });

  it.each(['不知道', '不清楚', '也许', '', '嗯,不是', '是不是高企要看证书'])(
    'does not guess on %j',
    (text) => {
      expect(parseYesNo(text)).toBeUndefined();
    },
  );
});

describe('matchChoice', () => {
  const specialized = options('specialized-status');
  const scale = options('scale-status');

  it.each([
    ['1', 'new-giant'],
    ['2', 'new-sme'],
    ['3', 'none'],
    ['第2个', 'new-sme'],
    ['第二项', 'new-sme'],
    ['二', 'new-sme'],
    ['2.', 'new-sme'],
    ['３', 'none'],
  ])('chooses by number: %s → %s', (text, id) => {
    expect(matchChoice(text, specialized)).toBe(id);
  });

  it('ignores a number beyond the options', () => {
    expect(matchChoice('4', specialized)).toBeUndefined();
    expect(matchChoice('0', specialized)).toBeUndefined();
  });

  it('chooses by exact label', () => {
    expect(matchChoice('新认定专精特新中小企业', specialized)).toBe('new-sme');
    expect(matchChoice('新认定专精特新“小巨人”企业', specialized)).toBe('new-giant');
    expect(matchChoice('都不是', specialized)).toBe('none');
  });

  it('chooses by synonym: 小巨人 → new-giant, 没有 → none, 小升规 → xiaoshenggui', () => {
    expect(matchChoice('小巨人', specialized)).toBe('new-giant');
    expect(matchChoice('没有', specialized)).toBe('none');
    expect(matchChoice('沒有', specialized)).toBe('none');
    expect(matchChoice('专精特新', specialized)).toBe('new-sme');
    expect(matchChoice('小升规', scale)).toBe('xiaoshenggui');
  });

  it('chooses a label or synonym found inside the text, the longest one winning', () => {
    expect(matchChoice('我们是去年新认定的小巨人', specialized)).toBe('new-giant');
    expect(matchChoice('我们是专精特新小巨人企业', specialized)).toBe('new-giant');
    expect(matchChoice('产值突破50亿', scale)).toBe('output-milestone');
  });

  it('chooses the option whose label contains the text', () => {
    expect(matchChoice('先进制造业', scale)).toBe('output-milestone');
    expect(matchChoice('100亿', scale)).toBe('output-milestone');
  });

  it('forgives one wrong, missing or extra character in a label or synonym of three or more', () => {
    expect(matchChoice('小巨仁', specialized)).toBe('new-giant');
    expect(matchChoice('小生规', scale)).toBe('xiaoshenggui');
    expect(matchChoice('都不时', specialized)).toBe('none');
    expect(matchChoice('都是不是', specialized)).toBe('none');
  });

  it('does not guess when the text fits several options or none', () => {
    expect(matchChoice('不是小巨人', specialized)).toBeUndefined();
    expect(matchChoice('企业', specialized)).toBeUndefined();
    expect(matchChoice('新认定', specialized)).toBeUndefined();
    expect(matchChoice('香蕉', specialized)).toBeUndefined();
    expect(matchChoice('', specialized)).toBeUndefined();
  });

  it('works on plain option objects without synonyms', () => {
    const plain = [
      { id: 'a', label: '甲方案' },
      { id: 'b', label: '乙方案' },
    ];
    expect(matchChoice('2', plain)).toBe('b');
    expect(matchChoice('甲方案', plain)).toBe('a');
  });
});

describe('parseAnswer', () => {
  it('returns an amount in 元 for an amount question', () => {
    expect(parseAnswer(question('rd-last-year'), '600万', knowledge())).toEqual({
      ok: true,
      value: 6_000_000,
    });
  });

  it('re-prompts with an example when the text has no amount', () => {
    expect(parseAnswer(question('rd-last-year'), '不太好说', knowledge())).toEqual({
      ok: false,
      retry: '请输入金额,例如“600万”或“1.5亿”。',
    });
  });

  it('re-prompts for the unit when a small number comes without one (600 → 600万 or 600元?)', () => {
    expect(parseAnswer(question('rd-last-year'), '600', knowledge())).toEqual({
      ok: false,
      retry: '请带上单位,例如“600万”或“600元”。',
    });
    expect(parseAnswer(question('rd-last-year'), '600元', knowledge())).toEqual({ ok: true, value: 600 });
  });

  it('re-prompts on a negative amount', () => {
    const result = parseAnswer(question('rd-last-year'), '-600万', knowledge());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.retry).toContain('负数');
  });

  it('reads 没有 and 0 as zero for an amount question', () => {
    expect(parseAnswer(question('retrofit-investment'), '没有', knowledge())).toEqual({ ok: true, value: 0 });
    expect(parseAnswer(question('retrofit-investment'), '0', knowledge())).toEqual({ ok: true, value: 0 });
    expect(parseAnswer(question('retrofit-investment'), '无法确定', knowledge()).ok).toBe(false);
  });

  it('returns a boolean for a yes/no question, or the 是/否 re-prompt', () => {
    expect(parseAnswer(question('is-high-tech'), '没有', knowledge())).toEqual({ ok: true, value: false });
    expect(parseAnswer(question('is-high-tech'), '是的', knowledge())).toEqual({ ok: true, value: true });
    expect(parseAnswer(question('is-high-tech'), '也许', knowledge())).toEqual({
      ok: false,
      retry: '请回答“是”或“否”。',
    });
  });

  it('returns the option id for a choice question, or a re-prompt naming the numbers and an example', () => {
    expect(parseAnswer(question('specialized-status'), '小巨人', knowledge())).toEqual({
      ok: true,
      value: 'new-giant',
    });
    expect(parseAnswer(question('specialized-status'), '香蕉', knowledge())).toEqual({
      ok: false,
      retry: '请回复选项编号(1–3)或名称,例如“1”或“小巨人”。',
    });
  });
});

describe('isSkipAnswer', () => {
  it.each(['跳过', '不知道', '不清楚。', 'skip'])('reads %s as skipping the question', (text) => {
    expect(isSkipAnswer(text)).toBe(true);
  });

  it.each(['是', '600万', '没有'])('does not read %s as skipping', (text) => {
    expect(isSkipAnswer(text)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// English answers (an English check-up, or an English speaker in a Chinese one)

describe('reading English answers', () => {
  const en = knowledge().en!;

  function enQuestion(id: string): EligibilityQuestion {
    const found = en.questionById.get(id);
    if (!found) throw new Error(`No question "${id}" in the English view`);
    return found;
  }

  it.each([
    ['6 million', 6_000_000],
    ['6,000,000', 6_000_000],
    ['6000000 yuan', 6_000_000],
    ['600k', 600_000],
    ['600 thousand', 600_000],
    ['1.5m', 1_500_000],
    ['1.5 million yuan', 1_500_000],
    ['1.5 Million', 1_500_000],
    ['about 6 million', 6_000_000],
    ['2 billion', 2_000_000_000],
    ['1.5bn', 1_500_000_000],
    ['RMB 6 million', 6_000_000],
    ['600万', 6_000_000],
  ])('reads the amount %s as %d', (text, yuan) => {
    expect(parseAmount(text)).toBe(yuan);
  });

  it('does not read months, years or people as money', () => {
    expect(parseAmount('5 months')).toBeUndefined();
    expect(parseAmount('for 3 years')).toBeUndefined();
    expect(parseAmount('200 people')).toBeUndefined();
  });

  it('knows a unit was given with million or k, and asks for one after a bare small number', () => {
    expect(parseAnswer(enQuestion('rd-last-year'), '6 million', en)).toEqual({ ok: true, value: 6_000_000 });
    expect(parseAnswer(enQuestion('rd-last-year'), '600', en)).toEqual({
      ok: false,
      retry: 'Please add a unit, for example “600 yuan”, “600 thousand” or “600 million”.',
    });
    expect(parseAnswer(enQuestion('rd-last-year'), 'no idea', en)).toEqual({
      ok: false,
      retry: expect.any(String),
    });
    expect(parseAnswer(enQuestion('rd-last-year'), 'hard to say', en)).toEqual({
      ok: false,
      retry: 'Please type an amount, for example “6 million” or “150 million”.',
    });
    expect(parseAnswer(enQuestion('retrofit-investment'), 'none', en)).toEqual({ ok: true, value: 0 });
    expect(parseAnswer(enQuestion('rd-last-year'), '-6 million', en)).toEqual({
      ok: false,
      retry: 'The amount cannot be negative. Please type it again, for example “6 million”.',
    });
  });

  it.each(['yes', 'Yes.', 'yep', 'yeah', 'sure', 'correct', 'yes, we are', 'Y', 'OK'])(
    'reads %s as yes',
    (text) => {
      expect(parseYesNo(text)).toBe(true);
    },
  );

  it.each(['no', 'No.', 'nope', 'nah', 'not really', "no, we don't", "we don't", 'none', 'N'])(
    'reads %s as no',
    (text) => {
      expect(parseYesNo(text)).toBe(false);
    },
  );

  it.each(['maybe', "I'm not sure", 'yes and no', ''])('does not guess a yes or no from %j', (text) => {
    expect(parseYesNo(text)).toBeUndefined();
  });

  it('re-prompts a yes/no question in English', () => {
    expect(parseAnswer(enQuestion('is-high-tech'), 'maybe', en)).toEqual({
      ok: false,
      retry: 'Please answer “yes” or “no”.',
    });
  });

  it.each([
    ['little giant', 'new-giant'],
    ['We are a new Little Giant!', 'new-giant'],
    ['Newly recognised SRDI SME', 'new-sme'],
    ['srdi', 'new-sme'],
    ['an SRDI SME', 'new-sme'],
    ['2', 'new-sme'],
    ['option 3', 'none'],
    ['the first one', 'new-giant'],
    ['2nd', 'new-sme'],
    ['neither', 'none'],
    ['no', 'none'],
    ['none of them', 'none'],
    ['小巨人', 'new-giant'],
    ['都不是', 'none'],
  ])('chooses %j → %s among the English options', (text, id) => {
    expect(parseAnswer(enQuestion('specialized-status'), text, en)).toEqual({ ok: true, value: id });
  });

  it('takes English words only as whole words, and does not guess between options', () => {
    const q = enQuestion('specialized-status');
    if (q.type !== 'choice') throw new Error('choice expected');
    expect(matchChoice('giant', q.options)).toBe('new-giant');
    expect(matchChoice('nothing', q.options)).toBeUndefined();
    expect(matchChoice('newly recognised', q.options)).toBeUndefined();
    expect(parseAnswer(q, 'banana', en)).toEqual({
      ok: false,
      retry:
        'Please reply with the number of an option (1–3) or its name, for example “1” or “little giant”.',
    });
  });

  it.each(["don't know", 'I do not know', 'not sure', 'skip', 'no idea'])('reads %j as skipping', (text) => {
    expect(isSkipAnswer(text)).toBe(true);
  });
});

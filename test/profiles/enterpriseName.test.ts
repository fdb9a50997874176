// Enterprise names as people type them: the same enterprise however its name is spelled, a shorter
// name finding the one saved enterprise that contains it, and words that name nobody.
import { describe, expect, it } from 'vitest';
import { cleanEnterpriseName, matchNames, nameCore } from '../../src/profiles/enterpriseName.js';

describe('nameCore', () => {
  it.each([
    ['上海某某科技有限公司', '某某科技'],
    ['上海某某科技', '某某科技'],
    ['上海市某某科技股份有限公司', '某某科技'],
    ['某某科技(上海)有限公司', '某某科技上海'],
    ['上海某某集团有限公司', '某某'],
    ['上海 某某 科技 有限公司', '某某科技'],
    ['上海某某科技有限責任公司', '某某科技'], // Traditional
    ['ＡＢＣ Tech Co., Ltd.', 'abctech'],
    ['上海公司', '上海公司'], // nothing left: the whole name is its core
  ])('%s → %s', (name, core) => {
    expect(nameCore(name)).toBe(core);
  });
});

describe('matchNames', () => {
  const saved = [
    { name: '上海某某科技有限公司', id: 1 },
    { name: '上海某某贸易有限公司', id: 2 },
    { name: '上海甲乙制造有限公司', id: 3 },
    { id: 4 }, // unnamed: never matched by a name
  ];

  it('finds the same enterprise spelled without its legal form or region', () => {
    expect(matchNames('上海某某科技', saved).map((s) => s.id)).toEqual([1]);
    expect(matchNames('某某科技有限公司', saved).map((s) => s.id)).toEqual([1]);
    expect(matchNames('“上海甲乙制造有限公司”', saved).map((s) => s.id)).toEqual([3]);
  });

  it('a shorter name finds every saved enterprise that contains it', () => {
    expect(matchNames('甲乙公司', saved).map((s) => s.id)).toEqual([3]);
    expect(matchNames('某某公司', saved).map((s) => s.id)).toEqual([1, 2]);
    expect(matchNames('华东某某', saved)).toEqual([]);
  });

  it('a one-character core only matches exactly', () => {
    expect(matchNames('某公司', saved)).toEqual([]);
    expect(matchNames('甲公司', [{ name: '上海甲公司' }, { name: '上海甲乙公司' }])).toEqual([
      { name: '上海甲公司' },
    ]);
  });
});

describe('cleanEnterpriseName', () => {
  it('keeps the name as typed, without quotes and end punctuation', () => {
    expect(cleanEnterpriseName(' “上海某某科技有限公司”。')).toBe('上海某某科技有限公司');
    expect(cleanEnterpriseName('「ABC Tech Co., Ltd.」')).toBe('ABC Tech Co., Ltd');
  });

  it.each(['我们公司', '我们企业', '本公司', '这家企业', '企业', '贵公司', '我', 'x'.repeat(61)])(
    'names nobody: %s',
    (text) => {
      expect(cleanEnterpriseName(text)).toBeUndefined();
    },
  );
});

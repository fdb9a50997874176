// Years said digit by digit are written in digits; other numbers in words stay as they are.
import { describe, expect, it } from 'vitest';
import { spokenYears } from '../../src/conversation/spokenYears.js';

describe('spokenYears', () => {
  it.each([
    ['二零二三年定的目标完成了吗', '2023年定的目标完成了吗'],
    ['二〇二四年还能申请吗', '2024年还能申请吗'],
  ])('%s → %s', (spoken, written) => {
    expect(spokenYears(spoken)).toBe(written);
  });

  it.each(['研发投入一千二百万', '第二三项', '两年前认定的'])('leaves “%s” as typed', (text) => {
    expect(spokenYears(text)).toBe(text);
  });
});

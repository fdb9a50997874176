// Mainland mobile numbers as typed, and the masking of personal numbers in kept text.
import { describe, expect, it } from 'vitest';
import { maskPersonalNumbers } from '../../src/handoff/maskPersonalNumbers.js';
import { maskMobile, parseMobile } from '../../src/handoff/mobileNumber.js';

describe('parseMobile', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-13800138000', '13800138000'],
    ['008613800138000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['我的手机是19912345678', '19912345678'],
  ])('reads %s', (text, mobile) => expect(parseMobile(text)).toBe(mobile));

  it.each([
    '1380013800', // ten digits
    '138001380001', // twelve
    '12345678901', // 12… is not a mobile prefix
    '02161234567', // a landline
    '+1 415 555 0100',
    'abc13800138000',
    '13800138000 或 13900139000', // two numbers
    '',
  ])('refuses %s', (text) => expect(parseMobile(text)).toBeUndefined());

  it('masks the middle four digits', () => expect(maskMobile('13800138000')).toBe('138****8000'));
});

describe('maskPersonalNumbers', () => {
  it('masks mobile numbers however they are written, and resident ID numbers', () => {
    expect(maskPersonalNumbers('电话 138 0013 8000 或 +86-139-1234-5678')).toBe(
      '电话 138****8000 或 139****5678',
    );
    expect(maskPersonalNumbers('身份证31010119900101123X')).toBe('身份证3****************X');
    expect(maskPersonalNumbers('旧证号310101900101123')).toBe('旧证号3*************3');
    expect(maskPersonalNumbers('手机１３８００１３８０００')).toBe('手机138****8000');
  });

  it('leaves amounts, years and other numbers alone', () => {
    const text = '2023年研发投入600万元,合同编号20230517,第8项';
    expect(maskPersonalNumbers(text)).toBe(text);
  });
});

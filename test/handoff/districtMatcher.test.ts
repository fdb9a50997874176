// Which district a user means, however they type it; and the exact names a routes file may use.
import { describe, expect, it } from 'vitest';
import { DistrictMatcher } from '../../src/handoff/districtMatcher.js';
import { knowledge } from '../helpers/knowledge.js';

const matcher = new DistrictMatcher(knowledge().handoff.districts);
const match = (text: string) => matcher.match(text)?.name;

describe('DistrictMatcher', () => {
  it('knows the 16 districts of Shanghai, in the order they are numbered', () => {
    expect(matcher.districts.map((d) => d.short).join(' ')).toBe(
      '黄浦 徐汇 长宁 静安 普陀 虹口 杨浦 闵行 宝山 嘉定 浦东 金山 松江 青浦 奉贤 崇明',
    );
  });

  it.each([
    ['浦东新区', '浦东新区'],
    ['浦东', '浦东新区'],
    ['浦东区', '浦东新区'],
    ['上海市徐汇区', '徐汇区'],
    ['徐匯區', '徐汇区'], // Traditional
    ['我们在闵行', '闵行区'],
    [' 静安 ', '静安区'],
  ])('reads the name %s', (text, district) => expect(match(text)).toBe(district));

  it.each([
    ['1', '黄浦区'],
    ['11', '浦东新区'],
    ['１６', '崇明区'],
    ['第三', '长宁区'],
    ['十二', '金山区'],
    ['8号', '闵行区'],
  ])('reads the number %s', (text, district) => expect(match(text)).toBe(district));

  it.each([
    ['pudong', '浦东新区'],
    ['Pudong New Area', '浦东新区'],
    ['xuhui', '徐汇区'],
    ['xuhuiqu', '徐汇区'],
    ['minhang', '闵行区'],
    ['changning', '长宁区'],
    ['xuhiu', '徐汇区'], // two letters swapped
    ['songjang', '松江区'], // one letter missing
  ])('reads typed pinyin %s', (text, district) => expect(match(text)).toBe(district));

  it.each([
    ['蒲东', '浦东新区'],
    ['徐会', '徐汇区'],
    ['闵航', '闵行区'],
    ['闽行', '闵行区'],
    ['静按', '静安区'],
    ['宝三', '宝山区'],
    ['重明', '崇明区'],
    ['奉县', '奉贤区'],
  ])('reads the sound-alike %s', (text, district) => expect(match(text)).toBe(district));

  it.each(['0', '17', '浦西', '北京', '浦东和徐汇', 'hello', '', '上海'])(
    'names no district in "%s"',
    (text) => expect(match(text)).toBeUndefined(),
  );

  it('finds a routes file’s district only by its exact name or short name', () => {
    expect(matcher.byName('浦东新区')?.name).toBe('浦东新区');
    expect(matcher.byName('浦东')?.name).toBe('浦东新区');
    expect(matcher.byName('徐汇区')?.name).toBe('徐汇区');
    expect(matcher.byName('蒲东')).toBeUndefined();
    expect(matcher.byName('pudong')).toBeUndefined();
  });
});

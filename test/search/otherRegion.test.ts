// otherRegion: another region's policy is named as such; a region that only sets the scene (a street, a
// dish, where a person or a customer comes from, where servers stand) is not.
import { describe, expect, it } from 'vitest';
import { otherRegion } from '../../src/search/otherRegion.js';

describe('otherRegion', () => {
  it.each([
    ['深圳的专精特新奖励多少', '深圳'],
    ['北京中小企业补贴', '北京'],
    // 调 is staff moved from there only when people follow (调两个同事), not 调整.
    ['深圳调整了专精特新奖励吗', '深圳'],
    // Going there for another reason than a trip or a filing: its policy may be what is asked.
    ['去香港IPO一般需要请哪些中介机构?', '香港'],
    ["what are singapore's grants for smes", 'Singapore'],
    // Shanghai named only to compare with it.
    ['深圳那边对小微企业有啥补贴 跟上海比哪边多', '深圳'],
  ])('names the region a question asks about: %s', (q, region) => {
    expect(otherRegion(q)).toBe(region);
  });

  it.each([
    '开了家兰州拉面小店，想贷点款周转',
    // Staff brought from there.
    '想由香港調兩個同事過嚟長駐，住宿有冇補貼？',
    '香港同事来上海长驻，住宿能补吗',
    '我们主要做外贸出口，美国那边订单少了，出口有没有退税以外的补贴？',
    // A trip or a filing abroad.
    '去德國參展的費用可以補嗎',
    '企业要去美国和欧洲申请专利，海外专利的申请费代理费能补贴吗',
    '我们是做四川菜的馆子，房租压力大',
    '我是温州人，在这边开厂，技改有补贴吗',
    '算力租的是贵州的机房，能申请吗',
    '我们租的杭州那边的gpu 做大模型训练',
    '训练用的算力是租乌兰察布那边的，一年合同180万',
    '本公司的算力是向新竹的机房租用',
    '南京路上的店铺能申请吗',
    '从深圳搬来的企业能拿专精特新奖励吗',
    '租贵州的算力能申请上海的算力券吗',
    'we are a singapore-invested high tech enterprise, how much is the r&d reward',
    "could you list the financing measures? we're a hong kong owned trading firm.",
    '我们是新加坡投资的企业，研发奖励怎么申请',
    'a small plant in jiading with customers in germany, can we renew our loan',
    '在贵州一个数据中心租了GPU做渲染，AI算力券我们能用吗',
  ])('does not read a region that only sets the scene: %s', (q) => {
    expect(otherRegion(q)).toBeUndefined();
  });
});

// Spoken messages without punctuation get a comma back where a question plainly ends and more follows.
import { describe, expect, it } from 'vitest';
import { punctuateRunOn } from '../../src/conversation/punctuateRunOn.js';

describe('punctuating a spoken run-on', () => {
  it('ends a question where another clause follows', () => {
    expect(
      punctuateRunOn(
        '我们是做软件外包的小公司想问一下现在税费方面有什么支持社保费率是不是降了还有客户欠款有人管吗',
      ),
    ).toBe(
      '我们是做软件外包的小公司想问一下现在税费方面有什么支持，社保费率是不是降了，还有客户欠款有人管吗',
    );
  });

  it('starts a clause at a turn to the past or a conclusion, so each amount keeps its words', () => {
    expect(
      punctuateRunOn('我们厂这回技改一共投了七百五十万以前说要两千万现在不是降了吗那我们这个够格了吧'),
    ).toBe('我们厂这回技改一共投了七百五十万，以前说要两千万现在不是降了吗，那我们这个够格了吧');
  });

  it('sets apart enterprises told one by one, and the question of them all', () => {
    expect(
      punctuateRunOn('我这边有三家企业第一家要租算力训练模型第二家想做智能制造成熟度评估这三个都有什么政策'),
    ).toBe('我这边有三家企业，第一家要租算力训练模型，第二家想做智能制造成熟度评估，这三个都有什么政策');
  });

  it('leaves typed punctuation, short messages and a question at the very end alone', () => {
    const typed = '税费方面有什么支持社保费率是不是降了，还有就是我们有个客户欠了我们一年多的款';
    expect(punctuateRunOn(typed)).toBe(typed);
    expect(punctuateRunOn('税费有什么支持社保呢')).toBe('税费有什么支持社保呢');
    const last = '我们公司二十几个人今年订单不太好想问一下税费方面有什么支持';
    expect(punctuateRunOn(last)).toBe(last);
  });
});

// Written Cantonese is read as Mandarin; Traditional Chinese that merely shares characters is left alone.
import { describe, expect, it } from 'vitest';
import { fromCantonese } from '../../src/conversation/fromCantonese.js';

describe('fromCantonese', () => {
  it.each([
    ['28條入面而家仲有邊啲可以申請㗎？', '28條里面现在还有哪些可以申請？'],
    ['有邊啲政策已經過咗期㗎？', '有哪些政策已經過了期？'],
    ['佢同智評券有咩唔同？邊個啱我哋多啲？', '它和智評券有什么不同？哪个适合我们多些？'],
    ['我哋係有效期內嘅高企', '我们是有效期內的高企'],
    ['呢幾個入面邊啲而家仲有效？', '这几个里面哪些现在还有效？'],
    ['算啦，幫我搵個人嚟跟進吓', '算啦，幫我找個人来跟进一下'],
    ['咁上一項呢', '那上一項呢'],
    [
      '28條入面邊啲而家仲做緊、邊啲已經完咗？幫我分開列吓',
      '28條里面哪些现在还在做、哪些已經完了？幫我分開列一下',
    ],
    ['用嚟跑客服機械人', '用来跑客服机器人'],
    ['咁社保嗰part呢 有冇得減', '那社保那块呢 有没有得減'],
    ['舖租咁貴，上市股權融資定係一鏈一策好啲？', '舖租这么貴，上市股權融資还是一鏈一策好些？'],
    ['宜家仲有邊啲可以申請？', '现在还有哪些可以申請？'],
    ['邊個著數啲？', '哪个划算些？'],
    ['可唔可以攞補貼', '可不可以拿補貼'],
  ])('%s → %s', (cantonese, mandarin) => {
    expect(fromCantonese(cantonese)).toBe(mandarin);
  });

  it('reads 同 joining two things in a Cantonese message as 和, not in Mandarin words or messages', () => {
    expect(fromCantonese('首貸同續貸分別係咩政策呀？')).toBe('首貸和續貸分別是什么政策呀？');
    expect(fromCantonese('佢同技術改造嗰個有咩分別？')).toBe('它和技術改造那个有什么分別？');
    expect(fromCantonese('我哋想借錢，同時又想做技改')).toBe('我们想借錢，同時又想做技改');
    expect(fromCantonese('首贷同续贷分别是什么政策')).toBe('首贷同续贷分别是什么政策');
  });

  it.each(['兩家企業的關係', '這邊的企業服務雲', '智評券和算力券有什麼區別'])(
    'leaves “%s” as it is',
    (text) => {
      expect(fromCantonese(text)).toBe(text);
    },
  );
});

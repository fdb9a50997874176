// Written Cantonese is read as Mandarin; Traditional Chinese that merely shares characters is left alone.
import { describe, expect, it } from 'vitest';
import { fromCantonese } from '../../src/conversation/fromCantonese.js';

describe('fromCantonese', () => {
  it.each([
    ['28條入面而家仲有邊啲可以申請㗎？', '28條里面现在还有哪些可以申請？'],
    ['有邊啲政策已經過咗期㗎？', '有哪些政策已經過了期？'],
    ['佢同智評券有咩唔同？邊個啱我哋多啲？', '它同智評券有什么不同？哪个适合我们多些？'],
    ['我哋係有效期內嘅高企', '我们是有效期內的高企'],
    ['呢幾個入面邊啲而家仲有效？', '这几个里面哪些现在还有效？'],
    ['算啦，幫我搵個人嚟跟進吓', '算啦，幫我找個人来跟进一下'],
  ])('%s → %s', (cantonese, mandarin) => {
    expect(fromCantonese(cantonese)).toBe(mandarin);
  });

  it.each(['兩家企業的關係', '這邊的企業服務雲', '智評券和算力券有什麼區別'])(
    'leaves “%s” as it is',
    (text) => {
      expect(fromCantonese(text)).toBe(text);
    },
  );
});

// Which language a message is in: English words → English, Chinese → Chinese, typed pinyin and bare
// answers → the conversation's language (undefined), and pinyin that happens to contain a syllable
// that is also an English word (you, can, me) stays pinyin.
import { describe, expect, it } from 'vitest';
import { messageLanguage } from '../../src/conversation/messageLanguage.js';

describe('messageLanguage', () => {
  it.each([
    ['How much is the R&D reward?', 'en'],
    ['Can you help me with a loan', 'en'],
    ['can you help', 'en'],
    ['rent', 'en'],
    ['How much is the 研发投入奖励?', 'en'],
    ['无缝续贷怎么申请', 'zh'],
    ['AI算力券还有吗', 'zh'],
    ['600万', undefined],
    ['是', undefined],
    ['zhuanrengong', undefined],
    ['wu feng xu dai', undefined],
    ['fangzu butie you ma', undefined],
    // An acronym in capitals names a thing: the pinyin around it is still Chinese.
    ['women xiang zai meiguo shenqing zhuanli zou PCT, haiwai zhuanli de feiyong you butie ma', undefined],
    ['What is UL?', 'en'],
    ['shuidianfei you butie ma', undefined],
    ['zhengfu caigou yuliu fene xianzai hai you ma', undefined],
    ['you ma', 'en'],
    // Pinyin typed with tone marks is pinyin, not broken English.
    ['nà lìngwài nàge ne', undefined],
  ] as const)('%s → %s', (text, lang) => {
    expect(messageLanguage(text)).toBe(lang);
  });
});

// Typed pinyin read as known Han words: whole words only, the reading that covers most, units after
// figures, and English or mixed messages left alone.
import { describe, expect, it } from 'vitest';
import { PinyinTranscriber } from '../../src/search/pinyinTranscriber.js';

describe('PinyinTranscriber', () => {
  const t = new PinyinTranscriber([
    '我们',
    '我们厂',
    '厂里',
    '招不到人',
    '税负',
    '政策',
    '另外',
    '算力券',
    '过期',
    '国企',
    '有没有',
  ]);

  it('reads typed pinyin words as the known words they sound like, joined as characters', () => {
    expect(t.transcribe('women zhao bu dao ren, shuifu tebie zhong')).toBe('我们招不到人, 税负 tebie zhong');
    expect(t.transcribe('suanliquan you meiyou')).toBe('算力券有没有');
  });

  it('prefers the reading that covers the most syllables, then the fewest words', () => {
    expect(t.transcribe('women chang li hen duo gongren')).toBe('我们厂里 hen duo gongren');
  });

  it('reads a sound two words share as the one listed first', () => {
    expect(t.transcribe('naxie zhengce guoqi le')).toBe('naxie 政策过期 le');
  });

  it('reads a word in full or not at all', () => {
    // zhengcele: 政策 inside a longer word is not read.
    expect(t.transcribe('zhengcele women')).toBe('zhengcele 我们');
  });

  it('reads units and pinyin amounts after figures', () => {
    expect(t.transcribe('hetong 300 wan, lingwai 1.1 wanyi')).toBe('hetong 300万, 另外 1.1万亿');
    expect(t.transcribe('touzi qibai wan, women')).toBe('touzi 七百万, 我们');
  });

  it('leaves English and mixed messages alone', () => {
    expect(t.transcribe('women in tech want a loan')).toBe('women in tech want a loan');
    expect(t.transcribe('我们想 join 几家 big OEM 的 supply chain')).toBe(
      '我们想 join 几家 big OEM 的 supply chain',
    );
    expect(t.transcribe('政策过期了吗')).toBe('政策过期了吗');
  });
});

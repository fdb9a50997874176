import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, normalizeQuery, normalizeText } from '../../src/search/normalizeQuery.js';

describe('normalizeQuery', () => {
  it('converts Traditional characters to Simplified', () => {
    expect(normalizeQuery('專精特新獎勵多少')).toBe('专精特新奖励多少');
    expect(normalizeQuery('無縫續貸')).toBe('无缝续贷');
  });

  it('removes pinyin glosses pasted from damaged pages', () => {
    expect(normalizeQuery('圖蟲創(chuàng)意')).toBe('图虫创意');
    expect(normalizeQuery('發（fā）展')).toBe('发展');
    expect(normalizeQuery('服務(wù)企業(yè)')).toBe('服务企业');
  });

  it('reads pinyin typed with tone marks as toneless pinyin', () => {
    expect(normalizeQuery('Qǐngwèn yánfā tóurù jiǎnglì hé wúfèng xùdài')).toBe(
      'qingwen yanfa touru jiangli he wufeng xudai',
    );
    expect(normalizeQuery('lǜsè gōngchǎng')).toBe('lvse gongchang');
  });

  it('reads pinyin typed with tone digits as toneless pinyin, and leaves other digits alone', () => {
    expect(normalizeQuery('zhuan1jing1te4xin1 xiao3ju4ren2 de jiang3li4')).toBe(
      'zhuanjingtexin xiaojuren de jiangli',
    );
    expect(normalizeQuery('iso9001 b2b 5g 4上')).toBe('iso9001 b2b 5g 4上');
  });

  it('folds full-width letters, digits and punctuation to half-width and lower case', () => {
    expect(normalizeQuery('ＡＩ算力券２０％')).toBe('ai算力券20%');
  });

  it('turns control and invisible characters into single spaces', () => {
    expect(normalizeQuery('\u0007专精\u200b特新\t\n奖励')).toBe('专精 特新 奖励');
  });

  it('keeps emoji and cuts questions to a bounded length', () => {
    expect(normalizeQuery('😀无缝续贷')).toBe('😀无缝续贷');
    expect(normalizeQuery('税'.repeat(10_000))).toHaveLength(MAX_QUERY_CHARS);
  });

  it('cuts English later: a question of a few sentences stays whole, a pasted page does not', () => {
    const question = `${'We rent GPU capacity in Shanghai to train our own model. '.repeat(6)}How can we take part in the open challenge calls?`;
    expect(question.length).toBeGreaterThan(MAX_QUERY_CHARS);
    expect(normalizeQuery(question)).toBe(question.toLowerCase());
    expect(normalizeQuery('tax '.repeat(10_000))).toHaveLength(MAX_QUERY_CHARS * 3);
    // One Han character and the Chinese bound applies.
    expect(normalizeQuery(`税 ${'tax '.repeat(1000)}`)).toHaveLength(MAX_QUERY_CHARS);
  });

  it('leaves knowledge texts whole', () => {
    expect(normalizeText('税'.repeat(1000))).toHaveLength(1000);
  });

  it('reads common text exactly as full NFKC would (the shortcut for plain text changes nothing)', () => {
    // Characters from the shortcut's set and just outside it: … and NBSP change under NFKC.
    const alphabet = [
      ...'aZ9 (),.%创新專精特新税續貸、。《》“”·—【】',
      ...'（）：，？！Ａｚ０',
      ...'…\u00a0\u3000\t\u200b😀\uf900ⅷ①㈱',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 3000; n++) {
      const length = 1 + Math.floor(next() * 12);
      const s = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]!).join('');
      expect(normalizeText(s), JSON.stringify(s)).toBe(normalizeText(s.normalize('NFKC')));
    }
  });

  it('is idempotent', () => {
    for (const s of ['專精特新', 'ＡＩ Compute  Voucher', '發（fā）展', '第(二)条']) {
      expect(normalizeQuery(normalizeQuery(s))).toBe(normalizeQuery(s));
    }
  });
});

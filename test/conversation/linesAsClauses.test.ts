// A message pasted as lines keeps one need a line once its line breaks are read as clause ends.
import { describe, expect, it } from 'vitest';
import { linesAsClauses } from '../../src/conversation/linesAsClauses.js';

describe('linesAsClauses', () => {
  it.each([
    ['A公司：想贷款\nB公司：准备做技改', 'A公司：想贷款；B公司：准备做技改'],
    ['麻烦分别回答：\nA公司想贷款', '麻烦分别回答： A公司想贷款'],
    ['first loan\r\n\r\n  guarantee fee  ', 'first loan；guarantee fee'],
    ['有什么政策？\n我们是规上企业', '有什么政策？ 我们是规上企业'],
  ])('%j → %j', (text, read) => {
    expect(linesAsClauses(text)).toBe(read);
  });

  it('leaves a message of one line as typed', () => {
    expect(linesAsClauses('  我们想贷款，也想申请技改补贴  ')).toBe('  我们想贷款，也想申请技改补贴  ');
  });
});

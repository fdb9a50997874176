// Splitting within WeCom's byte limits: between paragraphs, at line breaks, inside a line only when it alone is too
// long, never inside a character; nothing lost but the line breaks the cuts fall on.
import { describe, expect, it } from 'vitest';
import { splitContent } from '../../src/wecom/splitContent.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('splitContent', () => {
  it('keeps a short text whole', () => {
    expect(splitContent('一\n二', 2048)).toEqual(['一\n二']);
  });

  it('cuts at line breaks, each piece within the limit', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `第${i}行:政策内容说明`);
    const pieces = splitContent(lines.join('\n'), 2048);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(bytes(p)).toBeLessThanOrEqual(2048);
    expect(pieces.join('\n')).toBe(lines.join('\n'));
  });

  it('cuts between paragraphs first, so a heading stays with what follows it', () => {
    const paragraph = (n: number) =>
      [`**标题${n}**`, ...Array.from({ length: 20 }, () => '说明文字说明文字')].join('\n');
    const text = Array.from({ length: 8 }, (_, i) => paragraph(i)).join('\n\n');
    const pieces = splitContent(text, 2048);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(bytes(p)).toBeLessThanOrEqual(2048);
      expect(p).toMatch(/^\*\*标题\d\*\*\n/);
      expect(p.endsWith('说明文字说明文字')).toBe(true);
    }
    expect(pieces.join('\n\n')).toBe(text);
  });

  it('cuts a line longer than the limit at characters (3-byte Chinese, 4-byte emoji)', () => {
    const line = '问'.repeat(1000) + '🙂'.repeat(300);
    const pieces = splitContent(line, 2048);
    for (const p of pieces) {
      expect(bytes(p)).toBeLessThanOrEqual(2048);
      expect(p).not.toMatch(/\uFFFD/);
    }
    expect(pieces.join('')).toBe(line);
  });

  it('drops blank pieces and blank lines at the cuts', () => {
    expect(splitContent('\n\n  \n', 2048)).toEqual([]);
    expect(splitContent('a\n\n\nb', 3)).toEqual(['a', 'b']);
  });
});

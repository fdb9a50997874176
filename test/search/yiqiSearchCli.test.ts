import { describe, expect, it } from 'vitest';
import { runYiqi } from '../helpers/runYiqi.js';

describe('yiqi search --jsonl', () => {
  it('answers every input line with exactly one well-formed JSON line', () => {
    const lines = [
      '无逢续贷',
      '',
      '税'.repeat(10_000),
      '😀🎉',
      '\u0001\u0002控制字符\u007f',
      '金融方面有哪些措施',
      '28条是什么',
      '社保卡补办',
      '{"not": "a question"}',
      '\ud800 lone surrogate',
    ];
    const result = runYiqi(['search', '--jsonl'], { input: lines.join('\n') + '\n' });
    expect(result.status).toBe(0);
    const out = result.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(lines.length);
    for (const line of out) {
      const json = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(json).slice(0, 4)).toEqual(['q', 'answered', 'kind', 'matches']);
      expect(typeof json.q).toBe('string');
      expect(['measure', 'ambiguous', 'area', 'overview', 'none']).toContain(json.kind);
      const matches = json.matches as { id: string; score: number }[];
      expect(matches.length).toBeLessThanOrEqual(5);
      for (const m of matches) expect(Object.keys(m)).toEqual(['id', 'score']);
      expect(json.answered).toBe(json.kind !== 'none');
    }
    const first = JSON.parse(out[0]!) as { answered: boolean; kind: string; matches: { id: string }[] };
    expect(first).toMatchObject({ answered: true, kind: 'measure' });
    expect(first.matches[0]?.id).toBe('seamless-renewal');
    expect(JSON.parse(out[5]!)).toMatchObject({ kind: 'area', area: 'finance' });
    expect(JSON.parse(out[7]!)).toMatchObject({ answered: false, kind: 'none', matches: [] });
  });

  it('explains its usage without --jsonl', () => {
    const result = runYiqi(['search']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--jsonl');
  });
});

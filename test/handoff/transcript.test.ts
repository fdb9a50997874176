// The transcript a request shows: the last ten turns, masked, one line per bot reply, none older
// than the retention.
import { describe, expect, it } from 'vitest';
import { addBotLine, startTurn, type TranscriptTurn } from '../../src/handoff/transcript.js';

const DAY = 86_400_000;

describe('transcript', () => {
  it('keeps the last ten turns, the user’s text masked and one line per reply', () => {
    let turns: TranscriptTurn[] | undefined;
    const start = Date.parse('2026-11-26T00:00:00Z');
    for (let i = 1; i <= 12; i++) {
      turns = startTurn(turns, `问题${i} 手机 13800138000`, new Date(start + i * 1000), 180);
      addBotLine(turns, `回答${i}\n第二行`);
    }
    expect(turns).toHaveLength(10);
    expect(turns![0]!.user).toBe('问题3 手机 138****8000');
    expect(turns![9]!.bot).toEqual(['回答12 第二行']);
  });

  it('drops turns older than the retention', () => {
    const now = Date.parse('2026-11-26T00:00:00Z');
    const old = startTurn(undefined, '很久以前的问题', new Date(now - 181 * DAY), 180);
    const recent = startTurn(old, '上周的问题', new Date(now - 7 * DAY), 180);
    expect(startTurn(recent, '今天的问题', new Date(now), 180).map((t) => t.user)).toEqual([
      '上周的问题',
      '今天的问题',
    ]);
  });
});

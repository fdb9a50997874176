// The build's table of character readings (dist/char-readings.txt) must read every Han character as
// pinyin-pro does: made and installed, it gives the same reading for each character of the Basic
// Multilingual Plane's Han ranges, and characters outside it still get pinyin-pro's.
import { describe, expect, it } from 'vitest';
import { charReading, charReadingTable, installCharReadings } from '../../src/search/charReadings.js';
import { pinyinPro } from '../../src/search/pinyinPro.js';

describe('the table of character readings', () => {
  it('reads every Han character as pinyin-pro reads it alone', () => {
    const table = charReadingTable();
    installCharReadings(table);
    const read = (ch: string) => pinyinPro().pinyin(ch, { toneType: 'none', v: true });
    let han = 0;
    for (const line of table.split('\n')) {
      const first = Number.parseInt(line.slice(0, line.indexOf(':')), 16);
      const row = line.slice(line.indexOf(':') + 1).split(' ');
      row.forEach((reading, i) => {
        if (!reading) return;
        han++;
        const ch = String.fromCodePoint(first + i);
        if (charReading(ch) !== read(ch)) expect(`${ch}: ${charReading(ch)}`).toBe(`${ch}: ${read(ch)}`);
      });
    }
    expect(han).toBeGreaterThan(27_000);
    expect(['无', '缝', '续', '贷', '绿'].map(charReading)).toEqual(['wu', 'feng', 'xu', 'dai', 'lv']);
    expect(charReading('𠀀')).toBe(read('𠀀')); // beyond the table: pinyin-pro
  }, 60_000);
});

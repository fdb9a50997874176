// The usual toneless reading of one Han character (无 → wu, 绿 → lv), as pinyin-pro gives it for the
// character alone. `npm run build` writes the readings of every Han character of the Basic
// Multilingual Plane to a table (dist/char-readings.txt, about 130 KB) that a bundled start installs,
// so reading the knowledge base and questions by sound never loads pinyin-pro; without the table
// (running from the sources) and for rarer characters, pinyin-pro is asked and the answer kept.
import { pinyinPro } from './pinyinPro.js';

/** The Han ranges of the Basic Multilingual Plane the table covers, first and last code point. */
const RANGES: readonly (readonly [number, number])[] = [
  [0x2e80, 0x2fdf],
  [0x3005, 0x3007],
  [0x3021, 0x3029],
  [0x3038, 0x303b],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

const HAN = /^\p{Script=Han}$/u;
/** The installed table: per range, its first code point and its readings ('' where no Han character). */
const table: { first: number; row: string[] }[] = [];
/** Readings asked of pinyin-pro, for characters the table does not hold. */
const readings = new Map<string, string>();

function readWithPinyinPro(ch: string): string {
  return pinyinPro().pinyin(ch, { toneType: 'none', v: true });
}

export function charReading(ch: string): string {
  const code = ch.codePointAt(0)!;
  for (const { first, row } of table) {
    const reading = code >= first ? row[code - first] : undefined;
    if (reading) return reading;
  }
  let reading = readings.get(ch);
  if (reading === undefined) {
    reading = readWithPinyinPro(ch);
    readings.set(ch, reading);
  }
  return reading;
}

/** Text as it sounds: each Han character by its reading (不是高企 → bushigaoqi), anything else as it is. */
export function soundOf(text: string): string {
  let sound = '';
  for (const ch of text) sound += HAN.test(ch) ? charReading(ch) : ch;
  return sound;
}

/** The table: per range, its first code point and the readings of its Han characters, space-separated. */
export function charReadingTable(): string {
  return RANGES.map(([first, last]) => {
    const row: string[] = [];
    for (let code = first; code <= last; code++) {
      const ch = String.fromCodePoint(code);
      row.push(HAN.test(ch) ? readWithPinyinPro(ch) : '');
    }
    return `${first.toString(16)}:${row.join(' ')}`;
  }).join('\n');
}

/** Installs a table made by `charReadingTable` (with the pinyin-pro the build had). */
export function installCharReadings(text: string): void {
  table.length = 0;
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    table.push({ first: Number.parseInt(line.slice(0, colon), 16), row: line.slice(colon + 1).split(' ') });
  }
}

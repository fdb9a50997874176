// Reads the test copy of the source of truth (test/fixtures/source/measures.zh-Hans.md): the clean
// reading of the press report, the table of the six areas and the table of the 28 measures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../helpers/paths.js';

export interface SourceRow {
  number: number;
  id: string;
  area: string;
  /** The “what the report says (key facts)” cell, as written. */
  keyFacts: string;
  /** The key facts without the 〔official …〕 marker. */
  keyFactsWithoutMarker: string;
  /** The official article label such as (一), when the row carries an 〔official …〕 marker. */
  officialArticle?: string;
}

const sourceText = readFileSync(join(projectRoot, 'test/fixtures/source/measures.zh-Hans.md'), 'utf8');

function section(heading: string): string {
  const start = sourceText.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`The source fixture has no section "${heading}"`);
  const end = sourceText.indexOf('\n## ', start + 1);
  return sourceText.slice(start, end < 0 ? undefined : end);
}

function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1) // the header row
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

const OFFICIAL_MARKER = /〔official[^〕]*〕/;

export const measureRows: readonly SourceRow[] = tableRows(section('The 28 measures')).map((cells) => {
  const [number, id, area, keyFacts] = cells;
  if (number === undefined || id === undefined || area === undefined || keyFacts === undefined)
    throw new Error(`Malformed measure row: ${cells.join(' | ')}`);
  const label = /〔official\s*([(（][一二三四五六七八九十]+[)）])/.exec(keyFacts)?.[1];
  return {
    number: Number(number),
    id,
    area,
    keyFacts,
    keyFactsWithoutMarker: keyFacts.replace(OFFICIAL_MARKER, ''),
    ...(label === undefined ? {} : { officialArticle: label }),
  };
});

export const areaRows: readonly { id: string; title: string }[] = tableRows(section('The six areas')).map(
  ([id = '', title = '']) => ({ id, title }),
);

/** Removes all white space, as quotes are compared regardless of line breaks and spacing. */
export function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The clean reading of the report without spaces, and without the editor's English remarks in
 * brackets such as “(this clause is garbled in the raw text; read it as such)”.
 */
export const cleanReading: string = withoutSpaces(
  section('Clean reading of the report (Simplified)')
    .replace(/^## .*$/m, '')
    .replace(/\([A-Za-z][^()]*\)/g, ''),
);

/** Every Arabic number in a text, as numbers: “1.1万亿元、2000万元” → [1.1, 2000]. */
export function arabicNumbers(text: string): number[] {
  return [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

// The QR code of a share link: the card's PNG and the page's SVG carry the same modules as the QR
// encoder made, with the quiet zone around them.
import { inflateSync } from 'node:zlib';
import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { qrPng, qrPngDataUri, qrSvg } from '../../src/share/qrCode.js';

const URL = 'https://yiqi.example.org/p/AbCdEfGhIjKlMnOpQrStUv';

function reference(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/** Reads back our grayscale PNG (one IDAT, filter 0 on every row). */
function decodePng(png: Buffer): { size: number; dark: (x: number, y: number) => boolean } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const size = png.readUInt32BE(16);
  expect(png.readUInt32BE(20)).toBe(size);
  expect(png[24]).toBe(8); // bit depth
  expect(png[25]).toBe(0); // grayscale
  const idatAt = png.indexOf('IDAT', 0, 'ascii');
  const length = png.readUInt32BE(idatAt - 4);
  const raw = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + length));
  expect(raw).toHaveLength((size + 1) * size);
  return { size, dark: (x, y) => raw[y * (size + 1) + 1 + x] === 0 };
}

describe('qrPng', () => {
  it('draws every module of the code, 4 pixels each, inside a 4-module quiet zone', () => {
    const grid = reference(URL);
    const { size, dark } = decodePng(qrPng(URL, 4));
    expect(size).toBe((grid.length + 8) * 4);
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        const row = grid[Math.floor(y / 4) - 4];
        const expected = row?.[Math.floor(x / 4) - 4] ?? false;
        if (dark(x, y) !== expected) throw new Error(`pixel ${x},${y}`);
      }
  });

  it('is small enough for a card: a PNG data: URI under 2 KB', () => {
    const uri = qrPngDataUri(URL);
    expect(uri.startsWith('data:image/png;base64,')).toBe(true);
    expect(uri.length).toBeLessThan(2048);
  });
});

describe('qrSvg', () => {
  it('has one square per dark module, offset by the quiet zone, and an accessible name', () => {
    const grid = reference(URL);
    const svg = qrSvg(URL, '扫码打开 <本页面>');
    expect(svg).toContain(`viewBox="0 0 ${grid.length + 8} ${grid.length + 8}"`);
    expect(svg).toContain('<title>扫码打开 &#60;本页面&#62;</title>');
    const squares = [...svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`);
    const expected = grid.flatMap((row, y) => row.flatMap((d, x) => (d ? [`${x + 4},${y + 4}`] : [])));
    expect(squares).toEqual(expected);
  });
});

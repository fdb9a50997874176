// A share link as a QR code: an SVG (inline on the page, crisp when printed) and a small grayscale
// PNG as a data: URI for the check-up card — Teams renders PNG, JPEG and GIF images in cards, not SVG,
// and its message size limit does not count base64 images.
import qrcode from 'qrcode-generator';
import { pngFromRows } from './png.js';

/** Quiet zone in modules, as the QR specification asks. */
const MARGIN = 4;

function modules(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => qr.isDark(row, col)));
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An SVG element of the code, one path, scaled by CSS; `title` is its accessible name. */
export function qrSvg(text: string, title: string): string {
  const grid = modules(text);
  const size = grid.length + 2 * MARGIN;
  let path = '';
  grid.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x + MARGIN} ${y + MARGIN}h1v1h-1z`;
    }),
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" ` +
    `aria-label="${escapeXml(title)}" shape-rendering="crispEdges">` +
    `<title>${escapeXml(title)}</title><rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path d="${path}" fill="#000"/></svg>`
  );
}

/** The code as an 8-bit grayscale PNG, `scale` pixels per module. */
export function qrPng(text: string, scale = 4): Buffer {
  const grid = modules(text);
  const size = (grid.length + 2 * MARGIN) * scale;
  const raw = Buffer.alloc((size + 1) * size, 0xff);
  for (let y = 0; y < size; y++) {
    raw[y * (size + 1)] = 0; // filter: none
    const row = grid[Math.floor(y / scale) - MARGIN];
    if (!row) continue;
    for (let x = 0; x < size; x++) {
      if (row[Math.floor(x / scale) - MARGIN]) raw[y * (size + 1) + 1 + x] = 0;
    }
  }
  return pngFromRows(size, size, 'grayscale', raw, 9);
}

export function qrPngDataUri(text: string, scale = 4): string {
  return `data:image/png;base64,${qrPng(text, scale).toString('base64')}`;
}

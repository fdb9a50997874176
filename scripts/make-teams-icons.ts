// Draws the two Teams icons once (appPackage/color.png 192×192, appPackage/outline.png 32×32 white
// on transparent): a speech bubble with three dots. Re-run only to change the design.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/kb/packageRoot.js';
import { encodePng } from './png.js';

const BRAND = [0xc8, 0x10, 0x2e]; // 上海红
const WHITE = [255, 255, 255];

/** Inside a speech bubble (rounded rectangle plus a tail), in a unit square. */
function bubble(u: number, v: number): boolean {
  const [x0, y0, x1, y1, r] = [0.18, 0.22, 0.82, 0.7, 0.12];
  const cx = Math.min(Math.max(u, x0 + r), x1 - r);
  const cy = Math.min(Math.max(v, y0 + r), y1 - r);
  const inBox = u >= x0 && u <= x1 && v >= y0 && v <= y1 && (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
  const inTail = v >= 0.68 && v <= 0.84 && u >= 0.3 && u <= 0.3 + (0.84 - v) * 0.9;
  return inBox || inTail;
}

function dot(u: number, v: number): boolean {
  return [0.36, 0.5, 0.64].some((x) => (u - x) ** 2 + (v - 0.46) ** 2 <= 0.05 ** 2);
}

function icon(size: number, background: readonly number[] | undefined, fg: readonly number[]): Buffer {
  return encodePng(size, size, (x, y) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    if (bubble(u, v) && !dot(u, v)) return [...fg, 255];
    if (bubble(u, v) && dot(u, v)) return background ? [...background, 255] : [0, 0, 0, 0];
    return background ? [...background, 255] : [0, 0, 0, 0];
  });
}

const dir = join(packageRoot(import.meta.url), 'appPackage');
writeFileSync(join(dir, 'color.png'), icon(192, BRAND, WHITE));
writeFileSync(join(dir, 'outline.png'), icon(32, undefined, WHITE));
console.log('wrote appPackage/color.png and appPackage/outline.png');

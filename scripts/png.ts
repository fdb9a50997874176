// RGBA pixels to PNG for the Teams icons (the file format itself is src/share/png.ts).
import { pngFromRows } from '../src/share/png.js';

/** Encodes width×height pixels given by `pixel(x, y)` → [r, g, b, a]. */
export function encodePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => readonly number[],
): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // no filter
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r ?? 0, g ?? 0, b ?? 0, a ?? 255], y * (width * 4 + 1) + 1 + x * 4);
    }
  }
  return pngFromRows(width, height, 'rgba', raw);
}

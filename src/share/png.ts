// PNG files without an image library: the signature, the header and the chunks around scanlines the
// caller has filled (each row a filter byte 0, then its pixels, 8 bits per channel). The share page's
// QR code and the Teams icons (scripts/png.ts) both use it.
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG colour types: 0 grayscale (one byte a pixel), 6 RGBA (four). */
const COLOR_TYPE = { grayscale: 0, rgba: 6 } as const;
export type PngColor = keyof typeof COLOR_TYPE;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A width×height PNG of `color` from its filled scanlines, compressed at zlib `level`. */
export function pngFromRows(
  width: number,
  height: number,
  color: PngColor,
  rows: Buffer,
  level?: number,
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(COLOR_TYPE[color], 9);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, level === undefined ? {} : { level })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

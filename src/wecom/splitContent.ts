// Splits text into pieces of at most `maxBytes` UTF-8 bytes (WeCom's limits are in bytes, and it
// cuts a longer message off): between paragraphs (blank lines) where it can, so a heading stays
// with what it heads; between lines when a paragraph alone is too long; inside a line only when
// the line alone is too long; never inside a character.

export function splitContent(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const fits = (s: string) => Buffer.byteLength(s, 'utf8') <= maxBytes;
  const flush = () => {
    if (current.trim()) pieces.push(current);
    current = '';
  };
  /** Adds a unit (a paragraph or a line) joined by `separator`, starting a new piece when needed. */
  const add = (unit: string, separator: string) => {
    if (!current) current = unit;
    else if (fits(current + separator + unit)) current += separator + unit;
    else {
      flush();
      current = unit;
    }
  };
  const paragraphs = text
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim());
  for (const paragraph of paragraphs) {
    if (fits(paragraph)) {
      add(paragraph, '\n\n');
      continue;
    }
    flush();
    for (const line of paragraph.split('\n')) for (const part of splitLine(line, maxBytes)) add(part, '\n');
    flush();
  }
  flush();
  return pieces;
}

/** A line cut into parts that each fit, at character (code point) boundaries. */
function splitLine(line: string, maxBytes: number): string[] {
  if (Buffer.byteLength(line, 'utf8') <= maxBytes) return [line];
  const parts: string[] = [];
  let part = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (bytes + size > maxBytes) {
      parts.push(part);
      part = '';
      bytes = 0;
    }
    part += ch;
    bytes += size;
  }
  if (part) parts.push(part);
  return parts;
}

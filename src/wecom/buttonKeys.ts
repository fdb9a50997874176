// A card button's value (our Action.Submit data) carried in a template card button's key, which
// WeCom gives back as EventKey when the button is clicked. The JSON itself goes in the key when it
// fits the documented 1024 bytes (path/90236) — stateless, so a click still works after a restart
// or on another instance; a larger value is kept here for a while under a short random id.
import { randomBytes } from 'node:crypto';
import { BUTTON_KEY_MAX_BYTES } from './limits.js';

const INLINE = 'v:';
const STORED = 'k:';

export interface ButtonKeyOptions {
  /** How long a stored value is kept for a click. */
  ttlMs?: number;
  /** Most values stored; the oldest are forgotten first. */
  maxStored?: number;
  now?: () => number;
}

export type DecodedKey = { found: true; value: unknown } | { found: false; reason: string };

export class ButtonKeys {
  private readonly stored = new Map<string, { value: unknown; at: number }>();
  private readonly ttlMs: number;
  private readonly maxStored: number;
  private readonly now: () => number;

  constructor(options: ButtonKeyOptions = {}) {
    this.ttlMs = options.ttlMs ?? 7 * 24 * 3600 * 1000;
    this.maxStored = options.maxStored ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  encode(value: unknown): string {
    const inline = `${INLINE}${JSON.stringify(value ?? null)}`;
    if (Buffer.byteLength(inline, 'utf8') <= BUTTON_KEY_MAX_BYTES) return inline;
    const id = randomBytes(12).toString('base64url');
    this.stored.set(id, { value, at: this.now() });
    if (this.stored.size > this.maxStored) this.stored.delete(this.stored.keys().next().value!);
    return `${STORED}${id}`;
  }

  decode(key: string): DecodedKey {
    if (key.startsWith(INLINE)) {
      try {
        return { found: true, value: JSON.parse(key.slice(INLINE.length)) as unknown };
      } catch {
        return { found: false, reason: 'not JSON' };
      }
    }
    if (key.startsWith(STORED)) {
      const entry = this.stored.get(key.slice(STORED.length));
      if (!entry || this.now() - entry.at > this.ttlMs) return { found: false, reason: 'expired or unknown' };
      return { found: true, value: entry.value };
    }
    return { found: false, reason: 'not one of our keys' };
  }
}

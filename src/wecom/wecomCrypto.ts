// WeCom's callback crypto (加解密方案, developer.work.weixin.qq.com/document/path/90968) with Node's
// crypto: msg_signature = SHA-1 of the sorted token, timestamp, nonce and ciphertext; the message is
// AES-256-CBC with key = base64(EncodingAESKey + "="), IV = the key's first 16 bytes, PKCS#7-padded
// to 32 bytes, over random(16) + length(4, big-endian) + message + receiveid (the corp id).
// Unlike @wecom/crypto, decrypt checks every byte of the padding and the declared length, so a
// malformed ciphertext is an error, never garbage or a RangeError.
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The PKCS#7 block size the scheme pads to (32, not AES's 16). */
const PAD_BLOCK = 32;
const RANDOM_BYTES = 16;
const LENGTH_BYTES = 4;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export type CryptoProblem =
  | 'not base64'
  | 'bad ciphertext length'
  | 'bad padding'
  | 'bad message length'
  | 'not utf-8'
  | 'other receiveid';

export class WeComCryptoError extends Error {
  constructor(readonly problem: CryptoProblem) {
    super(`WeCom ciphertext refused: ${problem}`);
    this.name = 'WeComCryptoError';
  }
}

/** Whether a string is an EncodingAESKey: 43 base64 characters that decode (with "=") to 32 bytes. */
export function isEncodingAesKey(value: string): boolean {
  return /^[A-Za-z0-9+/]{43}$/.test(value) && Buffer.from(`${value}=`, 'base64').length === 32;
}

export class WeComCrypto {
  private readonly key: Buffer;
  private readonly iv: Buffer;

  constructor(
    private readonly token: string,
    encodingAesKey: string,
    /** The corp id (企业微信's receiveid for a self-built application). */
    private readonly receiveId: string,
  ) {
    if (!isEncodingAesKey(encodingAesKey))
      throw new Error('WECOM_ENCODING_AES_KEY must be 43 base64 characters decoding to 32 bytes');
    this.key = Buffer.from(`${encodingAesKey}=`, 'base64');
    this.iv = this.key.subarray(0, 16);
  }

  /** msg_signature: SHA-1 (hex) of token, timestamp, nonce and the ciphertext, sorted and joined. */
  signature(timestamp: string, nonce: string, encrypted: string): string {
    return createHash('sha1').update([this.token, timestamp, nonce, encrypted].sort().join('')).digest('hex');
  }

  /** Compares in constant time, so the signature cannot be guessed byte by byte. */
  verify(signature: string, timestamp: string, nonce: string, encrypted: string): boolean {
    const expected = Buffer.from(this.signature(timestamp, nonce, encrypted), 'utf8');
    const given = Buffer.from(signature.toLowerCase(), 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** The plain message of a ciphertext; throws WeComCryptoError for anything malformed or not ours. */
  decrypt(encrypted: string): string {
    if (!BASE64.test(encrypted)) throw new WeComCryptoError('not base64');
    const data = Buffer.from(encrypted, 'base64');
    // PKCS#7 to 32 bytes makes every valid ciphertext a non-empty multiple of 32 bytes.
    if (data.length === 0 || data.length % PAD_BLOCK !== 0)
      throw new WeComCryptoError('bad ciphertext length');
    const decipher = createDecipheriv('aes-256-cbc', this.key, this.iv);
    decipher.setAutoPadding(false);
    const plain = Buffer.concat([decipher.update(data), decipher.final()]);

    const pad = plain[plain.length - 1]!;
    if (pad < 1 || pad > PAD_BLOCK) throw new WeComCryptoError('bad padding');
    for (let i = plain.length - pad; i < plain.length; i++)
      if (plain[i] !== pad) throw new WeComCryptoError('bad padding');
    const content = plain.subarray(0, plain.length - pad);

    if (content.length < RANDOM_BYTES + LENGTH_BYTES) throw new WeComCryptoError('bad message length');
    const length = content.readUInt32BE(RANDOM_BYTES);
    const start = RANDOM_BYTES + LENGTH_BYTES;
    if (length > content.length - start) throw new WeComCryptoError('bad message length');

    const decoder = new TextDecoder('utf-8', { fatal: true });
    let message: string;
    let receiveId: string;
    try {
      message = decoder.decode(content.subarray(start, start + length));
      receiveId = decoder.decode(content.subarray(start + length));
    } catch {
      throw new WeComCryptoError('not utf-8');
    }
    if (receiveId !== this.receiveId) throw new WeComCryptoError('other receiveid');
    return message;
  }

  /** The ciphertext of a message, as WeCom makes it (used for passive replies and by tests). */
  encrypt(message: string, random: Buffer = randomBytes(RANDOM_BYTES)): string {
    if (random.length !== RANDOM_BYTES) throw new Error('random must be 16 bytes');
    const body = Buffer.from(message, 'utf8');
    const length = Buffer.alloc(LENGTH_BYTES);
    length.writeUInt32BE(body.length);
    const content = Buffer.concat([random, length, body, Buffer.from(this.receiveId, 'utf8')]);
    const pad = PAD_BLOCK - (content.length % PAD_BLOCK);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.iv);
    cipher.setAutoPadding(false);
    return Buffer.concat([
      cipher.update(Buffer.concat([content, Buffer.alloc(pad, pad)])),
      cipher.final(),
    ]).toString('base64');
  }
}

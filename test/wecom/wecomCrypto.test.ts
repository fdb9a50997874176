// WeCom's callback crypto: the documented vector (加解密方案, the acceptance values), round
// trips, and every malformed ciphertext refused by name — never garbage, never a RangeError.
import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isEncodingAesKey, WeComCrypto, WeComCryptoError } from '../../src/wecom/wecomCrypto.js';

const TOKEN = 'QDG6eK';
const AES_KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const CORP_ID = 'wx5823bf96d3bd56c7';
const TIMESTAMP = '1409659589';
const NONCE = '263014780';
const ECHOSTR = 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==';

const crypto = new WeComCrypto(TOKEN, AES_KEY, CORP_ID);

/** AES-256-CBC as WeCom uses it, over bytes we choose (to build malformed plaintexts). */
function rawEncrypt(plain: Buffer): string {
  const key = Buffer.from(`${AES_KEY}=`, 'base64');
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
}

function content(message: Buffer, receiveId: Buffer, declaredLength = message.length): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(declaredLength);
  return Buffer.concat([randomBytes(16), length, message, receiveId]);
}

function padded(body: Buffer, pad = 32 - (body.length % 32)): Buffer {
  return Buffer.concat([body, Buffer.alloc(pad, pad)]);
}

function problemOf(encrypted: string): string {
  try {
    crypto.decrypt(encrypted);
  } catch (err) {
    if (err instanceof WeComCryptoError) return err.problem;
    throw err;
  }
  return 'accepted';
}

describe('WeComCrypto on the documented vector', () => {
  it('signs the echostr as documented', () => {
    expect(crypto.signature(TIMESTAMP, NONCE, ECHOSTR)).toBe('5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3');
    expect(crypto.verify('5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3', TIMESTAMP, NONCE, ECHOSTR)).toBe(true);
    expect(crypto.verify('5C45FF5E21C57E6AD56BAC8758B79B1D9AC89FD3', TIMESTAMP, NONCE, ECHOSTR)).toBe(true);
  });

  it('decrypts the echostr to the documented plain text', () => {
    expect(crypto.decrypt(ECHOSTR)).toBe('1616140317555161061');
  });

  it('refuses a signature that differs in any input', () => {
    const good = '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3';
    expect(crypto.verify(good, '1409659590', NONCE, ECHOSTR)).toBe(false);
    expect(crypto.verify(good, TIMESTAMP, '263014781', ECHOSTR)).toBe(false);
    expect(crypto.verify(good, TIMESTAMP, NONCE, ECHOSTR.replace('P9n', 'P9m'))).toBe(false);
    expect(new WeComCrypto('QDG6eL', AES_KEY, CORP_ID).verify(good, TIMESTAMP, NONCE, ECHOSTR)).toBe(false);
    expect(crypto.verify(good.slice(0, 39), TIMESTAMP, NONCE, ECHOSTR)).toBe(false);
    expect(crypto.verify('', TIMESTAMP, NONCE, ECHOSTR)).toBe(false);
  });
});

describe('WeComCrypto round trips', () => {
  it.each([
    ['empty', ''],
    ['ASCII', 'hello'],
    ['Chinese and emoji', '我能申请研发投入奖励吗?🙂'],
    ['31 bytes (pads 1 with the header and corp id)', 'x'.repeat(32 - ((20 + CORP_ID.length) % 32) - 1)],
    ['a whole block (pads 32)', 'x'.repeat(32 - ((20 + CORP_ID.length) % 32))],
    ['a long XML', `<xml><Content><![CDATA[${'问'.repeat(3000)}]]></Content></xml>`],
  ])('%s', (_name, message) => {
    const encrypted = crypto.encrypt(message);
    expect(Buffer.from(encrypted, 'base64').length % 32).toBe(0);
    expect(crypto.decrypt(encrypted)).toBe(message);
  });

  it('makes a different ciphertext each time (the random prefix)', () => {
    expect(crypto.encrypt('same')).not.toBe(crypto.encrypt('same'));
  });
});

describe('WeComCrypto refuses malformed ciphertexts', () => {
  it('not base64, or not canonical base64', () => {
    expect(problemOf('not base64!')).toBe('not base64');
    expect(problemOf('P9nAzCzy DtyTWESH')).toBe('not base64');
    expect(problemOf(ECHOSTR.slice(0, -1))).toBe('not base64');
    expect(problemOf('')).toBe('bad ciphertext length');
  });

  it('a length that is not a positive multiple of 32 bytes', () => {
    expect(problemOf(Buffer.alloc(16).toString('base64'))).toBe('bad ciphertext length');
    expect(problemOf(Buffer.from(ECHOSTR, 'base64').subarray(0, 48).toString('base64'))).toBe(
      'bad ciphertext length',
    );
  });

  it('padding 0, over 32, or with bytes that differ', () => {
    const body = content(Buffer.from('hello'), Buffer.from(CORP_ID));
    const zero = Buffer.concat([body, Buffer.alloc(32 - (body.length % 32))]);
    expect(problemOf(rawEncrypt(zero))).toBe('bad padding');
    const big = padded(body);
    big[big.length - 1] = 33;
    expect(problemOf(rawEncrypt(big))).toBe('bad padding');
    const uneven = padded(body);
    const pad = uneven[uneven.length - 1]!;
    expect(pad).toBeGreaterThan(1);
    uneven[uneven.length - pad] = pad + 1;
    expect(problemOf(rawEncrypt(uneven))).toBe('bad padding');
  });

  it('a tampered ciphertext (its padding no longer holds)', () => {
    // In CBC, flipping a bit of the second-to-last cipher block flips the same bit of the last
    // plain block, so the pad byte changes deterministically. Flipping the last cipher block
    // instead garbles the whole block, and about one time in 256 the garbage is valid padding.
    const data = Buffer.from(crypto.encrypt('hello'), 'base64');
    const previousBlockEnd = data.length - 16 - 1;
    data[previousBlockEnd] = data[previousBlockEnd]! ^ 0x01;
    expect(problemOf(data.toString('base64'))).toBe('bad padding');
  });

  it('a declared length beyond the message, or no room for the header', () => {
    expect(problemOf(rawEncrypt(padded(content(Buffer.from('hi'), Buffer.from(CORP_ID), 10_000))))).toBe(
      'bad message length',
    );
    expect(problemOf(rawEncrypt(padded(content(Buffer.from('hi'), Buffer.from(CORP_ID), 0xffffffff))))).toBe(
      'bad message length',
    );
    expect(problemOf(rawEncrypt(padded(randomBytes(10), 22)))).toBe('bad message length');
  });

  it('a message or receiveid that is not UTF-8', () => {
    expect(problemOf(rawEncrypt(padded(content(Buffer.from([0xff, 0xfe]), Buffer.from(CORP_ID)))))).toBe(
      'not utf-8',
    );
  });

  it('a ciphertext for another corp id, or with none', () => {
    const other = new WeComCrypto(TOKEN, AES_KEY, 'ww-another-corp').encrypt('hello');
    expect(problemOf(other)).toBe('other receiveid');
    expect(problemOf(rawEncrypt(padded(content(Buffer.from('hello'), Buffer.alloc(0)))))).toBe(
      'other receiveid',
    );
  });

  it('a ciphertext made with another key (its padding fails)', () => {
    const otherKey = randomBytes(32).toString('base64').slice(0, 43);
    const other = new WeComCrypto(TOKEN, otherKey, CORP_ID);
    // A wrong key decrypts to noise: at most the rare chance that noise ends in valid padding.
    const problems = new Set(Array.from({ length: 20 }, () => problemOf(other.encrypt('hello'))));
    expect(problems.has('accepted')).toBe(false);
  });
});

describe('EncodingAESKey', () => {
  it('is 43 base64 characters decoding to 32 bytes', () => {
    expect(isEncodingAesKey(AES_KEY)).toBe(true);
    expect(isEncodingAesKey(AES_KEY.slice(1))).toBe(false);
    expect(isEncodingAesKey(`${AES_KEY}=`)).toBe(false);
    expect(isEncodingAesKey(AES_KEY.replace('j', '-'))).toBe(false);
    expect(() => new WeComCrypto(TOKEN, 'short', CORP_ID)).toThrow(/WECOM_ENCODING_AES_KEY/);
  });
});

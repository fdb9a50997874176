// escapeRegExp: the text matches itself literally inside a pattern.
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../src/escapeRegExp.js';

describe('escapeRegExp', () => {
  it.each(['/en', 'a.b*c', '(1%)+[x]', 'r&d?', '$^{}|\\'])('%s matches only itself', (text) => {
    const pattern = new RegExp(`^${escapeRegExp(text)}$`);
    expect(pattern.test(text)).toBe(true);
    expect(pattern.test(`${text}x`)).toBe(false);
  });
});

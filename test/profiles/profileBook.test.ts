// The profile book as user state keeps it: migration of the single profile of earlier versions,
// retention, the active profile, and answers that stay with their profile.
import { describe, expect, it } from 'vitest';
import {
  activeProfile,
  addProfile,
  ensureActive,
  MAX_PROFILES,
  readProfileBook,
  recordAnswer,
  removeProfile,
  switchTo,
  type ProfileBook,
} from '../../src/profiles/profileBook.js';

const NOW = new Date('2026-11-26T08:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

describe('readProfileBook', () => {
  it('nothing stored: an empty book, nothing to write back', () => {
    expect(readProfileBook(undefined, NOW, 180)).toEqual({
      book: { version: 2, profiles: [] },
      changed: false,
      expired: [],
    });
  });

  it('migrates {answers} to one unnamed, active profile', () => {
    const { book, changed } = readProfileBook({ answers: { 'is-high-tech': true } }, NOW, 180);
    expect(changed).toBe(true);
    expect(book.profiles).toHaveLength(1);
    const [profile] = book.profiles;
    expect(profile).toMatchObject({ answers: { 'is-high-tech': true }, updatedAt: NOW.toISOString() });
    expect(profile!.name).toBeUndefined();
    expect(book.activeKey).toBe(profile!.key);
  });

  it('an old empty profile becomes an empty book; what does not validate is reset', () => {
    expect(readProfileBook({ answers: {} }, NOW, 180).book.profiles).toEqual([]);
    expect(readProfileBook({ version: 2, profiles: 'x' }, NOW, 180)).toMatchObject({
      book: { profiles: [] },
      changed: true,
    });
  });

  it('drops profiles unused for longer than the retention period, and the active mark with them', () => {
    const stored: ProfileBook = {
      version: 2,
      activeKey: 'a',
      profiles: [
        { key: 'a', name: 'A', answers: {}, createdAt: daysAgo(200), updatedAt: daysAgo(181) },
        { key: 'b', answers: {}, createdAt: daysAgo(200), updatedAt: daysAgo(179) },
      ],
    };
    const { book, changed, expired } = readProfileBook(stored, NOW, 180);
    expect(expired).toEqual(['a']);
    expect(changed).toBe(true);
    expect(book.profiles.map((p) => p.key)).toEqual(['b']);
    expect(book.activeKey).toBeUndefined();
  });
});

describe('profiles', () => {
  it('a new profile is active and starts with no answers; answers go to the profile named', () => {
    const book: ProfileBook = { version: 2, profiles: [] };
    const a = addProfile(book, '上海甲公司', NOW);
    if (a === 'too-many') throw new Error('unexpected');
    recordAnswer(book, a.key, 'is-high-tech', true, NOW);
    const b = addProfile(book, '上海乙公司', NOW);
    if (b === 'too-many') throw new Error('unexpected');
    expect(activeProfile(book)).toBe(b);
    expect(b.answers).toEqual({});
    recordAnswer(book, a.key, 'rd-last-year', 6_000_000, NOW); // a flow started for A keeps writing to A
    expect(b.answers).toEqual({});
    expect(a.answers).toEqual({ 'is-high-tech': true, 'rd-last-year': 6_000_000 });
    expect(switchTo(book, a.key, NOW)).toBe(a);
    expect(removeProfile(book, a.key)).toBe(a);
    expect(book.activeKey).toBeUndefined();
    expect(ensureActive(book, NOW).name).toBeUndefined(); // a fresh unnamed one
  });

  it('keeps at most MAX_PROFILES', () => {
    const book: ProfileBook = { version: 2, profiles: [] };
    for (let i = 0; i < MAX_PROFILES; i++) expect(addProfile(book, `企业${i}`, NOW)).not.toBe('too-many');
    expect(addProfile(book, '再一家', NOW)).toBe('too-many');
  });
});

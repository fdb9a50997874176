import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../src/state/BoundedMemoryStorage.js';

describe('BoundedMemoryStorage', () => {
  it('keeps at most maxItems items, dropping the least recently used', async () => {
    const storage = new BoundedMemoryStorage(3);
    for (const key of ['a', 'b', 'c']) await storage.write({ [key]: { v: key } });
    await storage.read(['a']); // a is now the most recent
    await storage.write({ d: { v: 'd' } });
    expect(storage.size).toBe(3);
    const items = await storage.read(['a', 'b', 'c', 'd']);
    expect(Object.keys(items).sort()).toEqual(['a', 'c', 'd']);
  });

  it('still rejects a stale eTag, as MemoryStorage does', async () => {
    const storage = new BoundedMemoryStorage(10);
    await storage.write({ k: { v: 1, eTag: '*' } });
    const first = (await storage.read(['k'])).k as { eTag: string };
    await storage.write({ k: { v: 2, eTag: first.eTag } });
    await expect(storage.write({ k: { v: 3, eTag: first.eTag } })).rejects.toThrow();
  });

  it('stays bounded under many conversations', async () => {
    const storage = new BoundedMemoryStorage(100);
    for (let i = 0; i < 5000; i++) await storage.write({ [`conv-${i}`]: { n: i } });
    expect(storage.size).toBe(100);
  });

  it('drops the oldest item from the key iterator, without walking every key, once full', async () => {
    const storage = new BoundedMemoryStorage(2000);
    for (let i = 0; i < 2000; i++) await storage.write({ [`conv-${i}`]: { n: i } });
    // Count the steps taken through Map iterators during one write past the cap.
    const iteratorPrototype = Object.getPrototypeOf(new Map().keys()) as {
      next: (...args: unknown[]) => unknown;
    };
    const next = iteratorPrototype.next;
    let steps = 0;
    iteratorPrototype.next = function (this: unknown, ...args: unknown[]) {
      steps++;
      return next.apply(this, args);
    };
    try {
      await storage.write({ 'conv-new': { n: -1 } });
    } finally {
      iteratorPrototype.next = next;
    }
    expect(storage.size).toBe(2000);
    expect(Object.keys(await storage.read(['conv-0', 'conv-1', 'conv-new']))).toEqual(['conv-1', 'conv-new']);
    expect(steps).toBeLessThan(10);
  });
});

// A least-recently-used Map in one function: the caches of HTTP clients, the rate limiter's buckets,
// the activity ids taken on lately and the searches of recent questions all keep a bounded number of
// entries and drop the one used longest ago.

/** The value under `key` (made by `make` when missing), now the most recent; past `max` entries the oldest goes. */
export function lruRemember<V>(map: Map<string, V>, key: string, make: () => V, max: number): V {
  let value = map.get(key);
  if (value === undefined) value = make();
  else map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
  return value;
}

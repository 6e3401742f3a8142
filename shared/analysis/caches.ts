/**
 * The analysis's module-level memos (sentence shapes, clause views, metric descriptors, period
 * readings…). Each is bounded by its number of entries, yet they outlive the workspace analysed: a
 * closed 1,000-article workspace left 76 MB of them in the service host (issue 9; 228k entries after a
 * 10,000-article analysis). Each registers here, and `releaseAnalysisCaches` empties them all when the
 * last workspace service closes (none of them is then read by a kept analysis). They are pure memos:
 * emptied, they are filled again on use, and every result stays the same. (The token ids of
 * passages.ts are not one: passages kept by an analysis state hold them, so they stay.)
 */
const caches: { clear(): void; readonly size: number }[] = [];

/** Registers a module-level memo (returned as given) so that `releaseAnalysisCaches` empties it. */
export function releasable<T extends { clear(): void; readonly size: number }>(cache: T): T {
  caches.push(cache);
  return cache;
}

/** Empties every registered memo of the analysis. */
export function releaseAnalysisCaches(): void {
  for (const cache of caches) cache.clear();
}

/** How many entries the registered memos hold together (tests, benches). */
export function cachedEntries(): number {
  let n = 0;
  for (const cache of caches) n += cache.size;
  return n;
}

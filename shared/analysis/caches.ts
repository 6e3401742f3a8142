/**
 * The analysis's module-level memos (sentence shapes, clause views, metric descriptors, period
 * readings…). Each is bounded by its number of entries, yet at newsroom scale they hold hundreds of
 * megabytes that outlive the workspace analysed (issue 9: a closed 10,000-article workspace left
 * gigabytes behind in the service host). Each registers here, and `releaseAnalysisCaches` empties them
 * all when a workspace is closed. They are pure memos: emptied, they are filled again on use, and every
 * result stays the same. (The token ids of passages.ts are not one: passages kept by an analysis state
 * hold them, so they stay.)
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

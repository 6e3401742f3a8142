import type { Finding } from '../../shared/schema';
import { backgroundSlice } from './deskCalls';
import { ShardedMap } from './shardedMap';
import { ListMap } from './listMap';
import type { FindingQuery } from './port';

/**
 * Indexes over the findings, kept by the in-memory state of the lowdb and memory adapters so that
 * every findings query costs in proportion to its answer, not to the workspace (79k findings at
 * 1,000 imported articles):
 *   - one id list per (status, consistent-or-not) group, sorted by stored order: a page of a status
 *     filter merges the groups asked for up to offset + limit; totals are the groups' sizes;
 *   - finding ids by claim id and by article id (the finding's articleIds and its claims' articles);
 *   - per claim, how many findings that need the editor (open, not "consistent") it stands in;
 *   - an order-independent signature (count + sum of per-finding hashes of id, status, explanation).
 * Built after a lowdb write open in the background, in slices that leave the event loop free
 * (`buildInBackground`), or at once by the first query that needs it (the memory store, or a query
 * arriving before the background build is done); then kept up to date by every record put:
 * commits, journal replay, analysis and re-analysis all go through the state's `put`.
 */
export type FindingGroup = 'open' | 'open:consistent' | 'resolved' | 'resolved:consistent' | 'dismissed' | 'dismissed:consistent';

/**
 * What the index needs to know of a finding: a finding record itself, or the entry of a findings
 * index document (lowdb: findings whose chunk is not parsed yet), which carries its hash instead of
 * the explanation.
 */
export type FindingMeta = Pick<Finding, 'id' | 'status' | 'type' | 'claimIds'> & {
  articleIds?: readonly string[] | null | undefined;
  explanation?: string;
  hash?: number;
  decision?: Finding['decision'];
  /**
   * An index entry's word on the dismissal: 1 a "not the same fact" dismissal, 0 not one, null not
   * known (an index document written before it said); a finding record has none (its decision says).
   */
  dismissal?: 0 | 1 | null;
};

/**
 * A "not the same fact" dismissal: the findings an incremental re-analysis needs besides the ones it
 * re-examined (shared/analysis keeps their pairs out for good). The same test as the analysis's.
 */
export function isNotSameFactDismissal(f: Pick<Finding, 'status'> & { decision?: Finding['decision'] }): boolean {
  return f.status === 'dismissed' && f.decision?.kind === 'dismissed' && f.decision.reason === 'not-same-fact';
}

/** Whether a finding may be a "not the same fact" dismissal (an index entry that does not say: maybe). */
function maybeNotSameFact(f: FindingMeta): boolean {
  if (f.status !== 'dismissed' || f.dismissal === 0) return false;
  if (f.dismissal === 1 || f.dismissal === null) return true;
  return isNotSameFactDismissal(f);
}

export const groupOf = (f: Pick<FindingMeta, 'status' | 'type'>): FindingGroup => (f.type === 'consistent' ? (`${f.status}:consistent` as FindingGroup) : f.status);

/** A findings head: per status group its size and first findings ([stored order, id]), and the signature's parts. */
export interface FindingHeadData {
  count: number;
  hash: number;
  groups: Record<FindingGroup, { total: number; head: [number, string][] }>;
}

export const FINDING_GROUPS: readonly FindingGroup[] = ['open', 'open:consistent', 'resolved', 'resolved:consistent', 'dismissed', 'dismissed:consistent'];

/**
 * The page a query asks for, as both the findings head and the index read it: a negative (or
 * fractional) offset or limit is clamped to 0 (whole numbers), no limit is every finding — never a
 * slice counted from the end.
 */
export function pageWindow(query: Pick<FindingQuery, 'offset' | 'limit'>): { offset: number; limit: number } {
  const clamp = (x: number | undefined, none: number) => (x === undefined || Number.isNaN(x) ? none : Math.max(0, Math.floor(x)));
  return { offset: clamp(query.offset, 0), limit: clamp(query.limit, Number.MAX_SAFE_INTEGER) };
}

/**
 * The status groups a status/type query reads, and whether their members must still be checked one
 * by one for their type (a strict subset of the non-consistent types: rare). Null for a query by
 * claim or article (answered from the per-claim and per-article lists instead).
 */
export function groupsOfQuery(query: FindingQuery): { groups: FindingGroup[]; typeCheck: boolean } | null {
  if (query.claimId !== undefined || query.articleId !== undefined) return null;
  const statuses = query.statuses ? new Set<string>(query.statuses) : null;
  const types = query.types ? new Set<string>(query.types) : null;
  const groups = FINDING_GROUPS.filter((group) => {
    const [status, consistent] = group.split(':') as [string, string | undefined];
    if (statuses && !statuses.has(status)) return false;
    if (types && (consistent ? !types.has('consistent') : ![...types].some((t) => t !== 'consistent'))) return false;
    return true;
  });
  const kinds = types ? [...types].filter((t) => t !== 'consistent').length : 3;
  return { groups, typeCheck: types !== null && kinds > 0 && kinds < 3 };
}

/** Stored order, then id: the order of every findings listing. */
export function compareOrdered(ordA: number, idA: string, ordB: number, idB: string): number {
  return ordA - ordB || (idA < idB ? -1 : idA > idB ? 1 : 0);
}

/** The hash a finding contributes to the signature (stored in an index entry, else computed). */
export function hashOfFinding(f: FindingMeta): number {
  return f.hash ?? findingHash(f.id, f.status, f.explanation ?? '');
}

/** FNV-1a of what the signature follows about one finding. */
function findingHash(id: string, status: string, explanation: string): number {
  let h = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0xff;
    h = Math.imul(h, 0x01000193);
  };
  mix(id);
  mix(status);
  mix(explanation);
  return h >>> 0;
}

export interface FindingIndexSource {
  /** Every finding's id (a snapshot). */
  findingIds(): string[];
  /**
   * Every finding's id in parts, each part's snapshot taken when its function is called (the background
   * build takes them one slice at a time instead of 160,000 ids at once). A finding present from the first
   * call to the last is in at least one part (a finding that moves between the maps behind the parts moves
   * to a later part's); it may be in two.
   */
  findingIdParts(): Array<() => string[]>;
  findingCount(): number;
  /** What the index needs of a finding (undefined when there is no such finding). */
  findingMeta(id: string): FindingMeta | undefined;
  /** Stored order of each finding (analysis order). */
  findingOrder: ReadonlyMap<string, number>;
  /** The article a claim belongs to (undefined when unknown). */
  articleOfClaim(claimId: string): string | undefined;
}

/** Up to this many findings, the index is built at once (a few ms at most). */
const SMALL = 2000;

let groupsSliced = true;
/** Bench only: `false` builds the status groups in one synchronous sort, as before (the baseline). */
export function setFindingGroupsSliced(sliced: boolean): void {
  groupsSliced = sliced;
}

export class FindingIndex {
  private built = false;
  /**
   * Every finding's references (by claim, by article, the claims needing the editor, the "not the
   * same fact" dismissals) are indexed; the status groups may still be in the making. Queries by
   * claim or article, and the claims needing the editor, need no more than this.
   */
  private refsDone = false;
  /** Waiting for the references (see `referencesInBackground`). */
  private refsWaiters: Array<() => void> = [];
  /** The claims needing the editor as a list, taken once for the pages read from it; dropped when one changes. */
  private attentionList: string[] | null = null;
  /**
   * A build in progress: the finding ids still to index (a snapshot taken when it started) and how
   * far it got. While it runs, `update` keeps the per-claim and per-article references of the
   * findings already indexed (or new) up to date; the status groups are built at the end, from the
   * findings as they are then.
   */
  private building: { parts: Array<() => string[]>; part: number; ids: string[]; at: number } | null = null;
  /** A finding changed while the status groups were being built in slices: they start over. */
  private groupsStale = false;
  /** Bumped by `reset`: a background build of an earlier generation stops. */
  private generation = 0;
  private groups = new Map<FindingGroup, string[]>();
  // Lists, not sets: a claim or an article stands in few findings, and lists are cheaper to build.
  private byClaim = new ListMap<string>();
  private byArticle = new ListMap<string>();
  private attentionByClaim = new ShardedMap<number>();
  /** Findings that are (or, by an older index document, may be) "not the same fact" dismissals. */
  private notSameFact = new Set<string>();
  /** The article ids each finding was indexed under (what to remove when it changes); also "indexed". */
  private articlesOf = new ShardedMap<readonly string[]>();
  private hashSum = 0;
  private count = 0;
  private background: Promise<void> | null = null;

  constructor(private readonly source: FindingIndexSource) {}

  /** Forgets everything (the state is being loaded again). */
  reset(): void {
    this.generation++;
    this.background = null;
    this.clear();
    // Those waiting for the references of the build that was dropped ask again (see the state).
    this.releaseRefsWaiters();
  }

  private releaseRefsWaiters(): void {
    const waiters = this.refsWaiters;
    this.refsWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private markRefsDone(): void {
    this.refsDone = true;
    this.releaseRefsWaiters();
  }

  private clear(): void {
    this.built = false;
    this.refsDone = false;
    this.attentionList = null;
    this.building = null;
    this.groups.clear();
    this.byClaim.clear();
    this.byArticle.clear();
    this.attentionByClaim.clear();
    this.notSameFact.clear();
    this.articlesOf.clear();
    this.hashSum = 0;
    this.count = 0;
  }

  /** True once every query can be answered without building anything. */
  get ready(): boolean {
    return this.built;
  }

  /** True once queries by claim or article (and the claims needing the editor) can be answered without building anything. */
  get referencesReady(): boolean {
    return this.built || this.refsDone;
  }

  private ord(id: string): number {
    return this.source.findingOrder.get(id) ?? 0;
  }

  private startBuild(): { parts: Array<() => string[]>; part: number; ids: string[]; at: number } {
    if (!this.building) {
      this.clear();
      this.building = { parts: this.source.findingIdParts(), part: 0, ids: [], at: 0 };
    }
    return this.building;
  }

  /** Indexes the references of up to the snapshots' end, or until `deadline` (performance.now()). */
  private indexSome(deadline: number): boolean {
    const run = this.startBuild();
    for (;;) {
      if (run.at >= run.ids.length) {
        if (run.part >= run.parts.length) return true;
        // The next part's snapshot, taken now (see FindingIndexSource.findingIdParts).
        run.ids = (run.parts[run.part++] as () => string[])();
        run.at = 0;
        if (performance.now() > deadline) return false;
        continue;
      }
      const id = run.ids[run.at++] as string;
      // Already indexed (it changed during the build, or an earlier part had it) or gone since the snapshot.
      if (!this.articlesOf.has(id)) {
        const f = this.source.findingMeta(id);
        if (f) this.addRefs(f);
      }
      if ((run.at & 63) === 0 && performance.now() > deadline) return false;
    }
  }

  /** The status groups, sorted by (stored order, id), from the findings as they are now (at once). */
  private buildGroups(): void {
    const order = this.source.findingOrder;
    // Sorted with the order looked up once per finding, not once per comparison.
    const keyed: Keyed[] = [];
    for (const id of this.source.findingIds()) {
      const f = this.source.findingMeta(id);
      if (f) keyed.push({ ord: order.get(id) ?? 0, id, group: groupOf(f) });
    }
    keyed.sort(byOrder);
    this.groups.clear();
    for (const k of keyed) append(this.groups, k);
    this.finishBuild();
  }

  private finishBuild(): void {
    this.building = null;
    this.groupsStale = false;
    this.built = true;
    this.releaseRefsWaiters();
  }

  /**
   * The status groups built in slices of about `sliceMs` (the background build): the findings are
   * dealt into runs of 1,024 consecutive stored orders, then each run is sorted and appended, with
   * the event loop free between two slices. A finding changing meanwhile makes the groups start over
   * (twice at most; then they are built at once). False when the build was overtaken (reset, or a
   * query built everything itself).
   */
  private async buildGroupsInSlices(generation: number, sliceMs: number): Promise<boolean> {
    const overtaken = () => this.generation !== generation || this.built;
    for (let attempt = 0; ; attempt++) {
      this.groupsStale = false;
      let deadline = performance.now() + backgroundSlice(sliceMs);
      const pause = async (): Promise<boolean> => {
        if (performance.now() <= deadline) return true;
        await new Promise<void>((r) => setImmediate(r));
        deadline = performance.now() + backgroundSlice(sliceMs);
        return !overtaken() && !this.groupsStale;
      };
      const runs = new Map<number, Keyed[]>();
      let ok = true;
      // Part by part (see FindingIndexSource.findingIdParts): no snapshot of every id in one step.
      parts: for (const part of this.source.findingIdParts()) {
        const ids = part();
        for (let at = 0; at < ids.length; at++) {
          const id = ids[at] as string;
          const f = this.source.findingMeta(id);
          if (f) {
            const ord = this.ord(id);
            const key = Math.floor(ord / 1024);
            let run = runs.get(key);
            if (!run) runs.set(key, (run = []));
            run.push({ ord, id, group: groupOf(f) });
          }
          if ((at & 1023) === 1023 && !(await pause())) {
            ok = false;
            break parts;
          }
        }
        if (!(await pause())) {
          ok = false;
          break;
        }
      }
      if (overtaken()) return false;
      if (ok) {
        const groups = new Map<FindingGroup, string[]>();
        for (const key of [...runs.keys()].sort((a, b) => a - b)) {
          const run = (runs.get(key) as Keyed[]).sort(byOrder);
          // (A finding two parts both had — moved from one map to the other during the build — once.)
          let last: Keyed | null = null;
          for (const k of run) {
            if (last !== null && last.id === k.id) continue;
            append(groups, k);
            last = k;
          }
          if (!(await pause())) {
            ok = false;
            break;
          }
        }
        if (overtaken()) return false;
        if (ok && !this.groupsStale) {
          this.groups = groups;
          this.finishBuild();
          return true;
        }
      }
      if (attempt >= 2) {
        this.buildGroups();
        return true;
      }
    }
  }

  /** Builds the whole index now, at once (a new workspace written in one go). */
  buildNow(): void {
    this.build();
  }

  /** Builds whatever is left of the indexes now (a query that arrives before the background build is done). */
  private build(): void {
    if (this.built) return;
    this.indexSome(Infinity);
    this.buildGroups();
  }

  /** Indexes whatever references are left now, not the status groups (a query by claim or article). */
  private buildRefs(): void {
    if (this.referencesReady) return;
    if (this.indexSome(Infinity)) this.markRefsDone();
  }

  /**
   * Settles when every reference is indexed (see `referencesReady`) — before the status groups of a
   * background build are sorted — or when the build was dropped or finished (ask `referencesReady`).
   */
  async referencesInBackground(): Promise<void> {
    if (this.referencesReady) return;
    const background = this.buildInBackground();
    if (this.referencesReady) return;
    await Promise.race([background, new Promise<void>((resolve) => this.refsWaiters.push(resolve))]);
  }

  /**
   * Builds the indexes in the background, in slices of about `sliceMs` with the event loop free in
   * between (after an open, so neither the open nor the first findings query pays for it). A query
   * meanwhile finishes the build itself and answers as if it had been done at once.
   */
  buildInBackground(sliceMs = 8): Promise<void> {
    if (this.built) return Promise.resolve();
    if (this.background) return this.background;
    if (!this.building && this.source.findingCount() <= SMALL) {
      // A few thousand findings index in a millisecond or two: no need to slice.
      this.build();
      return Promise.resolve();
    }
    const generation = this.generation;
    const run = async () => {
      for (;;) {
        await new Promise<void>((r) => setImmediate(r));
        if (this.generation !== generation || this.built) return;
        // Shorter while a call of the desk is in flight (see deskCalls.ts).
        if (this.indexSome(performance.now() + backgroundSlice(sliceMs))) {
          this.markRefsDone();
          break;
        }
      }
      await new Promise<void>((r) => setImmediate(r));
      if (this.generation !== generation || this.built) return;
      if (groupsSliced) await this.buildGroupsInSlices(generation, sliceMs);
      else this.buildGroups();
    };
    const promise = run().finally(() => {
      if (this.background === promise) this.background = null;
    });
    this.background = promise;
    return promise;
  }

  /** The finding's articles, in an array of exactly their number (one is kept per finding). */
  private articleIdsOf(f: FindingMeta): readonly string[] {
    const ids: string[] = f.articleIds ? [...new Set(f.articleIds)] : [];
    for (const c of f.claimIds) {
      const a = this.source.articleOfClaim(c);
      if (a !== undefined && !ids.includes(a)) ids.push(a);
    }
    // A list grown by push reserves room for 17 (152 bytes); slice copies to the exact size.
    return ids.length === 0 ? NO_ARTICLES : ids.slice();
  }

  private addRefs(f: FindingMeta): void {
    // Each key once per finding (a finding listing a claim twice is listed once under it).
    f.claimIds.forEach((c, i) => {
      if (f.claimIds.indexOf(c) === i) this.byClaim.add(c, f.id);
    });
    const articles = this.articleIdsOf(f);
    this.articlesOf.set(f.id, articles);
    for (const a of articles) this.byArticle.add(a, f.id);
    if (f.status === 'open' && f.type !== 'consistent') {
      this.attentionList = null;
      f.claimIds.forEach((c, i) => {
        if (f.claimIds.indexOf(c) === i) this.attentionByClaim.set(c, (this.attentionByClaim.get(c) ?? 0) + 1);
      });
    }
    if (maybeNotSameFact(f)) this.notSameFact.add(f.id);
    this.hashSum = (this.hashSum + hashOfFinding(f)) >>> 0;
    this.count++;
  }

  private removeRefs(f: FindingMeta): void {
    f.claimIds.forEach((c, i) => {
      if (f.claimIds.indexOf(c) === i) this.byClaim.remove(c, f.id);
    });
    for (const a of this.articlesOf.get(f.id) ?? []) this.byArticle.remove(a, f.id);
    this.articlesOf.delete(f.id);
    if (f.status === 'open' && f.type !== 'consistent') {
      this.attentionList = null;
      f.claimIds.forEach((c, i) => {
        if (f.claimIds.indexOf(c) !== i) return;
        const n = (this.attentionByClaim.get(c) ?? 0) - 1;
        if (n > 0) this.attentionByClaim.set(c, n);
        else this.attentionByClaim.delete(c);
      });
    }
    this.notSameFact.delete(f.id);
    this.hashSum = (this.hashSum - hashOfFinding(f)) >>> 0;
    this.count--;
  }

  /** Position of `id` (by stored order) in a sorted group list: binary search. */
  private position(list: readonly string[], ord: number, id: string): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = list[mid] as string;
      const o = this.ord(other);
      if (o < ord || (o === ord && other < id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * A finding changed (`previous` → `next`, null = absent). Called by the state BEFORE the order of
   * a new finding is forgotten and AFTER the order of a new one is assigned.
   */
  update(id: string, previous: FindingMeta | undefined, next: FindingMeta | undefined, previousOrd: number | undefined): void {
    if (this.building) {
      // Mid-build: references only (the groups are built at the end from the findings as they are;
      // a group build in progress starts over).
      this.groupsStale = true;
      if (previous && this.articlesOf.has(id)) this.removeRefs(previous);
      if (next) this.addRefs(next);
      return;
    }
    if (!this.built) return;
    // Same group, same place (a decision's note, an explanation re-rendered, a full analysis
    // storing again what it found): the references change, the group lists do not move. Moving
    // them costs the group's size (a splice), which a commit of 100k such updates cannot pay.
    if (previous && next && groupOf(previous) === groupOf(next) && (previousOrd ?? this.ord(id)) === this.ord(id)) {
      this.removeRefs(previous);
      this.addRefs(next);
      return;
    }
    if (previous) {
      this.removeRefs(previous);
      const list = this.groups.get(groupOf(previous));
      if (list) {
        // Old position: by the order the finding had (an update keeps it; a delete has just dropped it).
        const ord = previousOrd ?? this.ord(id);
        let at = this.position(list, ord, id);
        if (list[at] !== id) at = list.indexOf(id);
        if (at >= 0) list.splice(at, 1);
      }
    }
    if (next) {
      this.addRefs(next);
      let list = this.groups.get(groupOf(next));
      if (!list) this.groups.set(groupOf(next), (list = []));
      list.splice(this.position(list, this.ord(id), id), 0, id);
    }
  }

  /** A page of findings (their ids), in stored order, for the filters of `query`. */
  page(query: FindingQuery): { total: number; ids: string[] } {
    const stages = this.pageStaged(query);
    for (;;) {
      const step = stages.next();
      if (step.done) return step.value;
    }
  }

  /**
   * `page` in steps (a step every few thousand findings merged: a page of every finding of a
   * 10,000-article workspace merges 160k ids from the status groups, some 100 ms at once). The
   * index must not change between two steps (the lowdb store runs it in a consistent read: a
   * commit landing meanwhile makes the page again).
   */
  *pageStaged(query: FindingQuery): Generator<void, { total: number; ids: string[] }> {
    const { offset, limit } = pageWindow(query);
    const statuses = query.statuses ? new Set<string>(query.statuses) : null;
    const types = query.types ? new Set<string>(query.types) : null;
    if (query.claimId !== undefined || query.articleId !== undefined) {
      // The references are enough: no need to wait for (or build) the status groups.
      this.buildRefs();
      // Few findings per claim or article: take them all, filter, sort, page.
      let ids: readonly string[] | undefined;
      if (query.claimId !== undefined) ids = this.byClaim.get(query.claimId);
      if (query.articleId !== undefined) {
        const ofArticle = this.byArticle.get(query.articleId);
        ids = query.claimId !== undefined ? (ids ?? []).filter((id) => ofArticle?.includes(id)) : ofArticle;
      }
      const matching: string[] = [];
      for (const id of new Set(ids ?? [])) {
        const f = this.source.findingMeta(id);
        if (f && (!statuses || statuses.has(f.status)) && (!types || types.has(f.type))) matching.push(id);
      }
      matching.sort((a, b) => this.ord(a) - this.ord(b) || (a < b ? -1 : a > b ? 1 : 0));
      return { total: matching.length, ids: matching.slice(offset, offset + limit) };
    }
    this.build();
    // Status and type filters: the groups asked for, merged by stored order up to offset + limit.
    const selection = groupsOfQuery(query) as { groups: FindingGroup[]; typeCheck: boolean };
    const lists: string[][] = [];
    for (const group of selection.groups) {
      const list = this.groups.get(group);
      if (list && list.length > 0) lists.push(list);
    }
    const needsTypeCheck = selection.typeCheck;
    if (!needsTypeCheck) {
      const total = lists.reduce((n, l) => n + l.length, 0);
      return { total, ids: yield* this.merge(lists, offset, Math.min(limit, Math.max(0, total - offset))) };
    }
    // A subset of the non-consistent types: filter while merging (rare; costs the groups' size).
    const matching: string[] = [];
    for (const id of yield* this.merge(lists, 0, Number.MAX_SAFE_INTEGER)) {
      const type = this.source.findingMeta(id)?.type;
      if (type !== undefined && types?.has(type)) matching.push(id);
    }
    return { total: matching.length, ids: matching.slice(offset, offset + limit) };
  }

  /** Items `offset` … `offset + count` of the sorted lists merged (a step every 4,096 items). */
  private *merge(lists: readonly string[][], offset: number, count: number): Generator<void, string[]> {
    const out: string[] = [];
    if (count <= 0) return out;
    if (lists.length === 1) return (lists[0] as string[]).slice(offset, offset + count);
    const heads = lists.map(() => 0);
    let skipped = 0;
    let n = 0;
    while (out.length < count) {
      if ((++n & 4095) === 0) yield;
      let best = -1;
      let bestOrd = Infinity;
      let bestId = '';
      for (let k = 0; k < lists.length; k++) {
        const id = (lists[k] as string[])[heads[k] as number];
        if (id === undefined) continue;
        const o = this.ord(id);
        if (best < 0 || o < bestOrd || (o === bestOrd && id < bestId)) {
          best = k;
          bestOrd = o;
          bestId = id;
        }
      }
      if (best < 0) break;
      heads[best] = (heads[best] as number) + 1;
      if (skipped < offset) {
        // Skip whole stretches cheaply when only one list is left.
        skipped++;
        continue;
      }
      out.push(bestId);
    }
    return out;
  }

  /**
   * The first `head` findings of each status group with their stored order, the groups' sizes and
   * the signature's parts: what a findings head document keeps (see findingHead.ts). Null while the
   * index is not built (it is never built for this).
   */
  headSnapshot(head: number): FindingHeadData | null {
    if (!this.built) return null;
    const groups = {} as FindingHeadData['groups'];
    for (const group of FINDING_GROUPS) {
      const list = this.groups.get(group) ?? [];
      groups[group] = { total: list.length, head: list.slice(0, head).map((id) => [this.ord(id), id] as [number, string]) };
    }
    return { count: this.count, hash: this.hashSum, groups };
  }

  /** Ids of the findings that are or may be "not the same fact" dismissals, in stored order. */
  notSameFactIds(): string[] {
    this.buildRefs();
    return [...this.notSameFact].sort((a, b) => compareOrdered(this.ord(a), a, this.ord(b), b));
  }

  /**
   * Claims that stand in at least one finding needing the editor (open, not "consistent"): a page
   * of them and their total. The pages of one list are slices of one snapshot, taken at the first
   * page and kept until such a claim comes or goes (a reader paging across a change sees the total
   * move, or reads again when the findings change).
   */
  attentionClaimIds(window: Pick<FindingQuery, 'offset' | 'limit'> = {}): { total: number; ids: string[] } {
    this.buildRefs();
    const { offset, limit } = pageWindow(window);
    this.attentionList ??= this.attentionByClaim.keyArray();
    return { total: this.attentionList.length, ids: this.attentionList.slice(offset, offset + limit) };
  }

  /** Count and hash of every finding: changes whenever a finding's id, status or explanation does. */
  signature(): string {
    this.build();
    return `${this.count}:${this.hashSum.toString(36)}`;
  }
}

interface Keyed {
  ord: number;
  id: string;
  group: FindingGroup;
}

const byOrder = (a: Keyed, b: Keyed) => compareOrdered(a.ord, a.id, b.ord, b.id);

function append(groups: Map<FindingGroup, string[]>, k: Keyed): void {
  let list = groups.get(k.group);
  if (!list) groups.set(k.group, (list = []));
  list.push(k.id);
}

const NO_ARTICLES: readonly string[] = Object.freeze([]);

import {
  compareOrdered,
  pageWindow,
  FINDING_GROUPS,
  groupOf,
  groupsOfQuery,
  hashOfFinding,
  type FindingGroup,
  type FindingHeadData,
  type FindingMeta,
} from './findingIndex';
import type { FindingQuery } from './port';
import { checkRecordId } from './state';

/** Findings kept per status group in a head: five pages of the findings panel (40 a page). */
export const HEAD_SIZE = 200;
let headSize = HEAD_SIZE;

/** Findings kept per status group in the heads written and read from now on (tests: small heads). */
export function setFindingHeadSize(size: number): void {
  headSize = size;
}

export function findingHeadSize(): number {
  return headSize;
}

/**
 * The findings head: for each status group (see FindingIndex) its size and its first findings in
 * stored order, with the findings count and hash sum of the signature. The lowdb adapter writes it
 * at each checkpoint (`data/fhead.<seq>.json`, a few kB) and reads it at open, so the first page of
 * the findings panel and its counts are answered at once, before the findings index is built (which
 * needs every findings index document read and 100k+ findings sorted). Every finding change applied
 * after it (journal replay, commits) updates it: counts and hash exactly; a group's head stays a
 * true prefix of the group (a finding entering before its last entry is inserted, one after it is
 * not; a finding leaving is dropped, so the head can shrink). A page it cannot answer exactly (a
 * head too short, a claim or article filter, a subset of the non-consistent types) is left to the
 * index: `page` returns null.
 */
export class FindingHead {
  private constructor(
    private readonly data: FindingHeadData,
    private readonly size: number,
  ) {}

  static from(data: FindingHeadData, size = headSize): FindingHead {
    const groups = {} as FindingHeadData['groups'];
    for (const g of FINDING_GROUPS) groups[g] = { total: data.groups[g].total, head: data.groups[g].head.slice(0, size).map(([o, id]) => [o, id]) };
    return new FindingHead({ count: data.count, hash: data.hash, groups }, size);
  }

  /**
   * A head document read from disk, checked (throws on anything it would not have written): counts
   * and totals whole and not negative, the hash a 32-bit unsigned sum, stored orders not negative,
   * and, when the caller knows how many findings the checkpoint held (the manifest's count), the
   * same count — a well-formed head left from another checkpoint is stale, never trusted.
   */
  static parse(doc: unknown, size = headSize, expectedCount?: number): FindingHead {
    const bad = () => new Error('findings head of the wrong shape');
    const whole = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
    if (typeof doc !== 'object' || doc === null) throw bad();
    const d = doc as Record<string, unknown>;
    if (d.v !== 1 || !whole(d.count) || !whole(d.hash) || (d.hash as number) > 0xffffffff || typeof d.groups !== 'object' || d.groups === null) throw bad();
    if (expectedCount !== undefined && d.count !== expectedCount) throw new Error(`stale findings head (${String(d.count)} findings, the checkpoint holds ${expectedCount})`);
    const groups = {} as FindingHeadData['groups'];
    let sum = 0;
    for (const g of FINDING_GROUPS) {
      const entry = (d.groups as Record<string, unknown>)[g] as { total?: unknown; head?: unknown } | undefined;
      if (!entry || !whole(entry.total) || !Array.isArray(entry.head)) throw bad();
      const head = entry.head as unknown[];
      const total = entry.total as number;
      if (head.length > total) throw bad();
      let last: [number, string] | null = null;
      for (const e of head) {
        if (!Array.isArray(e) || e.length !== 2 || !whole(e[0])) throw bad();
        checkRecordId('findings', e[1]);
        if (last && compareOrdered(last[0], last[1], e[0] as number, e[1] as string) >= 0) throw bad();
        last = e as [number, string];
      }
      groups[g] = { total, head: head as [number, string][] };
      sum += total;
    }
    if (sum !== d.count) throw bad();
    return FindingHead.from({ count: d.count as number, hash: d.hash as number, groups }, size);
  }

  /** The document to write (a copy: the head goes on changing while a checkpoint writes it). */
  toDoc(): { v: 1 } & FindingHeadData {
    return { v: 1, ...FindingHead.from(this.data, this.size).data };
  }

  get count(): number {
    return this.data.count;
  }

  /** The same signature as FindingIndex.signature(). */
  signature(): string {
    return `${this.data.count}:${this.data.hash.toString(36)}`;
  }

  /** A finding changed (`previous` at `previousOrd` → `next` at `nextOrd`; undefined = absent). */
  update(id: string, previous: FindingMeta | undefined, previousOrd: number | undefined, next: FindingMeta | undefined, nextOrd: number | undefined): void {
    if (previous) {
      this.data.count--;
      this.data.hash = (this.data.hash - hashOfFinding(previous)) >>> 0;
    }
    if (next) {
      this.data.count++;
      this.data.hash = (this.data.hash + hashOfFinding(next)) >>> 0;
    }
    // Same group, same place: the lists do not move (a note changed, an explanation re-rendered).
    if (previous && next && groupOf(previous) === groupOf(next) && previousOrd === nextOrd) return;
    if (previous) {
      const group = this.data.groups[groupOf(previous)];
      group.total--;
      const at = group.head.findIndex((e) => e[1] === id);
      if (at >= 0) group.head.splice(at, 1);
    }
    if (next) {
      const group = this.data.groups[groupOf(next)];
      const ord = nextOrd ?? 0;
      const complete = group.head.length === group.total;
      group.total++;
      const last = group.head[group.head.length - 1];
      if (complete || (last && compareOrdered(ord, id, last[0], last[1]) < 0)) {
        let at = group.head.length;
        while (at > 0 && compareOrdered(ord, id, (group.head[at - 1] as [number, string])[0], (group.head[at - 1] as [number, string])[1]) < 0) at--;
        group.head.splice(at, 0, [ord, id]);
        if (group.head.length > this.size) group.head.pop();
      }
    }
  }

  /**
   * A page of findings ([stored order, id]) with the total, exactly as the findings index answers
   * it, or null when this head cannot answer it.
   */
  page(query: FindingQuery): { total: number; entries: [number, string][] } | null {
    const selection = groupsOfQuery(query);
    if (!selection || selection.typeCheck) return null;
    const { offset, limit } = pageWindow(query);
    const groups: FindingGroup[] = selection.groups;
    const total = groups.reduce((n, g) => n + this.data.groups[g].total, 0);
    const count = Math.min(limit, Math.max(0, total - offset));
    if (count <= 0) return { total, entries: [] };
    const need = offset + count;
    // Each group must hold its first `need` findings (or all of them) for the merge to be exact.
    if (groups.some((g) => this.data.groups[g].head.length < Math.min(this.data.groups[g].total, need))) return null;
    const merged = groups.flatMap((g) => this.data.groups[g].head).sort((a, b) => compareOrdered(a[0], a[1], b[0], b[1]));
    return { total, entries: merged.slice(offset, need) };
  }
}

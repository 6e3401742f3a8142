import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/schema';
import { LowdbFolderStore } from '../../../electron/store/lowdb/folderStore';
import { nodeFs } from '../../../electron/store/lowdb/fsio';
import { loadSnapshot } from '../../../electron/store/memoryStore';
import { openWorkspaceStore } from '../../../electron/store/open';
import { tempDir } from '../helpers';
import { emptyWorkspace } from '../../../electron/services/workspaceService';
import { openFindingClaimIds, pageFindings, summarize } from '../../../electron/services/paging';
import { createMemoryStore, type MemoryStore } from '../../../electron/store/memoryStore';
import type { FindingQuery, RecordChange } from '../../../electron/store/port';

const types = ['conflict', 'update', 'consistent', 'internal'] as const;
const statuses = ['open', 'resolved', 'dismissed'] as const;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** What every findings query must answer: the stored order filtered, by brute force. */
function expected(all: readonly Finding[], q: FindingQuery, articleOf: (claimId: string) => string | undefined): { total: number; ids: string[] } {
  const rows = all.filter(
    (f) =>
      (!q.statuses || q.statuses.includes(f.status)) &&
      (!q.types || q.types.includes(f.type)) &&
      (q.claimId === undefined || f.claimIds.includes(q.claimId)) &&
      (q.articleId === undefined || (f.articleIds ?? []).includes(q.articleId) || f.claimIds.some((c) => articleOf(c) === q.articleId)),
  );
  const offset = q.offset ?? 0;
  return { total: rows.length, ids: rows.slice(offset, offset + (q.limit ?? rows.length)).map((f) => f.id) };
}

describe('findings index (store)', () => {
  it('answers pages, totals, claim and article filters like a full scan while commits add, decide, re-explain and delete findings', async () => {
    const random = rng(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    const claimIds = Array.from({ length: 60 }, (_, i) => `c_${i}`);
    const articleIds = Array.from({ length: 8 }, (_, i) => `a_${i}`);
    let next = 0;
    const make = (): Finding => {
      const a = pick(claimIds);
      let b = pick(claimIds);
      if (b === a) b = claimIds[(claimIds.indexOf(a) + 1) % claimIds.length] as string;
      return {
        id: `f_${(next++).toString(16).padStart(5, '0')}`,
        type: pick(types),
        claimIds: [a, b],
        explanation: `Phát hiện ${next}`,
        status: pick(statuses),
        resolution: null,
        ...(random() < 0.3 ? { articleIds: [pick(articleIds)] } : {}),
      };
    };
    const ws = { ...emptyWorkspace('Minh'), findings: Array.from({ length: 400 }, make) };
    const store: MemoryStore = createMemoryStore(structuredClone(ws));
    // The model: the findings in stored order (a new finding goes last; an update keeps its place).
    let model: Finding[] = structuredClone(ws.findings);
    // Claims are not records here, so the article of a claim comes from the finding's articleIds only.
    const noClaimArticle = () => undefined;
    const queries = (): FindingQuery[] => [
      {},
      { offset: 37, limit: 25 },
      { statuses: ['open'], types: ['conflict', 'update', 'internal'], offset: 0, limit: 30 },
      { statuses: ['open'], types: ['conflict', 'update', 'internal'], offset: 55, limit: 30 },
      { statuses: ['resolved', 'dismissed'], offset: 10, limit: 40 },
      { types: ['conflict'], offset: 3, limit: 20 },
      { types: ['consistent'] },
      { statuses: ['open'], limit: 0 },
      { claimId: pick(claimIds) },
      { claimId: pick(claimIds), statuses: ['open'] },
      { articleId: pick(articleIds), offset: 1, limit: 5 },
    ];
    const check = async () => {
      for (const q of queries()) {
        const page = await store.findings(q);
        const want = expected(model, q, noClaimArticle);
        expect({ q, total: page.total, ids: page.items.map((f) => f.id) }).toEqual({ q, total: want.total, ids: want.ids });
      }
      const attention = new Set(model.filter((f) => f.status === 'open' && f.type !== 'consistent').flatMap((f) => f.claimIds));
      // Read page by page (7 at a time): every such claim once, the total the same on every page.
      const paged: string[] = [];
      const totals = new Set<number>();
      for (let offset = 0; ; offset += 7) {
        const page = await openFindingClaimIds(store, offset, 7);
        totals.add(page.total);
        paged.push(...page.ids);
        if (page.ids.length < 7) break;
      }
      expect(new Set(paged)).toEqual(attention);
      expect(paged.length).toBe(attention.size);
      expect([...totals]).toEqual([attention.size]);
    };
    await check();
    for (let round = 0; round < 12; round++) {
      const changes: RecordChange[] = [];
      const touched = new Set<string>();
      for (let k = 0; k < 25; k++) {
        const r = random();
        if (r < 0.35) {
          const f = make();
          changes.push({ table: 'findings', id: f.id, before: null, after: f });
          model.push(f);
        } else if (model.length > 0) {
          const f = pick(model);
          if (touched.has(f.id)) continue;
          touched.add(f.id);
          if (r < 0.7) {
            const decided: Finding = { ...f, status: pick(statuses), explanation: `${f.explanation}.` };
            changes.push({ table: 'findings', id: f.id, before: f, after: decided });
            model = model.map((x) => (x.id === f.id ? decided : x));
          } else {
            changes.push({ table: 'findings', id: f.id, before: f, after: null });
            model = model.filter((x) => x.id !== f.id);
          }
        }
      }
      const signature = (await summarize(store)).findings.signature;
      await store.commit({ action: 'analysis.run', who: 'Minh', at: '2026-01-01T00:00:00.000Z', changes, audit: [] });
      if (changes.length > 0) expect((await summarize(store)).findings.signature).not.toBe(signature);
      await check();
    }
    // The summary counts are the index's totals, and match a scan.
    const summary = await summarize(store);
    expect(summary.findings.open).toBe(model.filter((f) => f.status === 'open' && f.type !== 'consistent').length);
    expect(summary.findings.resolved).toBe(model.filter((f) => f.status === 'resolved').length);
    expect(summary.findings.dismissed).toBe(model.filter((f) => f.status === 'dismissed').length);
    // The same findings loaded fresh (another order of loading) give the same signature and pages.
    const reloaded = createMemoryStore({ ...emptyWorkspace('Minh'), findings: structuredClone(model) });
    expect((await summarize(reloaded)).findings.signature).toBe(summary.findings.signature);
    expect((await pageFindings(reloaded, { show: 'open', offset: 0, limit: 500 })).findings.map((f) => f.id)).toEqual(
      (await pageFindings(store, { show: 'open', offset: 0, limit: 500 })).findings.map((f) => f.id),
    );
  });

  it('lists a finding under the article of each of its claims', async () => {
    const ws = emptyWorkspace('Minh');
    const article = (id: string) => ({ id, source: `${id}.txt`, title: id, outlet: null, author: null, publishedAt: null, text: 'Có 12 xã và 13 xã.', importedAt: '2026-01-01T00:00:00.000Z' });
    ws.articles = [article('a_one'), article('a_two')];
    const claim = (id: string, articleId: string, start: number) => ({
      id,
      articleId,
      start,
      end: start + 5,
      quote: '12 xã',
      sentenceStart: 0,
      sentenceEnd: 18,
      kind: 'count' as const,
      value: 12,
      total: null,
      upper: null,
      unit: 'xã',
      qualifier: 'exact' as const,
      subject: null,
      metric: null,
      period: null,
      modality: 'fact' as const,
      years: null,
      checkworthiness: 0.5,
      prefix: '',
      suffix: '',
      origin: 'extracted' as const,
    });
    ws.claims = [claim('c_one', 'a_one', 3), claim('c_two', 'a_two', 3)];
    ws.findings = [{ id: 'f_x', type: 'conflict', claimIds: ['c_one', 'c_two'], explanation: 'x', status: 'open', resolution: null }];
    const store = createMemoryStore(ws as never);
    expect((await store.findings({ articleId: 'a_one' })).items.map((f) => f.id)).toEqual(['f_x']);
    expect((await store.findings({ articleId: 'a_two' })).items.map((f) => f.id)).toEqual(['f_x']);
    expect((await store.findings({ articleId: 'a_three' })).total).toBe(0);
  });

  const manyFindings = (count: number) => {
    const random = rng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    const claimIds = Array.from({ length: 400 }, (_, i) => `c_${i}`);
    const make = (n: number): Finding => ({
      id: `f_${n.toString(16).padStart(5, '0')}`,
      type: pick(types),
      claimIds: [pick(claimIds), pick(claimIds)],
      explanation: `Phát hiện ${n}`,
      status: pick(statuses),
      resolution: null,
      articleIds: [`a_${n % 50}`],
    });
    // More findings than the index builds at once (2,000), so it is left to the background.
    return { make, ws: { ...emptyWorkspace('Minh'), findings: Array.from({ length: count }, (_, i) => make(i)) } };
  };
  const someQueries: FindingQuery[] = [
    {},
    { offset: 0, limit: 40 },
    { statuses: ['open'], types: ['conflict', 'update', 'internal'], offset: 100, limit: 40 },
    { statuses: ['resolved', 'dismissed'], offset: 7, limit: 30 },
    { claimId: 'c_7' },
    { articleId: 'a_3', statuses: ['open'] },
  ];
  const idsOf = (pages: { total: number; items: Finding[] }[]) => pages.map((p) => ({ total: p.total, ids: p.items.map((f) => f.id) }));
  const attentionOf = (model: readonly Finding[]) => new Set(model.filter((f) => f.status === 'open' && f.type !== 'consistent').flatMap((f) => f.claimIds));

  it('is built after a write open, in the background: a query before it is done answers as one after', async () => {
    const { ws } = manyFindings(6000);
    const folder = join(await tempDir(), 'ws');
    await LowdbFolderStore.create(folder, nodeFs, (state) => loadSnapshot(state, ws));
    const manifestBefore = await readFile(join(folder, 'workspace.json'), 'utf8');
    const store = (await openWorkspaceStore(folder, { mode: 'write' })) as LowdbFolderStore;
    const index = (store as unknown as { findingIndex: { ready: boolean } }).findingIndex;
    try {
      // The open returned before the index was built.
      expect(index.ready).toBe(false);
      const early = Promise.all(someQueries.map((q) => store.findings(q)));
      const earlyAttention = store.attentionClaimIds();
      const earlySignature = store.findingsSignature?.();
      const answers = idsOf(await early);
      expect(index.ready).toBe(true);
      expect(answers).toEqual(someQueries.map((q) => expected(ws.findings, q, () => undefined)));
      expect(idsOf(await Promise.all(someQueries.map((q) => store.findings(q))))).toEqual(answers);
      expect(new Set((await earlyAttention).items)).toEqual(attentionOf(ws.findings));
      expect(await earlySignature).toBe(await store.findingsSignature?.());
      // Building the index wrote nothing.
      expect(await readFile(join(folder, 'workspace.json'), 'utf8')).toBe(manifestBefore);
      expect(await readdir(join(folder, 'journal'))).toEqual((await readdir(join(folder, 'journal'))).filter((n) => n.endsWith('.jsonl')));
    } finally {
      await store.close();
    }
  });

  it("answers a claim's and an article's findings, and the claims needing the editor, from the references alone: the status groups are not waited for", async () => {
    const { ws } = manyFindings(6000);
    const store = createMemoryStore(structuredClone(ws));
    const index = (store as unknown as { findingIndex: { ready: boolean; referencesReady: boolean } }).findingIndex;
    expect(index.referencesReady).toBe(false);
    const byClaim = await store.findings({ claimId: 'c_7' });
    // Answered before the groups were sorted (a query by status would have built them at once).
    expect(index.referencesReady).toBe(true);
    expect(index.ready).toBe(false);
    expect({ total: byClaim.total, ids: byClaim.items.map((f) => f.id) }).toEqual(expected(ws.findings, { claimId: 'c_7' }, () => undefined));
    // A decision while the groups are still being made: the references follow it.
    const f = ws.findings.find((x) => x.claimIds.includes('c_7') && x.status === 'open' && x.type !== 'consistent') as Finding;
    const decided: Finding = { ...f, status: 'dismissed' };
    await store.commit({ action: 'finding.decide', who: 'Minh', at: '2026-01-01T00:00:00.000Z', changes: [{ table: 'findings', id: f.id, before: f, after: decided }], audit: [] });
    const model = ws.findings.map((x) => (x.id === f.id ? decided : x));
    const open = await store.findings({ claimId: 'c_7', statuses: ['open'] });
    expect(open.items.map((x) => x.id)).toEqual(expected(model, { claimId: 'c_7', statuses: ['open'] }, () => undefined).ids);
    const ofArticle = await store.findings({ articleId: 'a_3', offset: 2, limit: 5 });
    expect({ total: ofArticle.total, ids: ofArticle.items.map((x) => x.id) }).toEqual(expected(model, { articleId: 'a_3', offset: 2, limit: 5 }, () => undefined));
    expect(new Set((await store.attentionClaimIds()).items)).toEqual(attentionOf(model));
    expect(index.ready).toBe(false);
    // A page by status builds (or waits for) the groups, and agrees.
    const page = await store.findings({ statuses: ['open'], offset: 10, limit: 20 });
    expect(index.ready).toBe(true);
    expect(page.items.map((x) => x.id)).toEqual(expected(model, { statuses: ['open'], offset: 10, limit: 20 }, () => undefined).ids);
  });

  // Commits until the build is done, or only through its first `rounds` turns: they land in the
  // references pass, in the status groups' pass (which starts over), or in every pass (the groups
  // are then built at once).
  it.each([8, 18, 20, 21, 22, 24, 10_000])('answers like a full scan after commits through the first %i turns of a sliced build', async (rounds) => {
    const { ws, make } = manyFindings(5000);
    const store = createMemoryStore(structuredClone(ws));
    const index = (store as unknown as { findingIndex: { ready: boolean; buildInBackground(sliceMs: number): Promise<void> } }).findingIndex;
    const built = index.buildInBackground(0);
    let model: Finding[] = structuredClone(ws.findings);
    for (let round = 0; round < rounds && !index.ready; round++) {
      await new Promise<void>((r) => setImmediate(r));
      const [early, drop] = [model[round % 4000] as Finding, model[1000 + ((round * 7) % 3000)] as Finding];
      const added = make(30_000 + round);
      const flip = (f: Finding): Finding => ({ ...f, status: f.status === 'open' ? 'dismissed' : 'open' });
      await store.commit({
        action: 'finding.decide',
        who: 'Minh',
        at: '2026-01-01T00:00:00.000Z',
        changes: [
          { table: 'findings', id: early.id, before: early, after: flip(early) },
          { table: 'findings', id: drop.id, before: drop, after: null },
          { table: 'findings', id: added.id, before: null, after: added },
        ],
        audit: [],
      });
      model = [...model.filter((f) => f.id !== drop.id).map((f) => (f.id === early.id ? flip(early) : f)), added];
    }
    await built;
    expect(index.ready).toBe(true);
    expect(idsOf(await Promise.all(someQueries.map((q) => store.findings(q))))).toEqual(someQueries.map((q) => expected(model, q, () => undefined)));
    expect(new Set((await store.attentionClaimIds()).items)).toEqual(attentionOf(model));
  });

  it('takes in commits made while it is being built in slices', async () => {
    const { ws, make } = manyFindings(5000);
    const store = createMemoryStore(structuredClone(ws));
    const index = (store as unknown as { findingIndex: { ready: boolean; buildInBackground(sliceMs: number): Promise<void> } }).findingIndex;
    // Slices of ~256 findings with the event loop free in between.
    const built = index.buildInBackground(0);
    let model: Finding[] = structuredClone(ws.findings);
    for (let round = 0; round < 6; round++) {
      await new Promise<void>((r) => setImmediate(r));
      expect(index.ready).toBe(false);
      // Decide one finding indexed already (early id) and one not yet (late id), drop one, add one.
      const [early, late, drop] = [model[round * 3] as Finding, model[model.length - 1 - round * 5] as Finding, model[2500 + round] as Finding];
      const added = make(20_000 + round);
      const flip = (f: Finding): Finding => ({ ...f, status: f.status === 'open' ? 'resolved' : 'open', explanation: `${f.explanation} (xét lại)` });
      await store.commit({
        action: 'finding.decide',
        who: 'Minh',
        at: '2026-01-01T00:00:00.000Z',
        changes: [
          { table: 'findings', id: early.id, before: early, after: flip(early) },
          { table: 'findings', id: late.id, before: late, after: flip(late) },
          { table: 'findings', id: drop.id, before: drop, after: null },
          { table: 'findings', id: added.id, before: null, after: added },
        ],
        audit: [],
      });
      model = [...model.filter((f) => f.id !== drop.id).map((f) => (f.id === early.id ? flip(early) : f.id === late.id ? flip(late) : f)), added];
    }
    expect(index.ready).toBe(false);
    await built;
    expect(index.ready).toBe(true);
    expect(idsOf(await Promise.all(someQueries.map((q) => store.findings(q))))).toEqual(someQueries.map((q) => expected(model, q, () => undefined)));
    expect(new Set((await store.attentionClaimIds()).items)).toEqual(attentionOf(model));
    // The same findings indexed in one go give the same signature.
    expect(await store.findingsSignature?.()).toBe(await createMemoryStore({ ...emptyWorkspace('Minh'), findings: model }).findingsSignature?.());
  });
});

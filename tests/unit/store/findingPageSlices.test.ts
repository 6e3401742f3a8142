import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FindingIndex } from '../../../electron/store/findingIndex';
import { openWorkspaceStore } from '../../../electron/store/open';
import type { FindingQuery, WorkspaceStore } from '../../../electron/store/port';
import type { Finding } from '../../../shared/schema';
import { benchFindings } from '../../bench/benchFindings';
import { tempDir } from '../helpers';
import { articlesWithClaims } from './helpers/articles';
import { importRequest, turnsDuring } from './helpers/slices';

// A page of many findings (every finding: the full analysis reads them all) is merged from the
// index's status groups in slices, the event loop turning between them: at 10,000 articles that
// merge of 160k ids was one block of ~100 ms. A commit landing meanwhile makes the page again.

const at = '2026-11-30T08:00:00.000Z';
const COUNT = 20_000;

async function filled(): Promise<{ store: WorkspaceStore; findings: Finding[] }> {
  const folder = join(await tempDir(), 'ws');
  const store = await openWorkspaceStore(folder, { mode: 'write', sliceMs: 0.01 });
  const { articles, claims } = articlesWithClaims('page', 50);
  // Three status groups and both kinds of type: the page merges several lists.
  const findings = benchFindings(COUNT, claims).map((f, i): Finding => (i % 3 === 1 ? { ...f, status: 'resolved' } : i % 7 === 2 ? { ...f, status: 'dismissed' } : f));
  await store.commit(importRequest(articles, claims, findings, at));
  return { store, findings };
}


describe('a page of many findings', () => {
  it('is merged with the event loop turning, in stored order', async () => {
    const { store, findings } = await filled();
    try {
      await store.findings({ limit: 1 });
      const { value, turns } = await turnsDuring(() => store.findings());
      expect(turns).toBeGreaterThan(2);
      expect(value.total).toBe(COUNT);
      expect(value.items.map((f) => f.id)).toEqual(findings.map((f) => f.id));
      const page = await store.findings({ statuses: ['open', 'dismissed'], offset: 5000, limit: 3000 });
      const expected = findings.filter((f) => f.status !== 'resolved');
      expect(page.total).toBe(expected.length);
      expect(page.items.map((f) => f.id)).toEqual(expected.slice(5000, 8000).map((f) => f.id));
    } finally {
      await store.close();
    }
  });

  it('is of one state when a commit lands while it is merged', async () => {
    const { store, findings } = await filled();
    try {
      await store.findings({ limit: 1 });
      // The first merge paused after its first step until the commit has landed (then a commit always
      // lands between two slices, as it may in use).
      let committed = false;
      let merges = 0;
      const inner = store as unknown as { findingPage: (i: FindingIndex, q: FindingQuery) => Promise<{ total: number; ids: string[] }> };
      const page = inner.findingPage.bind(store);
      inner.findingPage = async (index, query) => {
        if (merges++ > 0) return page(index, query);
        const stages = index.pageStaged(query);
        let step = stages.next();
        while (!committed) await new Promise((r) => setImmediate(r));
        while (!step.done) step = stages.next();
        return step.value;
      };
      const reading = store.findings();
      const gone = findings[10]!;
      const added = { ...findings[0]!, id: 'f_page_added' };
      await store.commit({
        action: 'analysis.run',
        who: 'Lan',
        at,
        changes: [
          { table: 'findings', id: gone.id, before: gone, after: null },
          { table: 'findings', id: added.id, before: null, after: added },
        ],
        audit: [],
      });
      committed = true;
      const read = await reading;
      expect(read.items.every((f) => f !== undefined)).toBe(true);
      expect(read.items).toHaveLength(read.total);
      const ids = read.items.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      const before = ids.includes(gone.id) && !ids.includes(added.id);
      const after = !ids.includes(gone.id) && ids.at(-1) === added.id;
      expect(before || after).toBe(true);
      // The read was made again (the paused merge was not kept).
      expect(merges).toBeGreaterThan(1);
    } finally {
      await store.close();
    }
  });
});

/**
 * One very long article (QA31 bug 2): a generated text of BENCH_BYTES (default 1 MB) — the seeds'
 * sentences with redrawn figures (tests/bench/generate.ts), never the corpus — pasted into a new
 * workspace that holds the five seed articles, through the service host as the app does it. Prints:
 *   - the paste import (importText), start → answer;
 *   - a seed article opened (getArticle) while that import runs (sent 1 s after it), start → answer:
 *     how long a click on another article waits behind the long article;
 *   - the long article opened afterwards (getArticle), and its claims listed page by page as the
 *     desk reads them (listClaims, 1,000 rows a page);
 *   - a seed article opened afterwards.
 *   npx tsx tests/bench/longArticle.bench.ts
 * Options (env): BENCH_BYTES (1000000), BENCH_VARIETY (distinct sentences; default 3, like QA's file
 * which repeated one sentence; 0: every seed sentence with a figure). Not part of the test suite.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ServiceHostClient } from '../../electron/host/client';
import type { ArticleSummary, ClaimRow, ImportReport } from '../../shared/ipc/contract';
import { generateLongArticle } from './generate';

const BYTES = Number(process.env.BENCH_BYTES ?? 1_000_000);
const VARIETY = Number(process.env.BENCH_VARIETY ?? 3) || Infinity;
const seedsDir = resolve(import.meta.dirname, '../../seeds');

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-long-'));
  const host = new ServiceHostClient({
    host: { workspacePath: join(dir, 'workspace.json'), seedsDir, defaultReviewer: 'Biên tập viên' },
    onEvent: () => undefined,
    deps: { openExternal: () => undefined, chooseImportPaths: async () => null, chooseSavePath: async () => null },
  });
  await host.start();
  try {
    const listed = await host.call('listArticles', {});
    if (!listed.ok) throw new Error(listed.error.message);
    const seed = (listed.value as ArticleSummary[])[0];
    if (!seed) throw new Error('no seed article');
    const { title, text } = process.env.BENCH_FILE ? { title: "Bài dán", text: readFileSync(process.env.BENCH_FILE, "utf8") } : generateLongArticle(BYTES, { variety: VARIETY });
    console.log(`long article: ${Buffer.byteLength(text, 'utf8').toLocaleString('en')} bytes, ${text.length.toLocaleString('en')} characters`);

    const t0 = performance.now();
    const importing = host.call('importText', { title, text }).then((r) => ({ r, at: performance.now() }));
    await new Promise((r) => setTimeout(r, 1000));
    const t1 = performance.now();
    const during = await host.call('getArticle', { articleId: seed.id });
    const duringMs = performance.now() - t1;
    const { r: imported, at } = await importing;
    if (!imported.ok) {
      console.log(`import refused/failed: ${imported.error.message}`);
      return;
    }
    const report = imported.value as ImportReport;
    const refused = report.refused[0];
    console.log(`paste import                                   ${seconds(at - t0)}${refused ? `  (refused: ${refused.reason})` : ''}`);
    console.log(`open a seed article while the import runs       ${seconds(duringMs)}${during.ok ? '' : ' (failed)'}${t1 + duringMs > at ? ' (answered after the import)' : ' (answered before the import ended)'}`);
    const big = report.imported[0];
    if (!big) return;
    console.log(`claims extracted                                ${big.claimCount.toLocaleString('en')}`);

    const t2 = performance.now();
    const opened = await host.call('getArticle', { articleId: big.articleId });
    console.log(`open the long article (getArticle)              ${seconds(performance.now() - t2)}${opened.ok ? '' : ' (failed)'}`);

    const t3 = performance.now();
    let rows = 0;
    let pages = 0;
    for (let offset = 0; ; offset += 1000) {
      const page = await host.call('listClaims', { offset, limit: 1000 });
      if (!page.ok) throw new Error(page.error.message);
      const value = page.value as { rows: ClaimRow[]; total: number };
      rows += value.rows.length;
      pages++;
      if (value.rows.length === 0 || offset + 1000 >= value.total) break;
    }
    console.log(`list every claim row (${pages} pages)                ${seconds(performance.now() - t3)}  (${rows.toLocaleString('en')} rows)`);

    const t4 = performance.now();
    const again = await host.call('getArticle', { articleId: seed.id });
    console.log(`open a seed article afterwards                  ${seconds(performance.now() - t4)}${again.ok ? '' : ' (failed)'}`);
    if (report.findingsNotUpdated) console.log(`findings notice: ${JSON.stringify(report.findingsNotUpdated).slice(0, 300)}`);
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

/**
 * Hostile-import benchmark (REVIEW-sec B1, B3): prints how the import readers scale on crafted
 * files, each at one size and twice that size (linear: ~2× time; quadratic: ~4×).
 *  - Markdown: unclosed "**", "[a](", "~~" openers on one line, read by markdownToText, with the
 *    lazy patterns it used before (kept here as the baseline) at smaller sizes in the same run.
 *  - HTML: a page nested past MAX_HTML_DEPTH is refused before parsing (time to refuse); a page
 *    nested just under it is read whole (past MAX_READABILITY_DEPTH), one just under that through Readability; pages of many 60-deep chains (past
 *    MAX_READABILITY_WORK, they took Readability 14 s for 566 KB) are read whole, without it.
 *   nice npx tsx tests/bench/hostileImport.bench.ts
 * Not part of the test suite: timings depend on the machine.
 */
import { extractHtmlArticle, HtmlTooDeepError, MAX_HTML_DEPTH, MAX_READABILITY_DEPTH } from '../../electron/import/html';
import { markdownToText } from '../../electron/import/markdown';

/** The inline patterns markdown.ts used before (session 35): lazy bodies that rescan the line. */
function stripInlineBefore(line: string): string {
  return line
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
}

function ms(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

async function msAsync(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

const patterns: Array<[string, string]> = [['**a ', 'bold'], ['[a](', 'link'], ['~~a ', 'strike']];
console.log('Markdown, one line of N unclosed openers (N → 2N):');
for (const [unit, name] of patterns) {
  const before = [5_000, 10_000].map((n) => ms(() => stripInlineBefore(unit.repeat(n))));
  const after = [50_000, 100_000].map((n) => ms(() => markdownToText(`GDP tăng 5%. ${unit.repeat(n)}`)));
  console.log(
    `  ${name.padEnd(7)} before: ${before.map((t) => t.toFixed(0)).join(' → ')} ms (N=5k→10k, ×${((before[1] ?? 0) / (before[0] ?? 1)).toFixed(1)})` +
      `   after: ${after.map((t) => t.toFixed(1)).join(' → ')} ms (N=50k→100k, ×${((after[1] ?? 0) / (after[0] ?? 1)).toFixed(1)})`,
  );
}

const line = 'Hà Nội - GDP quý I năm 2024 tăng 5,66% so với cùng kỳ năm trước. Dân số đạt 100 triệu người.\n';
const page = (depth: number): string => `<html><body><article>${'<div>'.repeat(depth)}${line.repeat(3)}${'</div>'.repeat(depth)}</article></body></html>`;
// linkedom and Readability load on the first read: loaded here, outside the timings.
await extractHtmlArticle('<p>x</p>');
console.log('HTML nested N <div> deep:');
for (const depth of [MAX_READABILITY_DEPTH - 4, MAX_HTML_DEPTH - 4]) {
  console.log(`  read N=${depth} (${depth > MAX_READABILITY_DEPTH ? 'whole' : 'Readability'}): ${(await msAsync(() => extractHtmlArticle(page(depth)))).toFixed(0)} ms`);
}
for (const chains of [800, 1_600]) {
  const html = `<html><body><article>${`${'<div>'.repeat(60)}${line}${'</div>'.repeat(60)}`.repeat(chains)}</article></body></html>`;
  console.log(`  ${chains} chains 60 deep (${Math.round(html.length / 1024)} KB, past MAX_READABILITY_WORK, read whole): ${(await msAsync(() => extractHtmlArticle(html))).toFixed(0)} ms`);
}
for (const depth of [1_500, 200_000, 1_000_000]) {
  let refused = false;
  const t = await msAsync(async () => {
    try {
      await extractHtmlArticle(page(depth));
    } catch (e) {
      refused = e instanceof HtmlTooDeepError;
    }
  });
  console.log(`  N=${depth} (${Math.round(page(depth).length / 1024)} KB): ${refused ? 'refused' : 'read'} in ${t.toFixed(1)} ms`);
}

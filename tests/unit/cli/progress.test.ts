import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGeneratedArticles } from '../../bench/generate';
import { tempDir } from '../helpers';
import { cli, markOlder } from './helpers';

/**
 * A long import or re-extraction through the CLI says on stderr where it is — the files, then the
 * contradiction analysis's share — at most every few seconds (CROSSCHECK_CLI_PROGRESS_MS, 0 here so
 * that a short run says it too), never on stdout, never with --silent.
 */
describe('crosscheck import and reextract: progress lines on stderr', { timeout: 180_000 }, () => {
  it('says the files done of all, then the analysis share growing; nothing with --silent, nothing in the first interval', async () => {
    const dir = await tempDir();
    const folder = writeGeneratedArticles(join(dir, 'bai'), 30);
    const env = { CROSSCHECK_CLI_PROGRESS_MS: '0' };
    const run = await cli(['import', folder, '--workspace', join(dir, 'ws.json')], { env });
    expect(run.code).toBe(0);
    const files = [...run.stderr.matchAll(/^đang nhập (\d+)\/30 tệp…$/gm)].map((m) => Number(m[1]));
    expect(files.length).toBeGreaterThan(10);
    // Each said once, in order.
    expect(files).toEqual([...new Set(files)].sort((a, b) => a - b));
    const shares = [...run.stderr.matchAll(/^phân tích mâu thuẫn (\d+)%…$/gm)].map((m) => Number(m[1]));
    expect(shares.length).toBeGreaterThan(2);
    expect(shares).toEqual([...new Set(shares)].sort((a, b) => a - b));
    expect(shares.at(-1)).toBeGreaterThan(50);
    // The analysis comes after every file.
    expect(run.stderr.lastIndexOf('đang nhập')).toBeLessThan(run.stderr.indexOf('phân tích mâu thuẫn'));
    expect(run.stdout).not.toMatch(/đang nhập|phân tích mâu thuẫn/);

    const again = await cli(['reextract', '--workspace', join(dir, 'ws.json'), '--lang', 'en'], { env });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^re-extracting \d+\/30 articles…$/m);
    expect(again.stderr).toMatch(/^analysing contradictions \d+%…$/m);

    const silent = await cli(['import', folder, '--workspace', join(dir, 'ws2.json'), '--silent'], { env });
    expect(silent.code).toBe(0);
    expect(silent.stderr).not.toMatch(/đang nhập|phân tích mâu thuẫn/);
    // Nothing in the first interval (10 minutes here: a loaded machine may take seconds over a short import).
    const quiet = await cli(['import', writeGeneratedArticles(join(dir, 'bai2'), 3), '--workspace', join(dir, 'ws3.json')], { env: { CROSSCHECK_CLI_PROGRESS_MS: '600000' } });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toMatch(/đang nhập|phân tích mâu thuẫn/);
  });

  it("a writing command's own re-extraction of an older engine's workspace says where it is, then the command runs", async () => {
    const dir = await tempDir();
    const ws = join(dir, 'ws.json');
    expect((await cli(['import', writeGeneratedArticles(join(dir, 'bai'), 30), '--workspace', ws, '--silent'])).code).toBe(0);
    const env = { CROSSCHECK_CLI_PROGRESS_MS: '0' };
    await markOlder(ws);
    const run = await cli(['import', writeGeneratedArticles(join(dir, 'bai2'), 2), '--workspace', ws], { env });
    expect(run.code).toBe(0);
    const first = run.stderr.indexOf('đang trích xuất lại 30 bài trước khi chạy lệnh');
    expect(first).toBeGreaterThanOrEqual(0);
    const articles = [...run.stderr.matchAll(/^đang trích xuất lại (\d+)\/30 bài…$/gm)].map((m) => Number(m[1]));
    expect(articles.length).toBeGreaterThan(5);
    expect(articles).toEqual([...new Set(articles)].sort((a, b) => a - b));
    // Its analysis, then the import's own files.
    const analysis = run.stderr.search(/^phân tích mâu thuẫn \d+%…$/m);
    expect(analysis).toBeGreaterThan(first);
    expect(run.stderr.indexOf('đang nhập')).toBeGreaterThan(analysis);

    // With --silent: the sentence that it re-extracts (it may take minutes), no progress lines.
    await markOlder(ws);
    const silent = await cli(['import', writeGeneratedArticles(join(dir, 'bai3'), 2), '--workspace', ws, '--silent'], { env });
    expect(silent.code).toBe(0);
    expect(silent.stderr).toContain('trước khi chạy lệnh');
    expect(silent.stderr).not.toMatch(/đang trích xuất lại \d+\/|phân tích mâu thuẫn|đang nhập/);
  });
});

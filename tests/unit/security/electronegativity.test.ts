import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithList, describeFinding, readAcceptedList, scanApp, scanFolder } from '../../tools/electronegativity';
import { tempDir } from '../helpers';

// Electronegativity (a real scan, in a child process) over the app's own code.
describe('Electronegativity', () => {
  it('finds nothing in the app that the checked-in list does not explain, and the list has no stale entry', { timeout: 240_000 }, async () => {
    const [result, accepted] = await Promise.all([scanApp(), readAcceptedList()]);
    expect(result.errors).toEqual([]);
    // The scan really ran over the code: the window and the evidence links are seen.
    expect(result.findings.some((f) => f.file === 'electron/main.ts')).toBe(true);
    expect(result.findings.some((f) => f.file.startsWith('renderer/'))).toBe(true);
    const { unexplained, stale } = compareWithList(result.findings, accepted);
    expect(unexplained.map(describeFinding)).toEqual([]);
    expect(stale.map((a) => `${a.check} ${a.file} ${a.sample}`)).toEqual([]);
  });

  it('fails on a new finding: a window without context isolation or sandbox, no navigation limits', { timeout: 240_000 }, async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'electron'));
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'fixture', devDependencies: { electron: '45.4.1' } }));
    await writeFile(
      join(dir, 'electron/main.js'),
      [
        "const { app, BrowserWindow } = require('electron');",
        'app.whenReady().then(() => {',
        "  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });",
        "  win.loadURL('https://example.com/');",
        '});',
        '',
      ].join('\n'),
    );
    const result = await scanFolder(dir);
    const { unexplained } = compareWithList(result.findings, await readAcceptedList());
    const checks = unexplained.map((f) => f.check);
    expect(checks).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']));
    expect(unexplained.find((f) => f.check === 'CONTEXT_ISOLATION_JS_CHECK')?.file).toBe('electron/main.js');
  });

  it('reports a list entry that matches nothing any more as stale', () => {
    const { unexplained, stale } = compareWithList(
      [{ check: 'OPEN_EXTERNAL_JS_CHECK', severity: 'MEDIUM', confidence: 'TENTATIVE', file: 'electron/main.ts', line: 3, sample: 'shell.openExternal(url)' }],
      [
        { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main.ts', sample: 'shell.openExternal(url)', why: 'validated' },
        { check: 'SANDBOX_JS_CHECK', file: 'electron/main.ts', sample: 'new BrowserWindow({', why: 'gone' },
      ],
    );
    expect(unexplained).toEqual([]);
    expect(stale.map((s) => s.check)).toEqual(['SANDBOX_JS_CHECK']);
  });
});

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bundledEntry } from '../bundle';

// Each run is a fresh process: what matters is the words the engine met before the workspace.
const findingIds = (size: number, analysedBefore: number): string[] =>
  JSON.parse(execFileSync(process.execPath, [bundledEntry('tests/unit/analysis/children/analyseAfter.ts'), String(size), String(analysedBefore)], { encoding: 'utf8' })) as string[];

describe('the analysis does not depend on what the process analysed before', () => {
  it('gives a workspace the same findings in a fresh process and after another workspace', () => {
    const fresh = findingIds(5000, 0);
    const after = findingIds(5000, 2000);
    expect(fresh.length).toBeGreaterThan(100);
    expect(after).toEqual(fresh);
  }, 60_000);
});

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers';

const eslint = new ESLint({ cwd: repoRoot });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('lint enforces the layer arrows', () => {
  it.each([
    ['shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['shared/x.ts', "import { useState } from 'react';\nexport const a = useState;"],
    ['shared/x.ts', "import { api } from '../renderer/src/api';\nexport const a = api;"],
    ['shared/x.ts', 'export const a = window.location;'],
    ['renderer/src/x.ts', "import { WorkspaceService } from '../../electron/services/workspaceService';\nexport const a = WorkspaceService;"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    ['electron/x.ts', "import { App } from '../renderer/src/App';\nexport const a = App;"],
  ])('rejects a forbidden import in %s', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nexport const a = z;"],
    ['renderer/src/x.ts', "import { contract } from '../../shared/ipc/contract';\nexport const a = contract;"],
    ['electron/x.ts', "import { contract } from '../shared/ipc/contract';\nexport const a = contract;"],
  ])('allows the permitted arrow in %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});

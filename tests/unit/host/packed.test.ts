import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../shared/ipc/methods';
import { MAX_PAGE } from '../../../shared/limits';
import { PACKED_METHODS, isPacked, packResult, unpackResult } from '../../../shared/ipc/packed';
import { ServiceHostClient } from '../../../electron/host/client';
import { createHandlers } from '../../../electron/ipc/handlers';
import { dispatch } from '../../../electron/ipc/dispatch';
import { registerIpc } from '../../../electron/ipc/register';
import { openReadOnly } from '../../../electron/services/open';
import { WorkspaceService } from '../../../electron/services/workspaceService';
import { LowdbWorkspaceRepository } from '../../../electron/store/lowdbRepository';
import { seedsDir, tempDir } from '../helpers';

// Listings cross the Electron main process as the bytes the service host worker wrote (issue 9:
// main's event loop is not blocked building and dropping thousands of row objects per page).

const running: ServiceHostClient[] = [];
afterEach(async () => {
  while (running.length > 0) await running.pop()?.stop();
});

async function startHost(workspacePath: string): Promise<ServiceHostClient> {
  const host = new ServiceHostClient({
    host: { workspacePath, seedsDir, defaultReviewer: 'Minh' },
    onEvent: () => undefined,
    deps: { openExternal: () => undefined, chooseImportPaths: async () => null, chooseSavePath: async () => null },
  });
  running.push(host);
  await host.start();
  return host;
}

describe('packed listings', { timeout: 180_000 }, () => {
  it('the worker answers claim rows and findings as bytes that read back to exactly what the handlers return in-process', async () => {
    const workspacePath = join(await tempDir(), 'workspace.json');
    const host = await startHost(workspacePath);
    const inputs: Array<[MethodName, unknown]> = [
      ['listClaims', { offset: 0, limit: MAX_PAGE }],
      ['listClaims', { offset: 100, limit: 7 }],
      ['listFindings', { show: 'all', offset: 0, limit: 100 }],
    ];
    const passed: unknown[] = [];
    for (const [method, input] of inputs) {
      const answer = await host.pass(method, input);
      expect(isPacked(answer)).toBe(true);
      passed.push(unpackResult(answer));
    }
    // Anything else comes as objects, as before.
    const info = await host.pass('getWorkspaceInfo', {});
    expect(isPacked(info)).toBe(false);
    expect(info).toMatchObject({ ok: true, value: { articleCount: 5 } });
    // A refused listing is packed too, and reads back as the refusal.
    expect(unpackResult(await host.pass('listClaims', { offset: 0, limit: MAX_PAGE + 1 }))).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await host.stop();
    running.length = 0;

    // The same calls on the same workspace read back in this thread: the pages hold what the
    // handlers answer, row for row.
    const reader = await openReadOnly(workspacePath);
    try {
      const handlers = createHandlers(reader, { openExternal: () => undefined, chooseImportPaths: async () => null, chooseSavePath: async () => null });
      for (const [i, [method, input]] of inputs.entries()) {
        const direct = await dispatch(handlers, method, input, 'vi');
        expect(direct).toMatchObject({ ok: true });
        expect(passed[i]).toStrictEqual(direct);
      }
      const claimCount = (info as { value: { claimCount: number } }).value.claimCount;
      const [claims, , findings] = passed as Array<{ value: { rows?: unknown[]; total?: number; findings?: unknown[] } }>;
      expect(claims?.value.rows?.length).toBe(Math.min(MAX_PAGE, claimCount));
      expect(claims?.value.total).toBe(claimCount);
      expect(findings?.value.findings?.length).toBeGreaterThan(0);
    } finally {
      await reader.close?.();
    }
  });

  it('JSON keeps every listing as a structured clone does, on objects fresh from the service (never reloaded from disk)', async () => {
    // The store keeps its files as JSON, so a reopened workspace has been through JSON already: here
    // the answers come from a service that built its claims and findings in memory, from the seeds.
    const service = await WorkspaceService.open({ repository: new LowdbWorkspaceRepository(join(await tempDir(), 'workspace.json')), seedsDir, defaultReviewer: 'Minh' });
    try {
      const handlers = createHandlers(service, { openExternal: () => undefined, chooseImportPaths: async () => null, chooseSavePath: async () => null });
      await dispatch(handlers, 'analyze', {}, 'vi');
      for (const [method, input] of [
        ['listClaims', { offset: 0, limit: MAX_PAGE }],
        ['listFindings', { show: 'all', offset: 0, limit: 100 }],
      ] as Array<[MethodName, unknown]>) {
        const answer = await dispatch(handlers, method, input, 'vi');
        expect(answer).toMatchObject({ ok: true });
        // toStrictEqual tells an undefined field from a missing one, and NaN from null.
        expect(unpackResult(packResult(answer))).toStrictEqual(structuredClone(answer));
      }
    } finally {
      await service.close();
    }
  });

  it('main hands the bytes to the window as the worker wrote them, and the window side reads them (also from another realm)', async () => {
    const bytes = packResult({ ok: true, value: { rows: [{ id: 'c_1', subject: 'Bắc Giang', value: 42.1 }], total: 1 } });
    const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
    registerIpc(
      { handle: (channel, listener) => void handlers.set(channel, listener as (event: unknown, input: unknown) => Promise<unknown>) },
      async (method) => (PACKED_METHODS.has(method) ? bytes : { ok: true, value: null }),
      () => true,
      () => 'vi',
    );
    const listener = [...handlers.entries()].find(([channel]) => channel.endsWith('listClaims'))?.[1];
    const answer = await listener?.({ senderFrame: { url: 'app://crosscheck/' }, sender: null }, { offset: 0, limit: 10 });
    expect(answer).toBe(bytes);
    // Electron's context bridge and the e2e bridge hand over a Uint8Array made in another realm.
    const foreign = runInNewContext('new Uint8Array(b)', { b: Array.from(bytes) }) as unknown;
    expect(foreign instanceof Uint8Array).toBe(false);
    expect(unpackResult(foreign)).toEqual({ ok: true, value: { rows: [{ id: 'c_1', subject: 'Bắc Giang', value: 42.1 }], total: 1 } });
    expect(unpackResult({ ok: true, value: 1 })).toEqual({ ok: true, value: 1 });
  });
});

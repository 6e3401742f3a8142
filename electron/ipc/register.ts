import { channelFor, methodNames } from '../../shared/ipc/methods';
import { err, type Result } from '../../shared/result';
import { genericMessages, type Lang } from '../services/errors';
import type { MethodName } from '../../shared/ipc/methods';
import { dispatch, parseInput } from './dispatch';
import type { Handlers } from './handlers';

/**
 * Runs a call whose input the contract has accepted: in-process handlers, or the service host worker.
 * Answers its Result, or a listing's Result packed as bytes for the window (shared/ipc/packed.ts).
 */
export type Forward = (method: MethodName, input: unknown) => Promise<Result<unknown> | Uint8Array>;

/** Forwarding to handlers in this process (tests, and tools that need no worker). */
export const inProcess =
  (handlers: Handlers, language: () => Lang): ((method: MethodName, input: unknown) => Promise<Result<unknown>>) =>
  (method, input) =>
    dispatch(handlers, method, input, language());

/** The slice of Electron's ipcMain that registration needs, so it can be tested without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
}
export interface IpcEventLike {
  senderFrame: { url: string } | null;
  sender: unknown;
}

/**
 * One ipcMain handler per contract method: the sender is checked, the input parsed against the
 * contract, and only then is the call forwarded (in the app, to the service host worker, so nothing
 * heavy runs on the main process).
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  forward: Forward,
  isTrustedSender: (event: IpcEventLike) => boolean,
  language: () => Lang,
): void {
  for (const method of methodNames) {
    ipcMain.handle(channelFor(method), async (event, input): Promise<Result<unknown> | Uint8Array> => {
      if (!isTrustedSender(event)) return err('forbidden', genericMessages.forbidden[language()]);
      const parsed = parseInput(method, input, language());
      if (!parsed.ok) return parsed;
      return forward(method, parsed.value.input);
    });
  }
}

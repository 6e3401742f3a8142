import { channelFor, methodNames } from '../../shared/ipc/methods';
import { err, type Result } from '../../shared/result';
import { genericMessages, type Lang } from '../services/errors';
import { dispatch } from './dispatch';
import type { Handlers } from './handlers';

/** The slice of Electron's ipcMain that registration needs, so it can be tested without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
}
export interface IpcEventLike {
  senderFrame: { url: string } | null;
  sender: unknown;
}

export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: (event: IpcEventLike) => boolean,
  language: () => Lang,
): void {
  for (const method of methodNames) {
    ipcMain.handle(channelFor(method), async (event, input): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) return err('forbidden', genericMessages.forbidden[language()]);
      return dispatch(handlers, method, input, language());
    });
  }
}

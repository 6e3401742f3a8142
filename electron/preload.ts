import { contextBridge, ipcRenderer } from 'electron';
import { channelFor, methodNames } from '../shared/ipc/methods';

// One named function per contract method, never a generic invoke(channel): the page can only
// ask for what the contract offers, and main validates every input again.
const api = Object.freeze(
  Object.fromEntries(
    methodNames.map((method) => [method, (input: unknown) => ipcRenderer.invoke(channelFor(method), input ?? {})]),
  ),
);

contextBridge.exposeInMainWorld('api', api);

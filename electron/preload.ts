import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_CHANNEL, channelFor, methodNames } from '../shared/ipc/methods';

// One named function per contract method, never a generic invoke(channel): the page can only
// ask for what the contract offers, and main validates every input again.
// Plus one subscription to what main pushes (job progress, counts after a change); the renderer
// parses each payload against the contract's DeskEvent schema (renderer/src/api.ts).
const api = Object.freeze({
  ...Object.fromEntries(
    methodNames.map((method) => [method, (input: unknown) => ipcRenderer.invoke(channelFor(method), input ?? {})]),
  ),
  subscribe: (listener: (payload: unknown) => void) => {
    const relay = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, relay);
  },
});

contextBridge.exposeInMainWorld('api', api);

import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_CHANNEL, channelFor, methodNames } from '../shared/ipc/methods';
import { unpackResult } from '../shared/ipc/packed';

// One named function per contract method, never a generic invoke(channel): the page can only
// ask for what the contract offers, and main validates every input again.
// Plus one subscription to what main pushes (job progress, counts after a change); the renderer
// parses each payload against the contract's DeskEvent schema (renderer/src/api.ts).
const api = Object.freeze({
  ...Object.fromEntries(
    // A listing's answer arrives as the bytes the service host wrote (shared/ipc/packed.ts): read here,
    // so the page gets plain objects as from every other call.
    methodNames.map((method) => [method, (input: unknown) => ipcRenderer.invoke(channelFor(method), input ?? {}).then(unpackResult)]),
  ),
  subscribe: (listener: (payload: unknown) => void) => {
    const relay = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, relay);
  },
});

contextBridge.exposeInMainWorld('api', api);

// A worker thread that lowers its priority as the service host does (optionally after setting its own
// nice value to `start`), then answers with its thread id and nice value as the kernel reports them.
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { currentThreadTid, lowerThisThreadPriority } from '../../../electron/host/threadPriority';

const { start } = workerData as { start: number | null };
const tid = currentThreadTid();
if (tid !== null && start !== null) setPriority(tid, start);
const applied = lowerThisThreadPriority();
parentPort?.postMessage({ tid, applied, nice: tid === null ? null : getPriority(tid) });

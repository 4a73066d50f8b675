// The thread side of web-worker.mjs: gives the worker script the globals of
// a worker (self, location, postMessage, onmessage), then runs it.
import { parentPort, workerData } from 'node:worker_threads';

globalThis.self = globalThis;
globalThis.location = new URL(workerData.url);
globalThis.postMessage = (data) => parentPort.postMessage(data);
await import(workerData.url);
// Messages that came while the script loaded wait in the port until now.
parentPort.on('message', (data) => globalThis.onmessage({ data }));

// A Web Worker, the part of it that client.js uses, over node:worker_threads:
// the Node tests run QuelleClient with the real worker.js and engine. It
// counts the workers started and terminated. Not a test file itself.
import { Worker as Thread } from 'node:worker_threads';

const BOOT = new URL('./web-worker-boot.mjs', import.meta.url);

export class WebWorker {
  static started = 0;
  static terminated = 0;

  /** @param {string | URL} url a module worker's script */
  constructor(url) {
    WebWorker.started++;
    /** @type {((event: {data: any}) => void) | null} */
    this.onmessage = null;
    /** @type {((event: {message: string, preventDefault(): void}) => void) | null} */
    this.onerror = null;
    this.thread = new Thread(BOOT, { workerData: { url: String(url) } });
    this.thread.unref();  // a client a failed test left behind does not keep the process alive
    this.thread.on('message', (data) => this.onmessage?.({ data }));
    this.thread.on('error', (e) => this.onerror?.({ message: e.message, preventDefault() {} }));
  }

  /** @param {any} data */
  postMessage(data) {
    this.thread.postMessage(data);
  }

  terminate() {
    WebWorker.terminated++;
    this.thread.terminate();
  }
}

// @ts-check
/**
 * QuelleClient: the engine in a Web Worker, behind promises, so that a page
 * never blocks while a text is analysed.
 *
 *   const client = new QuelleClient({ modelBaseUrl: './models/' });
 *   const analysis = await client.analyze(text, { language: 'de' });
 *   client.cancel();  // stops the running analysis (terminates the worker)
 */
import { QuelleError } from './quelle.js';

export { QuelleError };

/**
 * @typedef {{language?: string, entities?: boolean, quotes?: boolean}} AnalyzeOptions
 * @typedef {{onProgress?: (stage: string) => void}} CallOptions
 */

export class QuelleClient {
  /**
   * @param {{workerUrl?: string|URL, modelBaseUrl?: string}} [options]
   *   modelBaseUrl: where ner-xx.qnm files are (relative to the page); omit to run without models.
   */
  constructor(options = {}) {
    this.workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url);
    this.modelBaseUrl = options.modelBaseUrl;
    /** @type {Worker | null} */
    this.worker = null;
    this.nextId = 1;
    /** @type {Map<number, {resolve: (v: any) => void, reject: (e: Error) => void, onProgress?: (stage: string) => void}>} */
    this.pending = new Map();
    /** Whether the last result had the language's entity model. */
    this.lastModelLoaded = false;
  }

  /** @private */
  ensureWorker() {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerUrl, { type: 'module', name: 'quelle' });
    worker.onmessage = (event) => {
      const { id, type } = event.data;
      const job = this.pending.get(id);
      if (!job) return;
      if (type === 'progress') {
        job.onProgress?.(event.data.stage);
        return;
      }
      this.pending.delete(id);
      if (type === 'result') {
        this.lastModelLoaded = event.data.modelLoaded;
        job.resolve(event.data.analysis);
      } else {
        job.reject(new QuelleError(event.data.code, event.data.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new QuelleError('internal', `the analysis worker failed: ${event.message ?? 'unknown error'}`));
      this.worker?.terminate();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }

  /**
   * Analyses `text` in the worker.
   * @param {string} text
   * @param {AnalyzeOptions} [options]
   * @param {CallOptions} [call]
   * @returns {Promise<import('./quelle').Analysis>}
   */
  analyze(text, options = {}, call = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress: call.onProgress });
      this.ensureWorker().postMessage({ id, type: 'analyze', text, options, modelBaseUrl: this.modelBaseUrl });
    });
  }

  /** Stops every running analysis; their promises reject with code 'cancelled'. */
  cancel() {
    if (!this.worker) return;
    this.worker.terminate();
    this.worker = null;
    this.failAll(new QuelleError('cancelled', 'the analysis was cancelled'));
  }

  /** Frees the worker; the client can still be used (a new worker starts). */
  terminate() {
    this.cancel();
  }

  /**
   * @private
   * @param {Error} error
   */
  failAll(error) {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}

// @ts-check
/**
 * QuelleClient: the engine in a Web Worker, behind promises, so that a page
 * never blocks while a text is analysed.
 *
 *   const client = new QuelleClient({ modelBaseUrl: './models/' });
 *   const analysis = await client.analyze(text, { language: 'de' });
 *   const { analysis, modelLoaded } = await client.analyzeDetailed(text);
 *
 *   const controller = new AbortController();
 *   client.analyze(text, {}, { signal: controller.signal });
 *   controller.abort();  // rejects this call alone (code 'cancelled')
 *   client.cancel();     // rejects every pending call
 *
 * Calls run one at a time, in the order they were made, and the worker is
 * given one call at a time: so the client always knows which call runs.
 * Aborting a call that waits drops it, and the worker never sees it. A
 * running wasm call cannot be interrupted, so aborting the running call
 * terminates the worker; a fresh one (which compiles the engine and fetches
 * its models again) takes the calls that wait.
 */
import { QuelleError } from './quelle.js';

export { QuelleError };

/**
 * @typedef {import('./types.js').Analysis} Analysis
 * @typedef {import('./types.js').AnalysisResult} AnalysisResult
 * @typedef {import('./types.js').AnalyzeOptions} AnalyzeOptions
 * @typedef {import('./types.js').CallOptions} CallOptions
 * @typedef {import('./types.js').ProgressStage} ProgressStage
 */

/**
 * @typedef {import('./types.js').ArticleMeta} ArticleMeta
 * @typedef {import('./types.js').ArticleSummary} ArticleSummary
 * @typedef {import('./types.js').CorpusReport} CorpusReport
 * @typedef {import('./types.js').CorpusArticle} CorpusArticle
 */

/**
 * What worker.js posts back: progress, then a result or an error.
 * @typedef {{id: number} & ({type: 'progress', stage: ProgressStage}
 *   | {type: 'result', analysis: Analysis, modelLoaded: boolean}
 *   | {type: 'articles', results: CorpusArticle[]}
 *   | {type: 'corpus', report: CorpusReport | null}
 *   | {type: 'error', code: string, message: string})} WorkerMessage
 */

/**
 * One call, from analyzeDetailed (or a corpus call) until it settles.
 * @typedef {object} Job
 * @property {number} id
 * @property {Record<string, unknown>} message what the worker is sent, without the id
 * @property {CallOptions} call
 * @property {(data: any) => void} resolve given the worker's answer
 * @property {(error: Error) => void} reject
 * @property {() => void} onAbort the listener on `call.signal`
 */

/**
 * `url` made absolute against the page, as the constructor documents it: the
 * worker would otherwise resolve it against worker.js.
 * @param {string | undefined} url
 */
function pageUrl(url) {
  // A page has a document; a worker that runs the client only a location.
  const scope = /** @type {{document?: {baseURI: string}, location?: {href: string}}} */ (/** @type {unknown} */ (globalThis));
  const base = scope.document?.baseURI ?? scope.location?.href;
  return url === undefined || base === undefined ? url : new URL(url, base).href;
}

/** The rejection of a cancelled or aborted call. */
const cancelled = () => new QuelleError('cancelled', 'the analysis was cancelled');

export class QuelleClient {
  /**
   * @param {{workerUrl?: string|URL, modelBaseUrl?: string}} [options]
   *   modelBaseUrl: where ner-xx.qnm files are (relative to the page); omit to run without models.
   */
  constructor(options = {}) {
    /** @private */
    this.workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url);
    /** @private */
    this.modelBaseUrl = pageUrl(options.modelBaseUrl);
    /** @private @type {Worker | null} */
    this.worker = null;
    /** @private */
    this.nextId = 1;
    /** @private @type {Job | null} the call the worker has */
    this.running = null;
    /** @private @type {Job[]} calls not posted yet, oldest first */
    this.waiting = [];
  }

  /**
   * Analyses `text` in the worker.
   * @param {string} text
   * @param {AnalyzeOptions} [options]
   * @param {CallOptions} [call] progress callback and AbortSignal of this call
   * @returns {Promise<Analysis>}
   */
  analyze(text, options = {}, call = {}) {
    return this.analyzeDetailed(text, options, call).then((result) => result.analysis);
  }

  /**
   * Like analyze, and resolves to the analysis with how it was made
   * (`modelLoaded`): each result carries its own, however calls overlap.
   * @param {string} text
   * @param {AnalyzeOptions} [options]
   * @param {CallOptions} [call] progress callback and AbortSignal of this call
   * @returns {Promise<AnalysisResult>}
   */
  analyzeDetailed(text, options = {}, call = {}) {
    return this.enqueue({ type: 'analyze', text, options, modelBaseUrl: this.modelBaseUrl }, call)
      .then((data) => ({ analysis: data.analysis, modelLoaded: data.modelLoaded }));
  }

  /**
   * Analyses articles of a corpus, several in one call (one message each
   * way, so that small articles do not wait for messages): resolves to one
   * result per article, in order: the line `quelle batch` would write for it
   * (`record`) and its summary for the corpus report, or its own `error`.
   * @param {{text: string, meta: ArticleMeta, options?: AnalyzeOptions}[]} items
   * @param {CallOptions} [call]
   * @returns {Promise<CorpusArticle[]>}
   */
  analyzeForCorpus(items, call = {}) {
    return this.enqueue({ type: 'corpus-articles', items, modelBaseUrl: this.modelBaseUrl }, call)
      .then((data) => data.results);
  }

  /**
   * The corpus report kept in this client's worker (core/report/): 'clear'
   * empties it, 'add' adds summaries (as JSON strings), 'report' resolves
   * to the report. A worker that is stopped (cancel) loses it.
   * @param {{op: 'clear' | 'add' | 'report', summaries?: string[], top?: number, topSpeakers?: number}} request
   * @returns {Promise<CorpusReport | null>}
   */
  corpus(request) {
    return this.enqueue({ type: 'corpus', request }, {}).then((data) => data.report);
  }

  /**
   * @private
   * @param {Record<string, unknown>} message
   * @param {CallOptions} call
   * @returns {Promise<any>}
   */
  enqueue(message, call) {
    if (call.signal?.aborted) return Promise.reject(cancelled());
    return new Promise((resolve, reject) => {
      /** @type {Job} */
      const job = { id: this.nextId++, message, call, resolve, reject, onAbort: () => this.abort(job) };
      call.signal?.addEventListener('abort', job.onAbort, { once: true });
      this.waiting.push(job);
      this.postNext();
    });
  }

  /** Stops every pending analysis; their promises reject with code 'cancelled'. */
  cancel() {
    this.failAll(cancelled());
  }

  /** Frees the worker; the client can still be used (a new worker starts). */
  terminate() {
    this.cancel();
  }

  /**
   * Gives the worker the oldest waiting call, if it has none.
   * @private
   */
  postNext() {
    const job = this.running ? undefined : this.waiting.shift();
    if (!job) return;
    this.running = job;
    this.ensureWorker().postMessage({ ...job.message, id: job.id });
  }

  /**
   * The abort listener of one call: only that call is rejected.
   * @private
   * @param {Job} job
   */
  abort(job) {
    if (job === this.running) {
      this.running = null;
      this.stopWorker();  // the next call gets a fresh worker
    } else {
      const at = this.waiting.indexOf(job);
      if (at < 0) return;  // settled already
      this.waiting.splice(at, 1);
    }
    this.settle(job).reject(cancelled());
    this.postNext();
  }

  /**
   * @private
   * @param {WorkerMessage} data
   */
  onMessage(data) {
    const job = this.running;
    if (!job || data.id !== job.id) return;
    if (data.type === 'progress') {
      job.call.onProgress?.(data.stage);
      return;
    }
    this.running = null;
    this.settle(job);
    if (data.type === 'error') {
      job.reject(new QuelleError(data.code, data.message));
    } else {
      job.resolve(data);
    }
    this.postNext();
  }

  /** @private */
  ensureWorker() {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerUrl, { type: 'module', name: 'quelle' });
    worker.onmessage = (event) => this.onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new QuelleError('internal', `the analysis worker failed: ${event.message ?? 'unknown error'}`));
    };
    this.worker = worker;
    return worker;
  }

  /** @private */
  stopWorker() {
    this.worker?.terminate();
    this.worker = null;
  }

  /**
   * Rejects the running call and every waiting one, and stops the worker.
   * @private
   * @param {Error} error
   */
  failAll(error) {
    const jobs = this.running ? [this.running, ...this.waiting] : this.waiting;
    this.running = null;
    this.waiting = [];
    this.stopWorker();
    for (const job of jobs) this.settle(job).reject(error);
  }

  /**
   * A settled call stops listening to its signal (which may outlive it).
   * @private
   * @param {Job} job
   */
  settle(job) {
    job.call.signal?.removeEventListener('abort', job.onAbort);
    return job;
  }
}

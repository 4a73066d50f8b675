// @ts-check
/**
 * A corpus run: many articles analysed in a pool of Web Workers (one
 * QuelleClient each), their summaries merged by the report in one more
 * worker (core/report/ through wasm: the same code as `quelle report`).
 *
 * The page keeps, per article, only its small summary (no quote rows, no
 * analysis). The full analyses (as `quelle batch` lines) and the quote rows
 * (as CSV) are appended to Blobs in chunks of about 1 MB: the browser keeps
 * Blob data outside the page's heap (and on disk when it is large), so
 * 10,000 articles stay within the page's memory budget.
 */
import { QuelleClient } from './engine/client.js';
import { loadText } from './corpus-input.js';
import { csvLine } from './csv.js';
import { tEn } from './i18n.js';

/**
 * @typedef {import('./corpus-input.js').ArticleSource} ArticleSource
 * @typedef {import('./engine/client.js').ArticleSummary} ArticleSummary
 * @typedef {import('./engine/client.js').CorpusReport} CorpusReport
 * @typedef {{source: ArticleSource, summary: ArticleSummary}} ArticleRow
 * @typedef {{done: number, total: number, bytesDone: number, bytesTotal: number, seconds: number, failed: number}} Progress
 */

export const QUOTE_CSV_COLUMNS = Object.freeze(['article_id', 'speaker', 'speaker_type', 'gender', 'type', 'cue', 'quote', 'start', 'end']);

/** Speakers in the reports read during a run (the view's table shows 200). */
const LIVE_SPEAKERS = 500;

/** A worker call takes up to this many articles, or this many characters. */
const BATCH_ARTICLES = 50;
const BATCH_BYTES = 128 * 1024;

/**
 * An article's id, outlet and date, as its summary and record carry them.
 * @param {ArticleSource} source
 */
function articleMeta(source) {
  return { id: source.id, ...(source.outlet ? { outlet: source.outlet } : {}), ...(source.date ? { date: source.date } : {}) };
}

/** How many analyses run at once: one worker per core but one for the page, at least one. */
export function poolSize() {
  return Math.max(1, (navigator.hardwareConcurrency || 2) - 1);
}

/** Strings appended to Blobs in chunks, so that the page's heap holds at most one chunk. */
class BlobSink {
  /** @param {string} [head] */
  constructor(head = '') {
    /** @type {Blob[]} */
    this.blobs = head ? [new Blob([head])] : [];
    /** @type {string[]} */
    this.pending = [];
    this.size = 0;
  }

  /** @param {string} s */
  push(s) {
    this.pending.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }

  flush() {
    if (this.pending.length) this.blobs.push(new Blob(this.pending));
    this.pending = [];
    this.size = 0;
  }

  /** @param {string} type */
  blob(type) {
    this.flush();
    return new Blob(this.blobs, { type });
  }
}

export class CorpusRun {
  /**
   * @param {{clients: QuelleClient[], language?: string, onProgress: (p: Progress) => void,
   *   onReport: (r: CorpusReport) => void}} options the pool's clients (kept by the view across runs,
   *   so that a second run finds its workers' engines and models ready)
   */
  constructor(options) {
    this.options = options;
    /** @type {ArticleRow[]} in the order they finished */
    this.articles = [];
    this.records = new BlobSink();
    this.quotes = new BlobSink(`\ufeff${csvLine([...QUOTE_CSV_COLUMNS])}`);
    /** @type {CorpusReport | null} */
    this.report = null;
    this.controller = new AbortController();
    /** The report's worker: no models, never aborted (it keeps the merged counts). */
    this.reporter = new QuelleClient();
    /** @type {string[]} summaries (JSON) not yet sent to the reporter */
    this.unsent = [];
    this.progress = { done: 0, total: 0, bytesDone: 0, bytesTotal: 0, seconds: 0, failed: 0 };
    this.cancelled = false;
  }

  cancel() {
    this.cancelled = true;
    this.controller.abort();
  }

  /**
   * Analyses every source; resolves with the report once all are done (or
   * the run was cancelled: then the report holds the articles done).
   * @param {ArticleSource[]} sources
   */
  async run(sources) {
    const started = performance.now();
    this.progress.total = sources.length;
    this.progress.bytesTotal = sources.reduce((n, s) => n + s.bytes, 0);
    await this.reporter.corpus({ op: 'clear' });
    let next = 0;
    let lastReport = performance.now();
    /** @type {Promise<void> | null} */
    let reporting = null;
    const tick = () => {
      this.progress.seconds = (performance.now() - started) / 1000;
      this.options.onProgress({ ...this.progress });
    };
    // A batch per call: small articles would otherwise wait on messages.
    const takeBatch = () => {
      const batch = [];
      let bytes = 0;
      while (next < sources.length && batch.length < BATCH_ARTICLES && bytes < BATCH_BYTES) {
        const source = sources[next++];
        batch.push(source);
        bytes += source.bytes;
      }
      return batch;
    };
    const worker = async (/** @type {QuelleClient} */ client) => {
      // Two batches in flight per worker: the client hands the worker the
      // second as soon as the first is done, so the worker does not wait
      // while the page files the first one's results.
      /** @type {Promise<void>[]} */
      const inflight = [];
      try {
        for (;;) {
          while (inflight.length < 2 && !this.cancelled && next < sources.length) inflight.push(this.analyzeBatch(client, takeBatch()));
          const done = inflight.shift();
          if (!done) break;
          await done;
          tick();
          // The report is merged in its own worker; ask for it a few times a
          // second, without holding this worker's next batch back.
          if (!reporting && performance.now() - lastReport > 400) {
            lastReport = performance.now();
            reporting = this.updateReport().finally(() => { reporting = null; });
          }
        }
      } catch (e) {
        // A cancelled batch ends this worker's loop; anything else is the run's error.
        if (/** @type {{code?: string}} */ (e).code !== 'cancelled') throw e;
      }
    };
    tick();
    await Promise.all(this.options.clients.slice(0, Math.max(1, sources.length)).map(worker));
    tick();
    await reporting;
    await this.updateReport(true);
    return this.report;
  }

  /**
   * Analyses a batch of articles in one worker call; an article that cannot
   * be read or analysed becomes an error row.
   * @private
   * @param {QuelleClient} client
   * @param {ArticleSource[]} batch
   */
  async analyzeBatch(client, batch) {
    const items = [];
    /** @type {(ArticleSource | null)[]} */
    const sent = [];
    for (const source of batch) {
      const meta = articleMeta(source);
      try {
        if (source.error) throw new Error(source.error);
        const text = await loadText(source);
        const language = source.language ?? this.options.language;
        items.push({ text, meta, options: language ? { language } : {} });
        sent.push(source);
      } catch (e) {
        this.finish(source, { ...meta, error: { code: 'invalid_request', message: /** @type {Error} */ (e).message } }, null);
      }
    }
    if (items.length === 0) return;
    /** @type {import('./engine/client.js').CorpusArticle[]} */
    let results;
    try {
      results = await client.analyzeForCorpus(items, { signal: this.controller.signal });
    } catch (e) {
      if (/** @type {{code?: string}} */ (e).code === 'cancelled') return;
      const error = { code: /** @type {any} */ (e).code ?? 'internal', message: String(/** @type {Error} */ (e).message ?? e) };
      results = items.map(() => ({ error }));
    }
    results.forEach((r, i) => {
      const source = /** @type {ArticleSource} */ (sent[i]);
      if (r.summary && r.record) this.finish(source, r.summary, r.record);
      else this.finish(source, { ...articleMeta(source), error: r.error ?? { code: 'internal', message: tEn('error.noResult') } }, null);
    });
  }

  /**
   * Keeps an article's summary (without its quote rows, which go to the
   * quotes CSV) and its record (to the JSONL).
   * @private
   * @param {ArticleSource} source
   * @param {ArticleSummary} summary
   * @param {string | null} record the analysis line; null for an error
   */
  finish(source, summary, record) {
    this.records.push(`${record ?? JSON.stringify(summary)}\n`);
    if (summary.error) this.progress.failed++;
    source.text = undefined;  // the table row's text is not kept
    for (const q of summary.quoteRows ?? []) {
      this.quotes.push(csvLine([source.id, q.speaker, q.speakerType, q.gender, q.type, q.cue, q.text, q.start, q.end]));
    }
    delete summary.quoteRows;
    this.articles.push({ source, summary });
    this.unsent.push(JSON.stringify(summary));
    this.progress.done++;
    this.progress.bytesDone += source.bytes;
  }

  /**
   * Sends the new summaries to the report's worker and reads the report:
   * while the run goes on, with the most quoted speakers only (what the
   * view shows), so that a report of many thousand speakers is not copied
   * a few times a second; at the end, with all of them (the exports).
   * @param {boolean} [final]
   */
  async updateReport(final = false) {
    const summaries = this.unsent;
    this.unsent = [];
    if (summaries.length) await this.reporter.corpus({ op: 'add', summaries });
    const report = await this.reporter.corpus({ op: 'report', top: 25, topSpeakers: final ? 0 : LIVE_SPEAKERS });
    if (report) {
      this.report = report;
      this.options.onReport(report);
    }
  }

  /** The corpus as JSON Lines, the lines `quelle batch` writes (in the order the articles finished). */
  jsonl() {
    return this.records.blob('application/x-ndjson');
  }

  /** Every quote of the corpus as CSV (UTF-8 with BOM; offsets in UTF-16 code units). */
  quotesCSV() {
    return this.quotes.blob('text/csv');
  }

  dispose() {
    this.cancel();
    this.reporter.terminate();
  }
}

/**
 * The corpus report's speakers as CSV.
 * @param {CorpusReport} report
 */
export function speakersCSV(report) {
  const head = ['speaker', 'type', 'gender', 'quotes', 'words', 'share', 'direct', 'other', 'articles'];
  return `\ufeff${csvLine(head)}${report.speakers.map((s) => csvLine([s.name, s.type, s.gender, s.quotes, s.words, s.share, s.direct, s.other, s.articles])).join('')}`;
}

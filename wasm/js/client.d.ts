// Types of the Worker client (client.js). The options and results are
// declared in types.d.ts. tests/browser/typecheck.sh checks this file
// against client.js.
import type { Analysis, AnalysisResult, AnalyzeOptions, ArticleMeta, CallOptions, CorpusArticle, CorpusReport } from './types.js';
export type { Analysis, AnalysisResult, AnalyzeOptions, ArticleMeta, ArticleSummary, CallOptions, CorpusArticle, CorpusReport, ProgressStage } from './types.js';
export { QuelleError } from './quelle.js';

export class QuelleClient {
  /**
   * @param options.workerUrl the worker script (default: worker.js beside client.js)
   * @param options.modelBaseUrl where the ner-xx.qnm files are, relative to the page; omit to run without models
   */
  constructor(options?: { workerUrl?: string | URL; modelBaseUrl?: string });
  /** Analyses `text` in the worker; calls run one at a time, in order. */
  analyze(text: string, options?: AnalyzeOptions, call?: CallOptions): Promise<Analysis>;
  /** Like analyze, and says whether the language's entity model was loaded. */
  analyzeDetailed(text: string, options?: AnalyzeOptions, call?: CallOptions): Promise<AnalysisResult>;
  /** Articles of a corpus, several in one call: for each, the `quelle batch` line and its summary (core/report/), or its error. */
  analyzeForCorpus(items: { text: string; meta: ArticleMeta; options?: AnalyzeOptions }[], call?: CallOptions): Promise<CorpusArticle[]>;
  /** The corpus report kept in this client's worker: clear it, add summaries (JSON strings), or read it. */
  corpus(request: { op: 'clear' | 'add' | 'report'; summaries?: string[]; top?: number; topSpeakers?: number }): Promise<CorpusReport | null>;
  /** Rejects every pending call with code 'cancelled' and stops the worker. */
  cancel(): void;
  /** The same as cancel(): the client stays usable (a new worker starts). */
  terminate(): void;
}

// Types of Quelle's engine API (quelle.js). The analysis, the options and the
// error codes are declared in types.d.ts and re-exported here.
// tests/browser/typecheck.sh checks this file against quelle.js.
import type { Analysis, AnalyzeOptions, ArticleMeta, ArticleSummary, CorpusReport, ErrorCode } from './types.js';
export * from './types.js';

export class QuelleError extends Error {
  code: ErrorCode | string;
  constructor(code: string, message: string);
}

/**
 * The codes of the languages Quelle knows, in the core's order: empty until
 * the first createQuelle resolves (they are read from the core). An engine
 * has them as `Quelle#languages`.
 */
export let LANGUAGES: readonly string[];

export class Quelle {
  /** Engines come from createQuelle. */
  private constructor();
  /** The core's version, e.g. "0.1.0". */
  readonly version: string;
  /** The codes of the languages the core knows. */
  readonly languages: readonly string[];
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  analyzeJSON(text: string, options?: AnalyzeOptions): string;
  /** One article of a corpus: its analysis JSON and its summary (core/report/). */
  analyzeForCorpus(text: string, meta: ArticleMeta, options?: AnalyzeOptions): { analysisJSON: string; summary: ArticleSummary };
  /** Empties this engine's corpus. */
  corpusClear(): void;
  /** Adds an article's summary (or its JSON) to this engine's corpus. */
  corpusAdd(summary: ArticleSummary | string): void;
  /** The corpus report of the summaries added (the same JSON as `quelle report`). */
  corpusReport(topEntities?: number, topSpeakers?: number): CorpusReport;
  detectLanguage(text: string): { language: string; confidence: number };
  loadModel(language: string, bytes: Uint8Array | ArrayBuffer): void;
  hasModel(language: string): boolean;
  /** Loads the quote model of a language (models/quotes-xx.qqm); without one the rules choose speakers. */
  loadQuoteModel(language: string, bytes: Uint8Array | ArrayBuffer): void;
  hasQuoteModel(language: string): boolean;
  heapSize(): number;
}

export function createQuelle(options?: { wasmUrl?: string | URL; wasmBinary?: ArrayBuffer | Uint8Array }): Promise<Quelle>;

// Types of Quelle's JavaScript API (quelle.js, client.js). The analysis
// layout is schema version 1, docs/schema.md. Offsets are UTF-16 code units.

export interface Span { start: number; end: number }
export interface TextSpan extends Span { text: string }

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type MentionKind = 'name' | 'pronoun' | 'nominal' | 'part';
export type QuoteType = 'direct' | 'indirect' | 'mixed' | 'reported' | 'free_indirect';

export interface Mention extends TextSpan { kind: MentionKind }
export interface Entity {
  id: number;
  type: EntityType;
  name: string;
  mentions: Mention[];
  roles: string[];
  salience: number;
}
export interface Speaker extends TextSpan { entity: number | null }
export interface Quote extends TextSpan {
  id: number;
  type: QuoteType;
  spans: Span[];
  speaker: Speaker | null;
  cue: TextSpan | null;
}
export interface Sentence extends Span { paragraph: number }
export interface Analysis {
  version: 1;
  language: string;
  languageConfidence: number;
  languageGiven: boolean;
  paragraphs: Span[];
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  stats: { characters: number; tokens: number; sentences: number; paragraphs: number; entities: number; quotes: number };
}

export interface AnalyzeOptions { language?: string; entities?: boolean; quotes?: boolean }

export type ErrorCode = 'invalid_utf8' | 'input_too_large' | 'unsupported_language' | 'invalid_model'
  | 'invalid_request' | 'internal' | 'cancelled';

export class QuelleError extends Error {
  code: ErrorCode | string;
  constructor(code: string, message: string);
}

export const LANGUAGES: readonly string[];

export class Quelle {
  readonly version: string;
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  analyzeJSON(text: string, options?: AnalyzeOptions): string;
  detectLanguage(text: string): { language: string; confidence: number };
  loadModel(language: string, bytes: Uint8Array | ArrayBuffer): void;
  hasModel(language: string): boolean;
  heapSize(): number;
}

export function createQuelle(options?: { wasmUrl?: string | URL; wasmBinary?: ArrayBuffer | Uint8Array }): Promise<Quelle>;

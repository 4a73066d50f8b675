// The types of Quelle's JavaScript API that no implementation declares: the
// analysis (schema version 1, docs/schema.md; offsets are UTF-16 code
// units), the options, the error codes and the client's results. Each is
// declared here once: quelle.d.ts and client.d.ts re-export them, quelle.js
// and client.js name them in their JSDoc. (They cannot live in quelle.d.ts:
// tsc reads that file for './quelle.js', so quelle.js could not refer to it.)

export interface Span { start: number; end: number }
export interface TextSpan extends Span { text: string }

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type MentionKind = 'name' | 'pronoun' | 'nominal' | 'part';
export type QuoteType = 'direct' | 'indirect' | 'mixed' | 'reported' | 'free_indirect';
/** What the text says about a person's gender (docs/models.md, "Gender"); never anyone's gender identity. */
export type Gender = 'female' | 'male' | 'unknown';
export type GenderBasis = 'pronoun' | 'role' | 'honorific' | 'name';

export interface Mention extends TextSpan { kind: MentionKind }
export interface Entity {
  id: number;
  type: EntityType;
  name: string;
  mentions: Mention[];
  roles: string[];
  salience: number;
  /** Persons (type PER) only: the gender the text gives them, `unknown` when it says nothing clear. */
  gender?: Gender;
  /** Persons only: the mention or word that decided `gender` (null when unknown). */
  genderEvidence?: (TextSpan & { basis: GenderBasis }) | null;
}
export interface Speaker extends TextSpan { entity: number | null }
export interface Quote extends TextSpan {
  id: number;
  type: QuoteType;
  spans: Span[];
  speaker: Speaker | null;
  /** `spans`: every piece of a cue of several pieces ("teilte … mit"), in text order. */
  cue: (TextSpan & { spans?: Span[] }) | null;
  /** Whom the words were told ("der Zeitung", "reporters"); absent when the frame names nobody. */
  addressee?: TextSpan;
  /** Spoken, written or thought, when a frame word says ("schrieb", "in a statement", "glaubt"); absent otherwise. */
  medium?: 'speech' | 'writing' | 'thought';
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
  /** Present only when the analysis could not do all it was asked (e.g. a corrupt quote model: the rules alone decided). */
  warnings?: { code: ErrorCode | string; message: string }[];
}

/** What to compute. Omit `language` to have it detected. */
export interface AnalyzeOptions {
  /** One of LANGUAGES; overrides the detection. */
  language?: string;
  /** false: no entities (and no entity model is fetched). */
  entities?: boolean;
  /** false: no quotes. */
  quotes?: boolean;
}

export type ErrorCode = 'invalid_utf8' | 'input_too_large' | 'unsupported_language' | 'invalid_model'
  | 'invalid_request' | 'internal' | 'cancelled';

/** Where a QuelleClient call is: the engine starts, the model loads, the text is analysed. */
export type ProgressStage = 'starting' | 'model' | 'analysis';

/** How one QuelleClient call is run (not what it computes: that is AnalyzeOptions). */
export interface CallOptions {
  /** Called at each stage the worker reaches, in order. */
  onProgress?: (stage: ProgressStage) => void;
  /** Aborting it rejects this call alone, with a QuelleError of code 'cancelled'. */
  signal?: AbortSignal;
}

/** What QuelleClient#analyzeDetailed resolves to: the analysis and how it was made. */
export interface AnalysisResult {
  analysis: Analysis;
  /** Whether the entity model of the analysis's language was loaded (without it, no named entities). */
  modelLoaded: boolean;
}

/** Where an article of a corpus came from (passed through to its summary). */
export interface ArticleMeta {
  /** Any JSON value, echoed as `quelle batch` echoes a line's id. */
  id: unknown;
  outlet?: string;
  date?: string;
}

/** Quotes and quoted words of a class of speakers. */
export interface VoiceCount { quotes: number; words: number }
/** Share of voice by gender (persons only; organisations and unresolved speakers in `others`). */
export interface GenderVoices { female: VoiceCount; male: VoiceCount; unknown: VoiceCount; persons: VoiceCount; others: VoiceCount }

/** One speaker of one article (core/report/, docs/schema.md "Corpus report"). */
export interface SpeakerSummary {
  name: string;
  /** '' for a speaker the text names without an entity. */
  type: EntityType | '';
  /** Persons only; '' for the rest. */
  gender: Gender | '';
  quotes: number;
  words: number;
  direct: number;
  other: number;
}

/** One quote as the quotes CSV lists it. Offsets are UTF-16 code units. */
export interface QuoteRow {
  speaker: string;
  speakerType: EntityType | '';
  gender: Gender | '';
  type: QuoteType;
  cue: string;
  text: string;
  start: number;
  end: number;
}

/** One article's summary (analyzeForCorpus); an article that failed has `error` only. */
export interface ArticleSummary extends ArticleMeta {
  error?: { code: ErrorCode | string; message: string };
  language?: string;
  characters?: number;
  quotes?: number;
  quotedWords?: number;
  types?: Record<QuoteType, number>;
  speakers?: SpeakerSummary[];
  unattributed?: VoiceCount;
  entities?: { name: string; type: EntityType; mentions: number }[];
  gender?: GenderVoices;
  quoteRows?: QuoteRow[];
}

/** Counts of the articles with one outlet, date or language. */
export interface ReportBucket { articles: number; quotes: number; words: number }
export interface VoiceShare extends VoiceCount { share: number }

/** The corpus report (`quelle report`, Quelle#corpusReport; docs/schema.md "Corpus report"). */
export interface CorpusReport {
  version: 1;
  articles: number;
  analysed: number;
  failed: number;
  characters: number;
  quotes: number;
  quotedWords: number;
  types: Record<QuoteType, number>;
  gender: { female: VoiceShare; male: VoiceShare; unknown: VoiceShare; persons: VoiceShare; others: VoiceShare };
  unattributed: VoiceShare;
  /** How many speakers there are (`speakers` may list fewer: Quelle#corpusReport's topSpeakers). */
  speakerCount: number;
  speakers: (SpeakerSummary & { share: number; articles: number })[];
  entities: { name: string; type: EntityType; mentions: number; articles: number }[];
  outlets: (ReportBucket & { outlet: string })[];
  dates: (ReportBucket & { date: string })[];
  languages: (ReportBucket & { language: string })[];
  errors: { id: unknown; code: string; message: string }[];
}

/** One article's result in what QuelleClient#analyzeForCorpus resolves to: its record and summary, or its error. */
export interface CorpusArticle {
  /** The line `quelle batch` writes for the article: {"id", "outlet"?, "date"?, "analysis"}. */
  record?: string;
  summary?: ArticleSummary;
  modelLoaded?: boolean;
  error?: { code: ErrorCode | string; message: string };
}

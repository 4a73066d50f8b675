// @ts-check
/**
 * Quelle's JavaScript API: a synchronous engine over the WebAssembly core.
 * Works in browsers, workers and Node 20. Pages should use the Worker client
 * (client.js) so that the analysis never blocks the page.
 *
 *   import { createQuelle } from './quelle.js';
 *   const q = await createQuelle();
 *   const analysis = q.analyze(text, { language: 'de' });
 *
 * Every offset in an analysis is a JavaScript string index (UTF-16 code unit).
 * The types are in quelle.d.ts (and types.d.ts, which it re-exports).
 *
 * The Emscripten glue (quelle-core.js) is imported by createQuelle, in
 * parallel with the wasm download.
 */

/** An error reported by the core, with a stable code (docs/schema.md). */
export class QuelleError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.name = 'QuelleError';
    /** @type {string} */
    this.code = code;
  }
}

/**
 * @typedef {import('./types.js').Analysis} Analysis
 * @typedef {import('./types.js').AnalyzeOptions} AnalyzeOptions
 * @typedef {import('./types.js').ArticleMeta} ArticleMeta
 * @typedef {import('./types.js').ArticleSummary} ArticleSummary
 * @typedef {import('./types.js').CorpusReport} CorpusReport
 * @typedef {import('./quelle-core.js').QuelleCore} QuelleCore
 */

/**
 * The codes of the languages Quelle knows, e.g. 'de', in the core's order
 * (quelle::kLanguages): empty until the first createQuelle resolves, which
 * reads them from the core, so that no list here can drift from it. An
 * engine has them from the start as `Quelle#languages`.
 * @type {readonly string[]}
 */
export let LANGUAGES = Object.freeze([]);

// User Timing marks (quelle:*) for DevTools' performance panel and
// bench/cold-start.mjs, which takes a cold start apart with them.
const mark = (/** @type {string} */ name) => { globalThis.performance?.mark?.(`quelle:${name}`); };

const FLAG_NO_ENTITIES = 1;
const FLAG_NO_QUOTES = 2;
const FLAG_KEEP = 4;  // the core keeps the analysis for quelle_article_summary
/** Decodes the core's results (UTF-8 JSON). */
const utf8 = new TextDecoder();
/** Encodes texts for the core (see Quelle#call). */
const utf8Encoder = new TextEncoder();
const isNode = typeof (/** @type {any} */ (globalThis).process?.versions?.node) === 'string';

/**
 * Fetches (browser) or reads (Node) the wasm binary and compiles it. In
 * browsers the compilation streams: it runs while the bytes arrive.
 * @param {{wasmUrl?: string|URL, wasmBinary?: ArrayBuffer|Uint8Array}} options
 * @returns {Promise<WebAssembly.Module>}
 */
function compileCore(options) {
  if (options.wasmBinary) return WebAssembly.compile(options.wasmBinary);
  const url = options.wasmUrl ?? new URL('./quelle-core.wasm', import.meta.url);
  if (isNode) {
    return import('node:fs/promises')
      .then((fs) => fs.readFile(url instanceof URL ? url : new URL(url)))
      .then((bytes) => WebAssembly.compile(bytes));
  }
  return WebAssembly.compileStreaming(fetch(url, { credentials: 'same-origin' }));
}

/**
 * Creates an engine. Resolves once the module is compiled and ICU is ready.
 * @param {{wasmUrl?: string|URL, wasmBinary?: ArrayBuffer|Uint8Array}} [options]
 * @returns {Promise<Quelle>}
 */
export async function createQuelle(options = {}) {
  // The wasm is fetched and compiled while the Emscripten glue (quelle-core.js)
  // is fetched and evaluated: with a static import the page would ask for the
  // wasm only once the glue had arrived, one round trip later (measured in
  // headless Chromium: docs/performance.md, cold start).
  mark('create');
  const compiled = compileCore(options);
  compiled.then(() => mark('compiled'), () => {});
  const { default: createQuelleCore } = await import('./quelle-core.js').catch((e) => {
    throw new QuelleError('internal', `cannot load quelle-core.js: ${e}`);
  });
  mark('glue');
  /** @type {(error: unknown) => void} */
  let fail = () => {};
  /** @type {Promise<never>} */
  const failed = new Promise((_, reject) => { fail = reject; });
  const cannotLoad = (/** @type {unknown} */ e) => fail(new QuelleError('internal', `cannot load quelle-core.wasm: ${e}`));
  const core = await Promise.race([
    createQuelleCore({
      // Emscripten's hook: instantiate the compiled module with its imports.
      instantiateWasm: (/** @type {WebAssembly.Imports} */ imports, /** @type {(i: WebAssembly.Instance) => void} */ done) => {
        compiled.then((module) => WebAssembly.instantiate(module, imports))
          .then((instance) => { mark('instantiated'); done(instance); }, cannotLoad);
        return {};
      },
      print: () => {},
      printErr: () => {},
      onAbort: (/** @type {any} */ what) => fail(new QuelleError('internal', `the core aborted: ${what}`)),
    }),
    failed,
  ]);
  mark('runtime');  // Emscripten's runtime initialized (static constructors run)
  if (core._quelle_init() !== 0) throw new QuelleError('internal', 'ICU data could not be registered');
  mark('ready');
  const engine = new Quelle(core);
  LANGUAGES = engine.languages;
  return engine;
}

/** The engine: one WebAssembly instance. Not safe to share across threads. */
export class Quelle {
  /** @param {QuelleCore} core */
  constructor(core) {
    /** @private */
    this.core = core;
    /**
     * The core's version, e.g. "0.1.0".
     * @readonly
     */
    this.version = core.UTF8ToString(core._quelle_version());
    /**
     * The codes of the languages the core knows (its quelle::kLanguages).
     * @readonly
     * @type {readonly string[]}
     */
    this.languages = Object.freeze(core.UTF8ToString(core._quelle_languages()).split(' '));
  }

  /**
   * Analyses a text and returns the analysis (docs/schema.md).
   * @param {string} text
   * @param {AnalyzeOptions} [options]
   * @returns {Analysis}
   */
  analyze(text, options = {}) {
    return JSON.parse(this.analyzeJSON(text, options));
  }

  /**
   * Like analyze, but returns the JSON text exactly as the core wrote it.
   * @param {string} text
   * @param {AnalyzeOptions} [options]
   * @returns {string}
   */
  analyzeJSON(text, options = {}) {
    return this.analyzeWith(text, options, 0);
  }

  /**
   * @private
   * @param {string} text
   * @param {AnalyzeOptions} options
   * @param {number} extraFlags
   */
  analyzeWith(text, options, extraFlags) {
    if (typeof text !== 'string') throw new QuelleError('invalid_request', 'text must be a string');
    const language = options.language ?? '';
    if (language !== '' && !this.languages.includes(language)) {
      throw new QuelleError('unsupported_language', `unsupported language '${language}' (expected one of ${this.languages.join(' ')})`);
    }
    const flags = extraFlags | (options.entities === false ? FLAG_NO_ENTITIES : 0) | (options.quotes === false ? FLAG_NO_QUOTES : 0);
    return this.call((ptr, bytes) => this.withCString(language, (lang) => this.core._quelle_analyze(ptr, bytes, text.length, lang, flags)), text);
  }

  /**
   * Analyses one article of a corpus: its analysis JSON (as analyzeJSON
   * gives it) and its summary for the corpus report (core/report/, the
   * code `quelle report` runs), made from the same analysis in the core.
   * @param {string} text
   * @param {ArticleMeta} meta the article's id (any JSON value), outlet and date
   * @param {AnalyzeOptions} [options]
   * @returns {{analysisJSON: string, summary: ArticleSummary}}
   */
  analyzeForCorpus(text, meta, options = {}) {
    const analysisJSON = this.analyzeWith(text, options, FLAG_KEEP);
    const summary = JSON.parse(this.call((ptr, bytes) => this.core._quelle_article_summary(ptr, bytes), JSON.stringify(meta)));
    return { analysisJSON, summary };
  }

  /** Empties this engine's corpus (see corpusAdd). */
  corpusClear() {
    this.core._quelle_corpus_clear();
  }

  /**
   * Adds an article's summary to this engine's corpus: one from
   * analyzeForCorpus, or `{id, error: {code, message}}` for an article that
   * could not be read.
   * @param {ArticleSummary | string} summary the object or its JSON
   */
  corpusAdd(summary) {
    const json = typeof summary === 'string' ? summary : JSON.stringify(summary);
    this.call((ptr, bytes) => this.core._quelle_corpus_add(ptr, bytes), json);
  }

  /**
   * The corpus report of every summary added so far (docs/schema.md,
   * "Corpus report"): the same JSON as `quelle report`.
   * @param {number} [topEntities] how many entities to list (default 25)
   * @param {number} [topSpeakers] how many speakers to list, most quoted words first (default 0: all)
   * @returns {CorpusReport}
   */
  corpusReport(topEntities = 25, topSpeakers = 0) {
    if (this.core._quelle_corpus_report(topEntities >>> 0, topSpeakers >>> 0) !== 0) this.throwResult();
    return JSON.parse(this.resultText());
  }

  /**
   * Identifies the language only (fast): lets a caller load the right model first.
   * @param {string} text
   * @returns {{language: string, confidence: number}}
   */
  detectLanguage(text) {
    return JSON.parse(this.call((ptr, bytes) => this.core._quelle_detect_language(ptr, bytes), text));
  }

  /**
   * Loads the named-entity model of a language (the bytes of models/ner-xx.qnm).
   * @param {string} language
   * @param {Uint8Array|ArrayBuffer} bytes
   */
  loadModel(language, bytes) {
    this.loadBytes(bytes, (lang, ptr, size) => this.core._quelle_load_model(lang, ptr, size), language);
  }

  /** @param {string} language */
  hasModel(language) {
    return this.withCString(language, (lang) => this.core._quelle_has_model(lang)) === 1;
  }

  /**
   * Loads the quote model of a language (the bytes of models/quotes-xx.qqm:
   * the trained speaker ranker, docs/quotes.md). Without one, the rules
   * decide the quotes' speakers.
   * @param {string} language
   * @param {Uint8Array|ArrayBuffer} bytes
   */
  loadQuoteModel(language, bytes) {
    this.loadBytes(bytes, (lang, ptr, size) => this.core._quelle_load_quote_model(lang, ptr, size), language);
  }

  /** @param {string} language */
  hasQuoteModel(language) {
    return this.withCString(language, (lang) => this.core._quelle_has_quote_model(lang)) === 1;
  }

  /**
   * Copies a model file into wasm memory and hands it to `load`.
   * @private
   * @param {Uint8Array|ArrayBuffer} bytes
   * @param {(lang: number, ptr: number, size: number) => number} load
   * @param {string} language
   */
  loadBytes(bytes, load, language) {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const ptr = this.core._malloc(Math.max(1, data.length));
    try {
      this.core.HEAPU8.set(data, ptr);
      mark('model-copied');
      const status = this.withCString(language, (lang) => load(lang, ptr, data.length));
      if (status !== 0) this.throwResult();
      mark('model-loaded');
    } finally {
      this.core._free(ptr);
    }
  }

  /** Bytes of WebAssembly memory in use (grows, never shrinks). */
  heapSize() {
    return this.core._quelle_heap_size() >>> 0;
  }

  /**
   * Copies `text` into wasm memory as UTF-8, runs `fn`, returns the result JSON.
   * UTF-8, not UTF-16: TextEncoder.encodeInto writes it about 3.5 times faster
   * than a charCodeAt loop writes UTF-16 (1.6 against 5.6 ns per unit in V8),
   * and the core widens mostly-ASCII text eight bytes at a time. Offsets do
   * not move: encodeInto turns each lone surrogate into one U+FFFD (one unit,
   * as the serializer writes it anyway), and the core checks that the text
   * it decoded has `text.length` units.
   * @private
   * @param {(ptr: number, bytes: number) => number} fn
   * @param {string} text
   */
  call(fn, text) {
    // At most three bytes per UTF-16 unit (a surrogate pair: four for two).
    const capacity = Math.max(1, text.length * 3);
    const ptr = this.core._malloc(capacity);
    if (!ptr) throw new QuelleError('input_too_large', 'not enough memory for the text');
    try {
      const { written } = utf8Encoder.encodeInto(text, this.core.HEAPU8.subarray(ptr, ptr + capacity));
      const status = fn(ptr, written);
      if (status !== 0) this.throwResult();
      return this.resultText();
    } finally {
      this.core._free(ptr);
    }
  }

  /** @private */
  resultText() {
    // The size is known: decode the bytes directly (Emscripten's UTF8ToString
    // first scans them one by one in JavaScript for a terminating zero).
    const data = this.core._quelle_result_data() >>> 0;
    return utf8.decode(this.core.HEAPU8.subarray(data, data + (this.core._quelle_result_size() >>> 0)));
  }

  /** @private */
  throwResult() {
    const error = JSON.parse(this.resultText());
    throw new QuelleError(error.code, error.message);
  }

  /**
   * @private
   * @template T
   * @param {string} s ASCII only (language codes)
   * @param {(ptr: number) => T} fn
   * @returns {T}
   */
  withCString(s, fn) {
    const ptr = this.core._malloc(s.length + 1);
    try {
      for (let i = 0; i < s.length; i++) this.core.HEAPU8[ptr + i] = s.charCodeAt(i) & 0x7f;
      this.core.HEAPU8[ptr + s.length] = 0;
      return fn(ptr);
    } finally {
      this.core._free(ptr);
    }
  }
}
